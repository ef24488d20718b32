import Foundation
import Testing

/// Reading as in vim and less, in the real binary: links within a line, the jump list, n after a move.
@Suite(.serialized, .enabled(if: TmuxSession.mustRun, "tmux is not installed"))
struct ReadingEndToEndTests {
    static func article(_ text: String) throws -> String {
        let file = NSTemporaryDirectory() + "dossier-reading-\(UUID().uuidString).txt"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// "Ukraine, Syria, North Korea": the second link of the line is reached with w and followed with f.
    @Test func followsTheSecondLinkOnALine() throws {
        let file = try Self.article("Talks\n\nThe talks covered Ukraine, Syria, North Korea and trade.\n\nNothing else was said.\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let t = try TmuxSession()
        t.startExplorer(file)
        t.send("/")
        t.type("covered")
        t.send("Enter")
        t.waitFor(text: "f Ukraine")
        t.send("w")
        t.waitFor(text: "f Syria")
        t.send("f")
        t.waitFor(text: "Entities: Syria")
        t.send("BSpace")
        t.waitFor(text: "f Syria") // back on the line, the link still chosen
        t.send("b")
        t.waitFor(text: "f Ukraine")
        t.send("q")
        t.expectWorkingShell()
    }

    /// G, a search and a section are jumps: the overlay lists them, Ctrl-o walks back, F forward.
    @Test func theJumpListRecordsAndListsJumps() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.send("G")
        t.waitFor(text: " 100% ─")
        t.send("/")
        t.type("lavrov")
        t.send("Enter")
        t.waitFor(text: "[1/")
        t.send("J")
        t.waitFor(text: "Jump list · 3 places")
        t.send("Escape")
        t.waitFor("the overlay closed") { !$0.contains("Jump list") }
        t.send("C-o")
        t.waitFor(text: " 100% ─")
        t.send("F")
        t.waitFor("forward to the hit") { !$0.contains(" 100% ─") }
        t.send("C-o", "C-o")
        t.waitFor(text: " 0% ─")
        t.send("q")
        t.expectWorkingShell()
    }

    /// n after G continues from the cursor: it wraps to the top and says so.
    @Test func nAfterGWrapsAndSaysSo() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.send("/")
        t.type("putin")
        t.send("Enter")
        t.waitFor(text: "[1/")
        t.send("G")
        t.waitFor(text: " 100% ─")
        t.send("n")
        t.waitFor(text: "search hit BOTTOM, continuing at TOP")
        #expect(t.lastScreen.contains("[1/"))
        t.send("/")
        t.type("zzqq")
        t.send("Enter")
        t.waitFor(text: "Pattern not found: zzqq")
        t.send("q")
        t.expectWorkingShell()
    }
}
