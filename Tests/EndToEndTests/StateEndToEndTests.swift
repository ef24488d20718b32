import Content
import Foundation
import Testing

/// Places remembered between runs, in the real binary: each TmuxSession has its own XDG_STATE_HOME,
/// so two runs in one session share a state database and no test sees another's.
@Suite(.serialized, .enabled(if: TmuxSession.mustRun, "tmux is not installed"))
struct StateEndToEndTests {
    /// The default article copied to a new temporary file (a file that can be moved).
    static func articleFile() throws -> String {
        let file = NSTemporaryDirectory() + "dossier-state-\(UUID().uuidString).txt"
        try Data(Content.defaultArticle()).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// The reader's percentage in its title (" 65% ─").
    static func percent(_ screen: String) -> String? {
        guard let r = screen.range(of: #" \d{1,3}% ─"#, options: .regularExpression) else { return nil }
        return String(screen[r]).trimmingCharacters(in: CharacterSet(charactersIn: " ─"))
    }

    /// Opens the default article and searches "lavrov": the cursor's line at the first hit.
    static func openAtTheFirstLavrov(_ t: TmuxSession) -> String? {
        t.startExplorer()
        t.search("lavrov")
        t.waitFor(text: "[1/")
        return TmuxSession.cursorLine(t.capture())
    }

    /// A search and two lines down, quit, the file moved, reopened: the status line says where the reader
    /// is and the cursor is on the same line of text.
    @Test func aReopenedArticleIsBackWhereItWasEvenMoved() throws {
        let file = try Self.articleFile()
        let moved = file + ".moved.txt"
        defer { try? FileManager.default.removeItem(atPath: moved); try? FileManager.default.removeItem(atPath: file) }
        let t = try TmuxSession()
        t.startExplorer(file)
        t.search("lavrov")
        t.waitFor(text: "[1/")
        t.send("j", "j")
        t.sync()
        let line = TmuxSession.cursorLine(t.capture())
        let percent = Self.percent(t.lastScreen)
        #expect(line != nil && percent != nil && percent != "0%")
        t.send("q")
        t.expectWorkingShell()
        try FileManager.default.moveItem(atPath: file, toPath: moved)
        t.startExplorer(moved, status: "back at \(percent?.dropLast() ?? "") % (last read just now)")
        #expect(TmuxSession.cursorLine(t.lastScreen) == line)
        #expect(Self.percent(t.lastScreen) == percent)
        t.send("q")
        t.expectWorkingShell()
    }

    /// `m a` at a search hit, G, quit; after the restart the reader is at the bottom and `'a` goes to the mark.
    @Test func aMarkOutlivesARestart() throws {
        let t = try TmuxSession()
        let line = Self.openAtTheFirstLavrov(t)
        t.send("m", "a")
        t.waitFor(text: "mark a set")
        t.send("G")
        t.waitFor(text: " 100% ─")
        t.send("q")
        t.expectWorkingShell()
        t.startExplorer(status: "back at 100 %")
        t.send("'", "a")
        t.waitFor(text: "mark a")
        t.waitFor("the cursor on the marked line") { TmuxSession.cursorLine($0) == line }
        t.send("q")
        t.expectWorkingShell()
    }

    /// A search and G, quit; after the restart Backspace walks the jumps of the last run back: to the
    /// search hit, then to the top.
    @Test func theJumpListOutlivesARestart() throws {
        let t = try TmuxSession()
        let hit = Self.openAtTheFirstLavrov(t)
        t.send("G")
        t.waitFor(text: " 100% ─")
        t.send("q")
        t.expectWorkingShell()
        t.startExplorer(status: "back at 100 %")
        t.send("BSpace")
        t.waitFor("the cursor back on the search hit") { TmuxSession.cursorLine($0) == hit && !$0.contains(" 100% ─") }
        t.send("BSpace")
        t.waitFor(text: " 0% ─")
        t.send("q")
        t.expectWorkingShell()
    }

    /// `--no-state` starts at the top whatever an earlier run saved, and saves nothing itself.
    @Test func noStateStartsAtTheTop() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.send("G")
        t.waitFor(text: " 100% ─")
        t.send("q")
        t.expectWorkingShell()
        let database = t.stateHome + "/dossier/state.sqlite"
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        t.startExplorer("--no-state")
        t.waitFor(text: " 0% ─")
        #expect(!t.lastScreen.contains("back at"))
        t.send("j", "j", "j")
        t.send("q")
        t.expectWorkingShell()
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        t.startExplorer(status: "back at 100 %")
        t.send("q")
        t.expectWorkingShell()
    }

    /// The text width is remembered for every article (and the theme with it).
    @Test func theTextWidthOutlivesARestart() throws {
        let t = try TmuxSession()
        t.startExplorer("--no-state")
        t.send("=")
        t.waitFor(text: "text width ")
        let standard = t.lastScreen
        t.send("q")
        t.expectWorkingShell()
        t.startExplorer()
        t.send("-", "-")
        t.waitFor("two steps narrower") { $0.contains("text width ") && $0 != standard }
        let narrower = t.lastScreen.components(separatedBy: "text width ")[1].prefix(while: \.isNumber)
        t.send("q")
        t.expectWorkingShell()
        t.startExplorer(status: "back at")
        t.send("-", "+")
        t.waitFor(text: "text width \(narrower) columns")
        t.send("q")
        t.expectWorkingShell()
    }

    /// Killed politely (SIGTERM) the explorer still saves its place, after restoring the terminal.
    @Test func aPoliteKillSavesThePlace() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.send("G")
        t.waitFor(text: " 100% ─")
        let shell = try TmuxSession.tmux(["-L", t.socket, "display-message", "-p", "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try TmuxSession.spawn(["pgrep", "-P", shell], capture: true).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Int(pid) != nil)
        try TmuxSession.spawn(["kill", "-TERM", pid], capture: true)
        t.expectWorkingShell()
        t.startExplorer(status: "back at 100 %")
        t.send("q")
        t.expectWorkingShell()
    }

    /// A damaged state file is reported in the status line and the explorer runs on without memory.
    @Test func aDamagedDatabaseIsReportedAndTheExplorerRuns() throws {
        let t = try TmuxSession()
        try FileManager.default.createDirectory(atPath: t.stateHome + "/dossier", withIntermediateDirectories: true)
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: t.stateHome + "/dossier/state.sqlite"))
        t.startExplorer(status: "places are not remembered")
        t.send("G")
        t.waitFor(text: " 100% ─")
        t.send("q")
        t.expectWorkingShell()
    }
}
