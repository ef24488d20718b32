// SQLite's C API, for the places remembered between runs (StateStore).
#include <sqlite3.h>

/// Binds UTF-8 text that SQLite copies (SQLITE_TRANSIENT is a macro Swift cannot import).
static inline int dossier_sqlite_bind_text(sqlite3_stmt *statement, int index, const char *text, int bytes) {
    return sqlite3_bind_text(statement, index, text, bytes, SQLITE_TRANSIENT);
}
