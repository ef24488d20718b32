import Foundation

extension CLI {
    /// Runs `script` with /bin/sh (pipes, redirections, closed descriptors).
    static func shell(_ script: String) throws -> Result {
        try run(["-c", script], executable: URL(fileURLWithPath: "/bin/sh"))
    }

    /// `s` quoted for the shell.
    static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
