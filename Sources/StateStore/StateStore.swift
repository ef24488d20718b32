import Foundation
internal import GRDB

/// Why the state database cannot be used; `message` is for the status line. Dossier then runs
/// without memory.
public struct StoreProblem: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// Places remembered between runs, in `state.sqlite` in a directory of its own. Every write is one
/// transaction (SQLite's rollback journal): a process killed while saving leaves the previous state or
/// the new one, never half of each. A lock held by another process is waited for `busyTimeout` at most.
public struct StateStore: Sendable {
    public static let fileName = "state.sqlite"
    /// How long a lock held by another Dossier is waited for before running without memory.
    public static let busyTimeout: TimeInterval = 0.2
    /// Articles remembered at most; the least recently read are forgotten first.
    public static let maxArticles = 1000

    public let path: String
    private let db: DatabaseQueue

    /// `$XDG_STATE_HOME/dossier`, or `~/.local/state/dossier` when it is unset or not absolute (as the XDG
    /// base directory specification says); nil when neither it nor HOME is set.
    public static func defaultDirectory(environment: [String: String]) -> String? {
        if let x = environment["XDG_STATE_HOME"], x.hasPrefix("/") { return x + "/dossier" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/dossier"
    }

    /// Opens (creating on first use) the database in `directory`, migrated to this version's schema.
    public init(directory: String) throws(StoreProblem) {
        path = directory + "/" + StateStore.fileName
        do {
            // Only the user may read where they have been (the XDG base directory specification's 0700).
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreProblem("cannot create \(directory) for the remembered places")
        }
        var config = Configuration()
        config.busyMode = .timeout(StateStore.busyTimeout)
        config.label = "dossier-state"
        do {
            db = try DatabaseQueue(path: path, configuration: config)
            let migrator = StateStore.migrator
            try db.write { db in
                if try migrator.hasBeenSuperseded(db) { throw StoreProblem("\(path) was written by a newer Dossier") }
            }
            try migrator.migrate(db)
        } catch let problem as StoreProblem {
            throw problem
        } catch {
            throw StateStore.problem(error, path: path)
        }
    }

    /// The schema, one migration a version. A migration is never changed once released: add another.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: articles, marks, settings") { db in
            try db.execute(sql: """
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
                """)
        }
        return m
    }

    static func problem(_ error: Error, path: String) -> StoreProblem {
        if let e = error as? DatabaseError {
            switch e.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreProblem("\(path) is locked by another program")
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: return StoreProblem("\(path) is damaged (remove it to start afresh)")
            case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return StoreProblem("\(path) cannot be written")
            default: return StoreProblem("\(path): \(e.message ?? "\(e.resultCode)")")
            }
        }
        return StoreProblem("\(path): \(error)")
    }

    // MARK: Reading

    /// What is remembered of the article whose text hashes to `hash`, or nil.
    public func memory(of hash: String) throws(StoreProblem) -> ArticleMemory? {
        do {
            return try db.read { db -> ArticleMemory? in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM article WHERE hash = ?", arguments: [hash]) else { return nil }
                var marks: [String: SavedPlace] = [:]
                for m in try Row.fetchAll(db, sql: "SELECT letter, place FROM mark WHERE article = ?", arguments: [hash]) {
                    if let p: SavedPlace = StateStore.decode(m["place"]) { marks[m["letter"]] = p }
                }
                guard let place: SavedPlace = StateStore.decode(row["place"]) else { return nil }
                return ArticleMemory(place: place, percent: row["percent"], marks: marks,
                                     jumps: StateStore.decode(row["jumps"]) ?? [], jumpIndex: row["jumpIndex"],
                                     path: row["path"], title: row["title"], savedAt: row["savedAt"])
            }
        } catch {
            throw StateStore.problem(error, path: path)
        }
    }

    public func settings() throws(StoreProblem) -> GlobalSettings {
        do {
            return try db.read { db in
                let values = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM setting")
                    .map { ($0["key"] as String, $0["value"] as String) })
                return GlobalSettings(theme: values["theme"], textWidth: values["textWidth"].flatMap { Int($0) })
            }
        } catch {
            throw StateStore.problem(error, path: path)
        }
    }

    /// The hashes of the articles remembered, most recently read first.
    public func articles() throws(StoreProblem) -> [String] {
        do {
            return try db.read { db in try String.fetchAll(db, sql: "SELECT hash FROM article ORDER BY savedAt DESC") }
        } catch {
            throw StateStore.problem(error, path: path)
        }
    }

    /// SQLite's own check of the file: "ok", or what is wrong.
    public func integrityCheck() throws(StoreProblem) -> String {
        do {
            return try db.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
        } catch {
            throw StateStore.problem(error, path: path)
        }
    }

    // MARK: Writing

    /// Saves one article's memory and the settings in one transaction.
    public func save(_ memory: ArticleMemory, of hash: String, settings: GlobalSettings) throws(StoreProblem) {
        do {
            try db.write { db in
                try db.execute(sql: """
                    INSERT OR REPLACE INTO article (hash, path, title, place, percent, jumps, jumpIndex, savedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [hash, memory.path, memory.title, StateStore.encode(memory.place), memory.percent,
                                     StateStore.encode(memory.jumps), memory.jumpIndex, memory.savedAt])
                try db.execute(sql: "DELETE FROM mark WHERE article = ?", arguments: [hash])
                for (letter, place) in memory.marks.sorted(by: { $0.key < $1.key }) {
                    try db.execute(sql: "INSERT INTO mark (article, letter, place) VALUES (?, ?, ?)",
                                   arguments: [hash, letter, StateStore.encode(place)])
                }
                if let t = settings.theme { try db.execute(sql: "INSERT OR REPLACE INTO setting VALUES ('theme', ?)", arguments: [t]) }
                if let w = settings.textWidth {
                    try db.execute(sql: "INSERT OR REPLACE INTO setting VALUES ('textWidth', ?)", arguments: [String(w)])
                }
                try db.execute(sql: """
                    DELETE FROM mark WHERE article NOT IN (SELECT hash FROM article ORDER BY savedAt DESC LIMIT ?);
                    DELETE FROM article WHERE hash NOT IN (SELECT hash FROM article ORDER BY savedAt DESC LIMIT ?);
                    """, arguments: [StateStore.maxArticles, StateStore.maxArticles])
            }
        } catch {
            throw StateStore.problem(error, path: path)
        }
    }

    // MARK: JSON

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "null"
    }

    static func decode<T: Decodable>(_ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}
