import Content
import Foundation
import Testing

/// Big files in the real binary: the first screen comes before the model, which follows.
@Suite(.serialized, .enabled(if: TmuxSession.mustRun, "tmux is not installed"))
struct BigFileEndToEndTests {
    /// The default article repeated to at least `megabytes` MB, in a temporary file.
    static func repeatedArticle(megabytes: Int) throws -> String {
        let file = NSTemporaryDirectory() + "dossier-big-\(megabytes)mb-\(UUID().uuidString).txt"
        let article = try Content.defaultArticle() + Array("\n\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(megabytes << 20 + article.count)
        while bytes.count < megabytes << 20 { bytes += article }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// 30 MB: the paragraphs are on screen long before the model could be built (about 10 s in a
    /// release build, much longer in a debug one). The bound is for a loaded CI machine running a
    /// debug build; a release build shows it in well under a second (README, "Big files").
    @Test func aThirtyMegabyteFileShowsItsFirstScreenBeforeTheModel() throws {
        let file = try Self.repeatedArticle(megabytes: 30)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let t = try TmuxSession()
        let started = Date()
        t.type("\(TmuxSession.dossier) \(file)")
        t.send("Enter")
        t.waitFor("the first screen", timeout: 20) { $0.contains("The summit meeting between Chinese") && $0.contains("building the model") }
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 20, "first screen after \(seconds) s")
        #expect(t.lastScreen.contains("still being found"))
        // Responsive while the model is built: the end of the text, then its start again.
        t.send("G")
        t.waitFor(text: " 100%")
        t.send("g")
        t.waitFor(text: "Understanding the Chinese-Russian Alliance")
        // Ctrl-C while the builder thread runs: the main thread gets it and restores the terminal.
        #expect(t.lastScreen.contains("building the model"))
        t.send("C-c")
        t.expectWorkingShell()
    }

    /// 2 MB (over the 1 MB threshold): the model arrives while the reader is open, entities appear
    /// and the reading position stays where it was.
    @Test func theModelArrivesAndTheReaderStaysInPlace() throws {
        let file = try Self.repeatedArticle(megabytes: 2)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let t = try TmuxSession()
        t.type("\(TmuxSession.dossier) \(file)")
        t.send("Enter")
        t.waitFor("the first screen") { $0.contains("The summit meeting between Chinese") && $0.contains("building the model") }
        t.send("j", "j", "j", "j")
        t.waitFor("the cursor on the fifth row") { TmuxSession.cursorLine($0)?.hasPrefix("is the latest expression") == true }
        t.waitFor("entities", timeout: 120) { $0.contains("Putin") && $0.contains("Xi Jinping") && !$0.contains("building the model") }
        #expect(TmuxSession.cursorLine(t.lastScreen)?.hasPrefix("is the latest expression") == true)
        t.send("q")
        t.expectWorkingShell()
    }

    /// A trap in the background build of a big text (DOSSIER_TEST_TRAP=background traps there once the
    /// model is built): the terminal is restored first, then the runtime's message is shown, as for a
    /// trap on the main thread.
    @Test func aTrapInTheBackgroundBuildRestoresTheTerminalThenReportsIt() throws {
        let file = try Self.repeatedArticle(megabytes: 2)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let t = try TmuxSession()
        t.type("DOSSIER_TEST_TRAP=background \(TmuxSession.dossier) \(file); echo rc=$?")
        t.send("Enter")
        t.waitFor("the trap's exit status", timeout: 120) { $0.contains("rc=132") || $0.contains("rc=133") }
        #expect(t.lastScreen.contains("Fatal error: DOSSIER_TEST_TRAP is set: trapping on purpose in the background build"))
        #expect(!t.lastScreen.contains("building the model"))
        t.expectWorkingShell()
    }
}
