#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    public static let busyTimeout: Double = 0.2
    /// Articles remembered at most; the least recently read are forgotten first.
    public static let maxArticles = 1000

    public let path: String
    let db: SQLiteConnection

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
        // Only the user may read where they have been (the XDG base directory specification's 0700).
        guard StateStore.makeDirectories(directory) else {
            throw StoreProblem("cannot create \(directory) for the remembered places")
        }
        do {
            db = try SQLiteConnection(path: path, busyTimeout: StateStore.busyTimeout)
            // Rows of `mark` go with their article (ON DELETE CASCADE).
            try db.execute("PRAGMA foreign_keys = ON")
            try StateStore.migrate(db, path: path)
        } catch let problem as StoreProblem {
            throw problem
        } catch {
            throw StateStore.problem(error, path: path)
        }
    }

    static func problem(_ error: Error, path: String) -> StoreProblem {
        guard let e = error as? SQLiteError else { return StoreProblem("\(path): \(error)") }
        switch e.code {
        case SQLiteError.busy, SQLiteError.locked: return StoreProblem("\(path) is locked by another program")
        case SQLiteError.notADatabase, SQLiteError.corrupt: return StoreProblem("\(path) is damaged (remove it to start afresh)")
        case SQLiteError.readOnly, SQLiteError.permission, SQLiteError.cannotOpen: return StoreProblem("\(path) cannot be written")
        default: return StoreProblem("\(path): \(e.message)")
        }
    }

    // MARK: Reading

    /// What is remembered of the article whose text hashes to `hash`, or nil.
    public func memory(of hash: String) throws(StoreProblem) -> ArticleMemory? {
        do {
            return try db.transaction(.deferred) { () throws -> ArticleMemory? in
                let rows = try db.rows("""
                    SELECT place, percent, jumps, jumpIndex, path, title, \(StateStore.savedAtMilliseconds)
                    FROM article WHERE hash = ?
                    """, hash) { row in
                    (place: row.text(0), percent: row.int(1), jumps: row.text(2), jumpIndex: row.int(3),
                     path: row.text(4), title: row.text(5), savedAt: row.text(6).flatMap { Int($0) })
                }
                guard let a = rows.first, let place = PlaceJSON.place(a.place),
                      let savedAt = a.savedAt else { return nil }
                var marks: [String: SavedPlace] = [:]
                for (letter, text) in try db.rows("SELECT letter, place FROM mark WHERE article = ?", hash, as: { ($0.text(0) ?? "", $0.text(1)) }) {
                    if let p = PlaceJSON.place(text) { marks[letter] = p }
                }
                return ArticleMemory(place: place, percent: a.percent, marks: marks,
                                     jumps: PlaceJSON.places(a.jumps) ?? [], jumpIndex: a.jumpIndex,
                                     path: a.path, title: a.title,
                                     savedAt: Double(savedAt) / 1000)
            }
        } catch {
            throw StateStore.problem(error, path: path)
        }
    }

    public func settings() throws(StoreProblem) -> GlobalSettings {
        do {
            let pairs = try db.transaction(.deferred) {
                try db.rows("SELECT key, value FROM setting") { ($0.text(0) ?? "", $0.text(1) ?? "") }
            }
            let values = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
            return GlobalSettings(theme: values["theme"], textWidth: values["textWidth"].flatMap { Int($0) })
        } catch {
            throw StateStore.problem(error, path: path)
        }
    }

    /// The hashes of the articles remembered, most recently read first.
    public func articles() throws(StoreProblem) -> [String] {
        do {
            return try db.transaction(.deferred) {
                try db.rows("SELECT hash FROM article ORDER BY savedAt DESC") { $0.text(0) ?? "" }
            }
        } catch {
            throw StateStore.problem(error, path: path)
        }
    }

    /// SQLite's own check of the file: "ok", or what is wrong.
    public func integrityCheck() throws(StoreProblem) -> String {
        do {
            return try db.transaction(.deferred) {
                try db.rows("PRAGMA integrity_check") { $0.text(0) ?? "" }.joined(separator: "; ")
            }
        } catch {
            throw StateStore.problem(error, path: path)
        }
    }

    // MARK: Writing

    /// Saves one article's memory and the settings in one transaction.
    public func save(_ memory: ArticleMemory, of hash: String, settings: GlobalSettings) throws(StoreProblem) {
        do {
            try db.transaction(.immediate) {
                try db.run("""
                    INSERT OR REPLACE INTO article (hash, path, title, place, percent, jumps, jumpIndex, savedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, \(StateStore.savedAtText))
                    """, hash, memory.path, memory.title, PlaceJSON.encode(memory.place), memory.percent,
                    PlaceJSON.encode(memory.jumps), memory.jumpIndex, StateStore.seconds(memory.savedAt))
                try db.run("DELETE FROM mark WHERE article = ?", hash)
                for (letter, place) in memory.marks.sorted(by: { $0.key < $1.key }) {
                    try db.run("INSERT INTO mark (article, letter, place) VALUES (?, ?, ?)", hash, letter, PlaceJSON.encode(place))
                }
                if let t = settings.theme { try db.run("INSERT OR REPLACE INTO setting VALUES ('theme', ?)", t) }
                if let w = settings.textWidth { try db.run("INSERT OR REPLACE INTO setting VALUES ('textWidth', ?)", String(w)) }
                let kept = "SELECT hash FROM article ORDER BY savedAt DESC LIMIT ?"
                try db.run("DELETE FROM mark WHERE article NOT IN (\(kept))", StateStore.maxArticles)
                try db.run("DELETE FROM article WHERE hash NOT IN (\(kept))", StateStore.maxArticles)
            }
        } catch {
            throw StateStore.problem(error, path: path)
        }
    }

    // MARK: Files

    /// Creates `directory` and any missing parent, each with mode 0700; true when it is a directory after.
    static func makeDirectories(_ directory: String) -> Bool {
        var path = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o700) != 0, errno != EEXIST { return false }
        }
        var info = stat()
        return stat(directory, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}

/// The time of day from the system clock.
public enum WallClock {
    /// Seconds since 1970 (UTC).
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
