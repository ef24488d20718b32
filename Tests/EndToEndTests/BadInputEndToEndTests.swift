import Foundation
import Testing

/// GUIDE section 6 rows that need a terminal: each checked on the tmux screen.
@Suite(.serialized, .enabled(if: TmuxSession.mustRun, "tmux is not installed"))
struct BadInputEndToEndTests {
    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let file = NSTemporaryDirectory() + "dossier-bad-\(UUID().uuidString).txt"
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    @Test(arguments: ["", "  \n\n\t \n"])
    func anEmptyFileOpensWithANotice(_ text: String) throws {
        let file = try Self.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let t = try TmuxSession()
        t.startExplorer(file)
        t.waitFor(text: "(empty article)")
        t.send("q")
        t.expectWorkingShell()
    }

    /// `-` reads the article from standard input; keys still come from the terminal.
    @Test func dashReadsStandardInputAndKeysComeFromTheTerminal() throws {
        let t = try TmuxSession()
        t.type("printf 'Piped Title\\n\\nA body that came through a pipe.\\n' | \(TmuxSession.dossier) -")
        t.send("Enter")
        t.waitFor("the piped text in the explorer") { $0.contains("A body that came through a pipe.") && $0.contains("? help") }
        t.send("?")
        t.waitFor(text: "Help · keys from the action table")
        t.send("Escape")
        t.waitFor("the help overlay closed") { !$0.contains("Help · keys") }
        t.send("q")
        t.expectWorkingShell()
    }

    /// `dossier -` typed at a terminal waits for the article to be typed: it said nothing and looked hung.
    @Test func dashAtATerminalSaysItIsReadingTheArticle() throws {
        let t = try TmuxSession()
        t.type("\(TmuxSession.dossier) -")
        t.send("Enter")
        t.waitFor(text: "end it with Ctrl-D")
        t.type("Typed Title")
        t.send("Enter", "Enter")
        t.type("Olaf Scholz met Joe Biden.")
        t.send("Enter", "C-d")
        t.waitFor("the typed article in the explorer") { $0.contains("2 Typed Title") && $0.contains("Olaf Scholz") && $0.contains("? help") }
        t.send("q")
        t.expectWorkingShell()
    }

    /// The explorer reads the file before it touches the terminal: a bad file is a message and an exit code.
    @Test func aMissingOrBinaryFileNeverOpensTheExplorer() throws {
        let binary = try Self.temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3, 0, 0])
        defer { try? FileManager.default.removeItem(atPath: binary) }
        let t = try TmuxSession()
        t.type("\(TmuxSession.dossier) /no/such/file.txt; echo rc=$?; \(TmuxSession.dossier) \(binary); echo rc=$?")
        t.send("Enter")
        t.waitFor("both exits") { $0.contains("rc=66") && $0.contains("rc=65") }
        #expect(t.lastScreen.contains("/no/such/file.txt: no such file"))
        #expect(t.lastScreen.contains("looks like a binary file"))
        t.expectWorkingShell()
    }

    /// No terminal to use: TERM unset; or standard input a pipe and no controlling terminal (`setsid`, a job
    /// runner), so no /dev/tty for the keys either, where the message blamed TERM.
    @Test(arguments: [("env -u TERM", "TERM is not set"), ("echo x | setsid -w", "no terminal to read keys from")])
    func noUsableTerminalExitsWithAMessage(_ prefix: String, _ message: String) throws {
        let t = try TmuxSession()
        t.type("\(prefix) \(TmuxSession.dossier); echo rc=$?")
        t.send("Enter")
        t.waitFor(text: "rc=2")
        #expect(t.lastScreen.contains(message))
        #expect(!t.lastScreen.contains("cannot open the terminal"))
        t.expectWorkingShell()
    }

    /// A terminal type with no alternate screen (the Linux console, a vt100): the explorer's last frame
    /// stayed on the screen after it quit (by q or Ctrl-C) and the shell's prompt was written over it.
    @Test(arguments: [("linux", "q"), ("vt100", "C-c")])
    func aTerminalWithoutAnAlternateScreenIsClearedOnExit(_ term: String, _ key: String) throws {
        let t = try TmuxSession()
        t.startExplorer(environment: "TERM=\(term)")
        t.send(key)
        t.expectWorkingShell()
        #expect(!t.lastScreen.contains("? help"))
    }

    /// COLUMNS and LINES left exported from another window: ncurses took them over the terminal's real size,
    /// so a big terminal showed "Terminal too small" for good (resizing did not help), a small one a frame
    /// cut to pieces, and a huge value failed with a message blaming TERM.
    @Test(arguments: ["COLUMNS=5 LINES=3", "COLUMNS=300 LINES=100", "COLUMNS=100000 LINES=100000"])
    func staleColumnsAndLinesDoNotOverrideTheTerminalSize(_ environment: String) throws {
        let t = try TmuxSession()
        t.type("\(environment) \(TmuxSession.dossier)")
        t.send("Enter")
        t.waitFor("the explorer's first frame at 120×40") { s in
            let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 40 && lines[0].hasPrefix("┌─ 1 Sections") && lines[0].hasSuffix("┐") && lines[39].hasSuffix("q quit")
        }
        t.send("q")
        t.expectWorkingShell()
    }

    /// Lines pasted into the search line (copied from a web page): the first line break was Enter and the
    /// rest ran as commands, so a "q" on a line of its own quit the explorer. With bracketed paste the
    /// whole paste is text for the line, its breaks as spaces.
    @Test func aPasteOfSeveralLinesStaysInTheSearchLine() throws {
        let t = try TmuxSession()
        t.startExplorer()
        try Self.expectPasteStaysInTheSearchLine(t)
        // A paste outside a text line is not taken as keys either.
        try t.paste("Xi Jinping\nq\nPutin")
        t.sync()
        t.send("q")
        t.expectWorkingShell()
    }

    /// Opens the search line, pastes three lines (the middle one "q") and checks they are one search text,
    /// then closes the line.
    static func expectPasteStaysInTheSearchLine(_ t: TmuxSession) throws {
        t.send("/")
        t.waitFor(text: "Esc cancel")
        try t.paste("Xi Jinping\nq\nPutin")
        t.waitFor(text: "Xi Jinping q Putin")
        t.send("Escape")
        t.waitFor("the search line closed") { !$0.contains("Esc cancel") && $0.contains("? help") }
    }

    /// Ctrl-Z switches bracketed paste off with the screen: a shell without its own line editor (dash) got
    /// every paste wrapped in ESC[200~ … ESC[201~ while the explorer was stopped. `fg` switches it on again,
    /// so a paste of several lines is still one search text and never keys.
    @Test func suspendingSwitchesBracketedPasteOffUntilResumed() throws {
        let t = try TmuxSession()
        t.type("env PS1='dash$ ' dash -i")
        t.send("Enter")
        t.waitFor(text: "dash$")
        t.startExplorer()
        t.send("C-z")
        t.waitFor(text: "Stopped")
        t.type("cat -v")
        t.send("Enter")
        t.waitFor("cat reading") { $0.split(separator: "\n").last { !$0.isEmpty } == "dash$ cat -v" }
        try t.paste("PASTED")
        t.send("Enter")
        t.waitFor("the pasted line echoed by cat") { $0.components(separatedBy: "PASTED").count >= 3 }
        #expect(!t.capture().contains("[200~"), "the paste was wrapped in bracketed-paste marks:\n\(t.capture())")
        t.send("C-d")
        t.type("fg")
        t.send("Enter")
        t.waitFor("the explorer again") { $0.contains("1 Sections") && $0.contains("? help") }
        try Self.expectPasteStaysInTheSearchLine(t)
        t.send("q")
        t.waitFor("dash's prompt") { !$0.contains("1 Sections") && $0.contains("dash$") }
        t.type("exit")
        t.send("Enter")
        t.expectWorkingShell()
    }

    /// Started in a terminal below the minimum size: the notice, then the explorer once it grows.
    @Test func startingTooSmallShowsANoticeAndRecoversOnResize() throws {
        let t = try TmuxSession(width: 30, height: 8)
        t.type(TmuxSession.dossier)
        t.send("Enter")
        t.waitFor(text: "Terminal too small")
        t.resize(120, 40)
        t.waitFor("the explorer after growing") { $0.contains("1 Sections") && $0.contains("? help") }
        t.send("q")
        t.expectWorkingShell()
    }

    /// One 3 MB line with no newline (over the big-file threshold, so also the background model):
    /// it is wrapped, shown, scrolled to its end and back.
    @Test func aVeryLongLineOpensAndScrolls() throws {
        var line = "Start of one very long line."
        while line.utf8.count < 3 << 20 { line += " Vladimir Putin met Xi Jinping in Moscow and they talked for a long time." }
        line += " The very end."
        let file = try Self.temporaryFile(Array(line.utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let t = try TmuxSession()
        t.startExplorer(file)
        t.waitFor(text: "Start of one very long line.")
        t.send("G")
        t.waitFor("the end of the line") { $0.contains("The very end.") && $0.contains("100%") }
        t.send("g")
        t.waitFor(text: "Start of one very long line.")
        t.send("q")
        t.expectWorkingShell()
    }
}
