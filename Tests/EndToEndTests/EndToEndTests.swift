import ArticleModel
import Content
@testable import Explorer
import Foundation
import Testing

/// The real binary in tmux at a fixed size. These fail (not skip) in CI when tmux is missing.
@Suite(.serialized, .enabled(if: TmuxSession.mustRun, "tmux is not installed"))
struct EndToEndTests {
    @Test func opensAndQuitsWithQ() throws {
        let t = try TmuxSession()
        t.startExplorer()
        #expect(t.lastScreen.contains("Understanding the Chinese-Russian Alliance"))
        #expect(t.lastScreen.contains("3 Entities"))
        t.send("q")
        t.expectWorkingShell()
    }

    @Test func ctrlCLeavesAWorkingShell() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.send("C-c")
        t.expectWorkingShell()
    }

    @Test func switchesPanes() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.send("3")
        t.waitFor(text: "t type")
        t.send("4")
        t.waitFor(text: "v graph")
        t.send("1")
        t.waitFor(text: "Enter read")
        t.send("Tab")
        t.waitFor(text: "w b link")
        t.send("BTab")
        t.waitFor(text: "Enter read")
        t.send("?")
        t.waitFor(text: "Help · keys from the action table")
        t.send("Escape")
        t.waitFor("help closed") { !$0.contains("Help · keys") }
        t.send("q")
        t.expectWorkingShell()
    }

    @Test func searchAndNextMatch() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.send("/")
        t.type("putin")
        t.waitFor("a match counter") { $0.contains("putin▏") && $0.range(of: #"1/\d+"#, options: .regularExpression) != nil }
        t.send("Enter")
        t.send("n")
        t.waitFor(text: "[2/")
        t.send("N")
        t.waitFor(text: "[1/")
        t.send("q")
        t.expectWorkingShell()
    }

    @Test func jumpAndComeBackWithThePositionRestored() throws {
        let t = try TmuxSession()
        t.startExplorer()
        for _ in 0..<3 { t.send("C-d") }
        t.sync()
        let before = TmuxSession.cursorLine(t.lastScreen)
        #expect(before != nil)
        t.send("1")
        t.send("Enter") // a section: a jump recorded in history
        t.waitFor(text: " 0% ─")
        t.send("BSpace")
        t.waitFor("the cursor line restored") { TmuxSession.cursorLine($0) == before }
        t.send("M-Right")
        t.waitFor(text: " 0% ─")
        t.send("C-o")
        t.waitFor("back again with Ctrl-o") { TmuxSession.cursorLine($0) == before }
        t.send("q")
        t.expectWorkingShell()
    }

    @Test
    func followAnAnnotationAndComeBack() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.send("]")
        t.waitFor("the cursor on the update's header") { TmuxSession.cursorLine($0)?.contains("✎ update → §") ?? false }
        let before = TmuxSession.cursorLine(t.lastScreen)
        t.send("f")
        t.waitFor("the annotated paragraph") { TmuxSession.cursorLine($0) != before }
        t.send("BSpace")
        t.waitFor("back at the annotation") { TmuxSession.cursorLine($0) == before }
        t.send("q")
        t.expectWorkingShell()
    }

    @Test
    func selectAnEntityAndSeeItsRelations() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.send("3")
        t.search("putin")
        t.waitFor("Putin's relations") { $0.contains("Relations: ") && $0.contains("Putin") && $0.contains("Xi") }
        t.send("4")
        t.send("v")
        t.waitFor(text: "· graph")
        t.send("q")
        t.expectWorkingShell()
    }

    /// A click as the terminal reports it (X10 encoding, which ncurses asks tmux for): the row clicked in
    /// the entity list is selected and its relations shown.
    @Test func aMouseClickSelectsTheEntityClicked() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.waitFor(text: "4 Relations: China")
        // Button 1 pressed at column 100, row 4 (0-based), each byte 32 more than the code and 1-based position.
        try TmuxSession.tmux(["-L", t.socket, "send-keys", "-t", "0", "-H", "1b", "5b", "4d", "20",
                              String(100 + 33, radix: 16), String(4 + 33, radix: 16)])
        t.waitFor(text: "4 Relations: US")
        t.send("q")
        t.expectWorkingShell()
    }

    @Test func resizeKeepsTheReadingPosition() throws {
        let t = try TmuxSession()
        t.startExplorer()
        for _ in 0..<4 { t.send("C-d") }
        t.sync()
        let before = TmuxSession.cursorLine(t.lastScreen)
        t.resize(70, 20)
        t.waitFor("the two-column layout at 70×20") { s in
            let lines = s.split(separator: "\n")
            return lines.count <= 20 && (lines.first.map { $0.count <= 70 } ?? false) && s.contains("4 Relations")
        }
        t.resize(30, 8)
        t.waitFor(text: "Terminal too small")
        t.resize(120, 40)
        t.waitFor("the cursor line restored at 120×40") { TmuxSession.cursorLine($0) == before }
        t.send("q")
        t.expectWorkingShell()
    }

    @Test func withoutATerminalItPointsAtTheSubcommands() throws {
        let r = try TmuxSession.spawn([TmuxSession.dossier], capture: true)
        #expect(r.status == 2)
        #expect(r.output.contains("not a terminal") && r.output.contains("dossier outline"))
    }

    @Test func dumbOrUnknownTermExitsWithoutTouchingTheTerminal() throws {
        let t = try TmuxSession()
        t.type("TERM=dumb \(TmuxSession.dossier); echo rc=$?; TERM=no-such-term \(TmuxSession.dossier); echo rc=$?")
        t.send("Enter")
        t.waitFor("two exits with 2") { $0.components(separatedBy: "rc=2").count == 3 }
        #expect(t.lastScreen.contains("TERM is 'dumb'"))
        #expect(t.lastScreen.contains("no-such-term"))
    }
}

/// Signals, suspend and hostile text: the terminal is always given back in a usable state.
@Suite(.serialized, .enabled(if: TmuxSession.mustRun, "tmux is not installed"))
struct TerminalSafetyTests {
    /// Runs the explorer (then `after` in the shell) as a process whose pid the test reads; waits for its first frame.
    func startWithPid(_ t: TmuxSession, then after: String = "") throws -> Int32 {
        let pidFile = NSTemporaryDirectory() + "dossier-\(UUID().uuidString).pid"
        defer { try? FileManager.default.removeItem(atPath: pidFile) }
        t.type("sh -c 'echo $$ > \(pidFile); exec \(TmuxSession.dossier)'\(after)")
        t.send("Enter")
        t.waitFor("the explorer's first frame") { $0.contains("1 Sections") && $0.contains("? help") }
        return try #require(Int32((try? String(contentsOfFile: pidFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""))
    }

    /// Runs the explorer as a process whose pid the test can read, then sends it a signal.
    func killed(by signal: String, status: Int) throws {
        let t = try TmuxSession()
        let pid = try startWithPid(t, then: "; echo rc=$?")
        try TmuxSession.spawn(["kill", "-\(signal)", "\(pid)"], capture: true)
        t.waitFor(text: "rc=\(status)")
        t.expectWorkingShell()
    }

    @Test func sigtermRestoresTheTerminal() throws { try killed(by: "TERM", status: 143) }
    @Test func sighupRestoresTheTerminal() throws { try killed(by: "HUP", status: 129) }
    /// Signals nobody expects a terminal tool to get, sent from outside.
    /// SIGPIPE and the real-time signals (34 is SIGRTMIN on Linux, 40 one above it) too.
    @Test(arguments: [("USR1", 138), ("ALRM", 142), ("XCPU", 152), ("PIPE", 141), ("34", 162), ("40", 168)])
    func otherFatalSignalsRestoreTheTerminal(_ signal: String, _ status: Int) throws { try killed(by: signal, status: status) }

    /// A Swift runtime trap (here `fatalError`, triggered by the test-only DOSSIER_TEST_TRAP after
    /// the first frame): the terminal is restored first, then the runtime's message is shown and
    /// the process dies of the trap's signal (SIGILL on x86-64, SIGTRAP on arm64).
    @Test func aRuntimeTrapRestoresTheTerminalThenReportsIt() throws {
        let t = try TmuxSession()
        t.type("DOSSIER_TEST_TRAP=1 \(TmuxSession.dossier); echo rc=$?")
        t.send("Enter")
        t.waitFor("the trap's exit status") { $0.contains("rc=132") || $0.contains("rc=133") }
        #expect(t.lastScreen.contains("Fatal error: DOSSIER_TEST_TRAP is set"))
        #expect(!t.lastScreen.contains("1 Sections"))
        t.expectWorkingShell()
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.send("C-z")
        t.waitFor("the shell after suspending") { !$0.contains("1 Sections") && $0.contains("Stopped") }
        t.type("fg")
        t.send("Enter")
        t.waitFor("the explorer redrawn") { $0.contains("1 Sections") && $0.contains("? help") }
        t.send("q")
        t.expectWorkingShell()
    }

    /// A stop the explorer never saw (`kill -STOP` from outside): the shell takes the terminal over its
    /// screen; on `fg` the explorer takes it back and draws everything again, and keys work.
    @Test func stopFromOutsideThenFgRedraws() throws {
        let t = try TmuxSession()
        let pid = try startWithPid(t)
        try TmuxSession.spawn(["kill", "-STOP", "\(pid)"], capture: true)
        t.waitFor("the shell's job notice") { $0.contains("Stopped") }
        t.type("fg")
        t.send("Enter")
        t.waitFor("the explorer drawn again over the shell's lines") {
            $0.contains("1 Sections") && $0.contains("? help") && !$0.contains("Stopped")
        }
        t.send("?")
        t.waitFor("the help overlay (keys reach the explorer)") { $0.contains("Help · keys") }
        t.send("q")
        t.expectWorkingShell()
    }

    @Test func wideCharactersKeepTheBordersStraight() throws {
        let file = NSTemporaryDirectory() + "dossier-cjk-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let para = "東京と北京の関係について。中国とロシアの同盟は世界を変えている。Putin と Xi は会談した。😀 é "
        try ("日本語の記事\n\n" + String(repeating: para, count: 6) + "\n\n한국어 문단도 있습니다. 줄바꿈이 필요합니다.\n").write(toFile: file, atomically: true, encoding: .utf8)
        let t = try TmuxSession()
        t.startExplorer(file)
        t.waitFor(text: "中国とロシア")
        // Lay each line out in columns; the reader's borders must be box glyphs on every row.
        func columns(_ line: Substring) -> [Character] {
            var out: [Character] = []
            for ch in line { out.append(ch); if DisplayWidth.of(ch) == 2 { out.append(" ") } }
            return out
        }
        let lines = t.lastScreen.split(separator: "\n").map(columns)
        let top = lines[0]
        let joints = top.indices.filter { top[$0] == "┬" }
        #expect(joints.count == 2)
        for row in lines.dropFirst().prefix(20) {
            #expect(row.count == 120, "a line is \(row.count) columns wide: \(String(row))")
            for j in joints where j < row.count { #expect("│├┤┼".contains(row[j]), "border broken: \(String(row))") }
        }
        t.send("q")
        t.expectWorkingShell()
    }

    @Test func escapesInTheTextAreShownNotSent() throws {
        let file = NSTemporaryDirectory() + "dossier-hostile-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let text = "Hostile\n\nClipboard \u{1B}]52;c;aGVsbG8=\u{07} title \u{1B}]0;pwned\u{07} clear \u{1B}[2J link \u{1B}]8;;http://x\u{1B}\\x\u{1B}]8;;\u{1B}\\ bidi \u{202E}txt.exe end. C1 \u{9B}2J and \u{9D}0;c1title\u{9C} del \u{7F} done.\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let t = try TmuxSession()
        let titleBefore = try TmuxSession.tmux(["-L", t.socket, "display-message", "-p", "#{pane_title}"]).output
        t.startExplorer(file)
        t.waitFor("placeholders") {
            $0.contains("␛]52;c;aGVsbG8=␇") && $0.contains("<U+202E>") && $0.contains("␛[2J") && $0.contains("<U+009B>2J")
                && $0.contains("<U+009D>0;c1title<U+009C>") && $0.contains("del ␡ done")
        }
        let title = try TmuxSession.tmux(["-L", t.socket, "display-message", "-p", "#{pane_title}"]).output
        #expect(!title.contains("pwned") && !title.contains("c1title"))
        #expect(title == titleBefore)
        t.send("q")
        t.expectWorkingShell()
    }
}
