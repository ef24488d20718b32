import Foundation
import Testing
import TestSupport

/// A tmux server of its own (a unique `-L` socket) running a shell at a fixed size, for driving the
/// real binary as a person would. Waits poll `capture-pane` instead of sleeping.
final class TmuxSession {
    let socket: String
    private(set) var lastScreen = ""

    static var isAvailable: Bool { (try? TmuxSession.tmux(["-V"]).status) == 0 }
    /// In CI the end-to-end tests must run: when tmux is missing they fail instead of being skipped.
    static var mustRun: Bool { isAvailable || ProcessInfo.processInfo.environment["CI"] != nil }

    /// The `dossier` binary next to the test bundle (the test target depends on it, so it is built).
    static var dossier: String { BuiltBinary.dossier }

    /// The session's own XDG_STATE_HOME, a new temporary directory: what one test's explorer remembers
    /// is seen by that test's later runs only, and nothing is written to the real home.
    let stateHome: String

    init(width: Int = 120, height: Int = 40) throws {
        socket = "dossier-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-state-\(socket)").path
        try FileManager.default.createDirectory(atPath: stateHome, withIntermediateDirectories: true)
        let shell = "env PS1='$ ' HISTFILE=/dev/null XDG_STATE_HOME='\(stateHome)' bash --norc --noprofile"
        // No pipes here: the tmux server this starts would inherit them and keep them open.
        let r = try TmuxSession.tmux(["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", shell], capture: false)
        if r.status != 0 { throw TmuxError.failed("tmux new-session: \(r.output)") }
        _ = try? TmuxSession.tmux(["-L", socket, "set-option", "-g", "window-size", "manual"])
        socketPath = (try? TmuxSession.tmux(["-L", socket, "display-message", "-p", "#{socket_path}"]).output)?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// The server's socket file, removed with the server so test runs leave nothing behind.
    private var socketPath = ""

    deinit {
        _ = try? TmuxSession.tmux(["-L", socket, "kill-server"])
        if socketPath.hasSuffix(socket) { unlink(socketPath) }
        try? FileManager.default.removeItem(atPath: stateHome)
    }

    enum TmuxError: Error { case failed(String) }

    @discardableResult
    static func tmux(_ args: [String], capture: Bool = true) throws -> (status: Int32, output: String) {
        try spawn(["tmux"] + args, capture: capture)
    }

    /// Runs a program found on PATH and waits for it (posix_spawn and waitpid: Foundation's Process
    /// can miss the exit of a child whose grandchild, the tmux server, lives on).
    @discardableResult
    static func spawn(_ argv: [String], capture: Bool) throws -> (status: Int32, output: String) {
        var fds: [Int32] = [-1, -1]
        if capture { guard pipe(&fds) == 0 else { throw TmuxError.failed("pipe") } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        // The test runner's threads block some signals; the shell and the explorer must not inherit that.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let cargs = argv.map { strdup($0) } + [nil]
        defer { cargs.forEach { free($0) } }
        let rc = posix_spawnp(&pid, argv[0], &actions, &attr, cargs, environ)
        if capture { close(fds[1]) }
        guard rc == 0 else {
            if capture { close(fds[0]) }
            throw TmuxError.failed("cannot run \(argv[0]): \(rc)")
        }
        var output = [UInt8]()
        if capture {
            var buf = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = buf.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
                if n > 0 { output += buf[0..<n] } else if n < 0 && errno == EINTR { continue } else { break }
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7F) == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), String(decoding: output, as: UTF8.self))
    }

    /// Keys by tmux name ("Enter", "C-c", "BTab") or plain text.
    func send(_ keys: String...) {
        _ = try? TmuxSession.tmux(["-L", socket, "send-keys", "-t", "0"] + keys)
    }

    /// Text typed literally.
    func type(_ text: String) {
        _ = try? TmuxSession.tmux(["-L", socket, "send-keys", "-t", "0", "-l", text])
    }

    /// `/`, the query and Enter: a search (in the reader) or a filter (in a list pane), kept.
    func search(_ query: String) {
        send("/")
        type(query)
        send("Enter")
    }

    /// `text` pasted as a terminal paste (marked as one when the program asked for bracketed paste).
    func paste(_ text: String) throws {
        try TmuxSession.tmux(["-L", socket, "set-buffer", "-b", "test-paste", text])
        try TmuxSession.tmux(["-L", socket, "paste-buffer", "-p", "-b", "test-paste", "-t", "0"])
    }

    func resize(_ width: Int, _ height: Int) {
        _ = try? TmuxSession.tmux(["-L", socket, "resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    func capture() -> String {
        lastScreen = (try? TmuxSession.tmux(["-L", socket, "capture-pane", "-p", "-t", "0"]).output) ?? ""
        return lastScreen
    }

    /// Polls the screen every 30 ms until `condition` holds; records the last screen on timeout.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition(capture()) { return true }
            usleep(30_000)
        } while Date() < deadline
        Issue.record(Comment(rawValue: "timed out waiting for \(what); last screen:\n\(lastScreen)"), sourceLocation: sourceLocation)
        return false
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        waitFor("\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Starts the explorer in the shell and waits for its first frame.
    /// `environment`, when given, goes before the command (`TERM=vt100`); `status`, what the first frame's
    /// status line shows (the key hints, or a note such as a remembered place).
    func startExplorer(_ args: String = "", environment: String = "", status: String = "? help",
                       sourceLocation: SourceLocation = #_sourceLocation) {
        type((environment.isEmpty ? "" : environment + " ") + "\(TmuxSession.dossier) \(args)")
        send("Enter")
        waitFor("the explorer's first frame", sourceLocation: sourceLocation) { $0.contains("1 Sections") && $0.contains(status) }
    }

    /// After the explorer exits: the screen is restored and the shell answers.
    func expectWorkingShell(sourceLocation: SourceLocation = #_sourceLocation) {
        // (A prompt at the end of a line shows as "$": capture-pane drops trailing spaces.)
        waitFor("the shell prompt with the explorer gone", sourceLocation: sourceLocation) {
            !$0.contains("1 Sections") && $0.split(separator: "\n").contains { $0.contains("$ ") || $0.hasSuffix("$") }
        }
        type("echo o\"k\"")
        send("Enter")
        waitFor("ok from the shell", sourceLocation: sourceLocation) { $0.split(separator: "\n").contains { $0 == "ok" } }
    }

    /// Waits until every key sent so far has been handled: the help overlay opens and closes.
    func sync(sourceLocation: SourceLocation = #_sourceLocation) {
        send("?")
        waitFor(text: "Help · keys from the action table", sourceLocation: sourceLocation)
        send("Escape")
        waitFor("the help overlay closed", sourceLocation: sourceLocation) { !$0.contains("Help · keys") }
    }

    /// The reader line with the cursor mark, from its text on.
    static func cursorLine(_ screen: String) -> String? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains("▌") || $0.contains("│›") }),
              let r = line.range(of: "▌") ?? line.range(of: "│›") else { return nil }
        return String(line[r.upperBound...].prefix(40))
    }
}
