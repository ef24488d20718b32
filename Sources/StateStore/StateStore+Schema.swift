
/// The schema and how a file gets to it.
extension StateStore {
    /// The schema, one migration a version, applied in order. A migration is never changed once released:
    /// add another. The ones applied are listed by name in `grdb_migrations`: earlier versions went through
    /// GRDB, whose migrator keeps that table, and files they made open as they are.
    static let migrations: [(name: String, sql: String)] = [
        ("v1: articles, marks, settings", """
            CREATE TABLE article (
                hash TEXT PRIMARY KEY NOT NULL,  -- FNV-1a 64 of the article's text
                path TEXT, title TEXT,
                place TEXT NOT NULL,             -- SavedPlace as JSON
                percent INTEGER NOT NULL,
                jumps TEXT NOT NULL,             -- [SavedPlace] as JSON
                jumpIndex INTEGER NOT NULL,
                savedAt DATETIME NOT NULL);
            CREATE TABLE mark (
                article TEXT NOT NULL REFERENCES article(hash) ON DELETE CASCADE,
                letter TEXT NOT NULL,
                place TEXT NOT NULL,
                PRIMARY KEY (article, letter));
            CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            """),
    ]

    /// Brings the file to this version's schema. A file that names a migration this version does not know
    /// was written by a newer Dossier and is left alone. Reading the list is the first read of the file, so
    /// a damaged or locked file fails here, before anything is written.
    static func migrate(_ db: SQLiteConnection, path: String) throws {
        if try pending(db, path: path).isEmpty { return }
        // As SQLite's guide to schema changes says: foreign keys off (a no-op inside a transaction), the
        // changes in one transaction, the keys checked before the commit, then on again.
        try db.execute("PRAGMA foreign_keys = OFF")
        defer { try? db.execute("PRAGMA foreign_keys = ON") }
        try db.transaction(.immediate) {
            try db.execute("CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            // Asked again under the write lock: another Dossier may have migrated the file meanwhile.
            for migration in try pending(db, path: path) {
                try db.execute(migration.sql)
                try db.run("INSERT INTO grdb_migrations (identifier) VALUES (?)", migration.name)
            }
            if try !db.rows("PRAGMA foreign_key_check", as: { _ in () }).isEmpty {
                throw SQLiteError(code: SQLiteError.constraint, message: "the migrated schema breaks a foreign key")
            }
        }
    }

    /// The migrations not yet applied to the file, in order.
    private static func pending(_ db: SQLiteConnection, path: String) throws -> [(name: String, sql: String)] {
        let listed = try db.rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'") { _ in true }
        let applied = listed.isEmpty ? [] : Set(try db.rows("SELECT identifier FROM grdb_migrations") { $0.text(0) ?? "" })
        if applied.contains(where: { name in !migrations.contains { $0.name == name } }) {
            throw StoreProblem("\(path) was written by a newer Dossier")
        }
        return migrations.filter { !applied.contains($0.name) }
    }

    // MARK: Dates

    /// `savedAt` is text, "yyyy-MM-dd HH:mm:ss.SSS" in UTC (the format GRDB stored dates in, which also sorts
    /// by time). SQLite's own date functions write and read it: this makes the text of `seconds(date)`.
    static let savedAtText = "strftime('%Y-%m-%d %H:%M:%f', ?, 'unixepoch')"
    /// The stored time in milliseconds since 1970, NULL when the text is not a date.
    static let savedAtMilliseconds = "CAST(round((julianday(savedAt) - 2440587.5) * 86400000) AS INTEGER)"

    /// The time in seconds since 1970, cut to whole milliseconds (as the stored text is).
    static func seconds(_ time: Double) -> Double {
        (time * 1000).rounded(.down) / 1000
    }
}
