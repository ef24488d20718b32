import Foundation
import Testing

/// `dossier text`: a saved page or a Markdown note as plain text, for a pipe or a file.
@Suite struct TextCommandTests {
    static let page = FormatCLITests.fixture.path

    @Test func aWebPageAsMarkedText() throws {
        let r = try CLI.run(["text", Self.page])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("# Harbour Town Votes to Rebuild Its Old Pier\n\n"))
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.hasPrefix("## ") }, "a heading marked by its level")
        #expect(lines.contains { $0.hasPrefix("> ") }, "a block quote marked")
        #expect(lines.contains { $0.hasPrefix("- ") }, "a list item marked")
        #expect(!r.out.contains("Share on Facebook") && !r.out.contains("<"), "no clutter, no markup")
        #expect(!r.out.contains("\n\n\n"), "one blank line between paragraphs")
    }

    @Test func theBodyAloneIsTheExportsBody() throws {
        let body = try CLI.run(["text", "--body", Self.page])
        #expect(body.status == 0, "\(body.err)")
        let json = try CLI.json(try CLI.run(["export", Self.page]).out)
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        let expected = paragraphs.filter { !["title", "byline", "dateline", "aside"].contains($0["kind"] as? String ?? "") }
            .compactMap { $0["text"] as? String }
        #expect(!expected.isEmpty)
        #expect(body.out == expected.joined(separator: "\n\n") + "\n")
    }

    @Test func markdownHeadingsKeepTheirLevels() throws {
        let md = try CLI.temporaryFile(Array("# Pier Notes\n\nThe council met.\n\n## Vote\n\nIt passed.\n\n### Count\n\nNine to two.\n\n1. First item.\n2. Second item.\n".utf8), name: "notes.md")
        let r = try CLI.run(["text", md.path])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("\n\n## Vote\n\n"), "\(r.out)")
        #expect(r.out.contains("\n\n### Count\n\n"), "\(r.out)")
        #expect(!r.out.contains("- 1."), "an item keeps its own number, unmarked twice")
    }

    @Test func aPlainTextTitleWithItsOwnMarkIsNotMarkedTwice() throws {
        let r = try CLI.run(["text", "-"], stdin: Array("# Pier Notes\n\nThe council met on Monday and voted to rebuild the pier.\n".utf8))
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("# Pier Notes\n\n"), "\(r.out)")
    }

    @Test func controlsInTheTextAreNotWrittenRaw() throws {
        let file = try CLI.temporaryFile(Array("A title line\n\nText with an escape \u{1B}[31m inside.\n".utf8), name: "t.txt")
        let r = try CLI.run(["text", file.path])
        #expect(r.status == 0)
        #expect(!r.out.contains("\u{1B}"))
        #expect(r.out.contains("inside."))
    }
}
