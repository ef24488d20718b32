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
        t.search("covered")
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
        t.search("lavrov")
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

    /// An update and the passage it updates link both ways: f on the header goes to the passage, whose
    /// gutter mark is the current link there, and f on it comes back to the header.
    @Test func annotationsLinkBothWays() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.send("]")
        t.waitFor("the cursor on the update's header") { TmuxSession.cursorLine($0)?.contains("✎ update → §") ?? false }
        let header = TmuxSession.cursorLine(t.lastScreen)
        t.send("f")
        t.waitFor(text: "f → update in §")
        t.send("f")
        t.waitFor("back on the header") { TmuxSession.cursorLine($0) == header }
        t.send("q")
        t.expectWorkingShell()
    }

    /// m and a letter marks the place; ' and the letter comes back to it from the end.
    @Test func marksComeBack() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.send("}", "}")
        t.send("m", "a")
        t.waitFor(text: "mark a set")
        let marked = TmuxSession.cursorLine(t.lastScreen)
        t.send("G")
        t.waitFor(text: " 100% ─")
        t.send("'", "a")
        t.waitFor("back at the mark") { $0.contains("mark a") && TmuxSession.cursorLine($0) == marked }
        t.send("q")
        t.expectWorkingShell()
    }

    /// n after G continues from the cursor: it wraps to the top and says so.
    @Test func nAfterGWrapsAndSaysSo() throws {
        let t = try TmuxSession()
        t.startExplorer()
        t.search("putin")
        t.waitFor(text: "[1/")
        t.send("G")
        t.waitFor(text: " 100% ─")
        t.send("n")
        t.waitFor(text: "search hit BOTTOM, continuing at TOP")
        #expect(t.lastScreen.contains("[1/"))
        t.search("zzqq")
        t.waitFor(text: "Pattern not found: zzqq")
        t.send("q")
        t.expectWorkingShell()
    }
}

/// `cat notes.txt | dossier` reads the pipe as the article, as less does; keys come from the terminal,
/// and the pipe keeps the binary rule.
@Suite(.serialized, .enabled(if: TmuxSession.mustRun, "tmux is not installed"))
struct PipedInputEndToEndTests {
    @Test func readsAPipeAsTheArticle() throws {
        let file = try ReadingEndToEndTests.article("Piped Notes\n\nThe talks covered Ukraine and Syria.\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let t = try TmuxSession()
        t.type("cat \(file) | \(TmuxSession.dossier)")
        t.send("Enter")
        t.waitFor(text: "Piped Notes")
        t.send("j", "j")
        t.waitFor(text: "f Ukraine")
        t.send("q")
        t.expectWorkingShell()
        t.type("printf 'a\\0b\\1c' | \(TmuxSession.dossier)")
        t.send("Enter")
        t.waitFor(text: "standard input: looks like a binary file")
    }
}
