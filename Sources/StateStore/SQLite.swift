internal import CSQLite

/// What SQLite said went wrong: its primary result code (`SQLITE_BUSY`, `SQLITE_NOTADB`, …) and its message.
struct SQLiteError: Error, CustomStringConvertible {
    let code: Int32
    let message: String
    var description: String { message }

    static let busy = SQLITE_BUSY, locked = SQLITE_LOCKED, notADatabase = SQLITE_NOTADB, corrupt = SQLITE_CORRUPT
    static let readOnly = SQLITE_READONLY, permission = SQLITE_PERM, cannotOpen = SQLITE_CANTOPEN
    static let constraint = SQLITE_CONSTRAINT
}

/// One connection to an SQLite database, closed when the last reference goes. Opened in SQLite's
/// serialized mode, and every transaction holds the connection's own (recursive) mutex, so a store
/// shared between threads runs one transaction at a time.
final class SQLiteConnection: @unchecked Sendable {
    fileprivate let handle: OpaquePointer

    /// Opens (creating when missing) the file at `path`. SQLite reads nothing yet: a damaged or locked
    /// file shows on the first statement. A lock is retried for `busyTimeout` seconds, then `SQLITE_BUSY`.
    init(path: String, busyTimeout: Double) throws(SQLiteError) {
        var opened: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX
        let code = sqlite3_open_v2(path, &opened, flags, nil)
        guard code == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(opened)
            throw SQLiteError(code: code & 0xff, message: message)
        }
        handle = opened
        sqlite3_busy_timeout(handle, Int32(busyTimeout * 1000))
    }

    deinit { sqlite3_close_v2(handle) }

    /// The error for `code`, with the connection's message for it.
    func error(_ code: Int32) -> SQLiteError {
        SQLiteError(code: code & 0xff, message: String(cString: sqlite3_errmsg(handle)))
    }

    /// Runs one or more statements without arguments (schema, pragmas, BEGIN and COMMIT).
    func execute(_ sql: String) throws(SQLiteError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code) }
    }

    /// Runs one statement with `arguments` bound to its `?` in order, for its effect.
    func run(_ sql: String, _ arguments: any SQLiteBindable...) throws(SQLiteError) {
        let statement = try SQLiteStatement(sql, on: self)
        try statement.bind(arguments)
        while try statement.step() {}
    }

    /// Runs one query with `arguments` bound and makes a value of each row it returns.
    func rows<T>(_ sql: String, _ arguments: any SQLiteBindable...,
                 as row: (SQLiteStatement) -> T) throws(SQLiteError) -> [T] {
        let statement = try SQLiteStatement(sql, on: self)
        try statement.bind(arguments)
        var values: [T] = []
        while try statement.step() { values.append(row(statement)) }
        return values
    }

    enum TransactionKind: String {
        /// Takes the write lock at the first write (readers).
        case deferred = "DEFERRED"
        /// Takes the write lock at BEGIN, so a writer waits for it once instead of failing half-way.
        case immediate = "IMMEDIATE"
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it (or the commit) throws.
    func transaction<T>(_ kind: TransactionKind, _ body: () throws -> T) throws -> T {
        let mutex = sqlite3_db_mutex(handle)
        sqlite3_mutex_enter(mutex)
        defer { sqlite3_mutex_leave(mutex) }
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            if sqlite3_get_autocommit(handle) == 0 { try? execute("ROLLBACK") }
            throw error
        }
    }
}

/// A prepared statement: bind, step, read columns. Finalised when released.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let connection: SQLiteConnection

    fileprivate init(_ sql: String, on connection: SQLiteConnection) throws(SQLiteError) {
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v2(connection.handle, sql, -1, &prepared, nil)
        guard code == SQLITE_OK, let prepared else { throw connection.error(code) }
        handle = prepared
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    fileprivate func bind(_ arguments: [any SQLiteBindable]) throws(SQLiteError) {
        for (i, value) in arguments.enumerated() {
            let code = value.bind(to: handle, at: Int32(i + 1))
            guard code == SQLITE_OK else { throw connection.error(code) }
        }
    }

    /// Advances to the next row: true while there is one, false when the statement is done.
    fileprivate func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw connection.error(code)
        }
    }

    /// The column's text (numbers as SQLite writes them), nil for NULL.
    func text(_ column: Int32) -> String? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL, let bytes = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: bytes)
    }

    /// The column as an integer (0 for NULL).
    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
}

/// A Swift value that can be bound to a statement's `?`.
protocol SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32
}

extension String: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        withCString { dossier_sqlite_bind_text(statement, index, $0, -1) }
    }
}

extension Int: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, Int64(self)) }
}

extension Double: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_double(statement, index, self) }
}

extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch self {
        case .none: sqlite3_bind_null(statement, index)
        case .some(let value): value.bind(to: statement, at: index)
        }
    }
}
