import Foundation
import Testing

/// The command line on HTML, Markdown and gzip input: the same subcommands and JSON contract as on text.
@Suite struct FormatCLITests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/harbour-news.html")

    @Test func exportOfAWebPage() throws {
        let r = try CLI.run(["export", Self.fixture.path])
        #expect(r.status == 0, "\(r.err)")
        let json = try CLI.json(r.out)
        #expect(json["title"] as? String == "Harbour Town Votes to Rebuild Its Old Pier")
        #expect(json["format"] as? String == "html")
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        let kinds = paragraphs.compactMap { $0["kind"] as? String }
        for kind in ["title", "byline", "dateline", "heading", "body", "quote", "list-item", "caption", "aside"] {
            #expect(kinds.contains(kind), "\(kind)")
        }
        for key in ["sections", "annotations", "quotes", "crossReferences", "entities", "relations"] { #expect(json[key] != nil) }
        #expect(!r.out.contains("Share on Facebook"))
    }

    @Test func everySubcommandReadsMarkup() throws {
        let md = try CLI.temporaryFile(Array("# Pier Notes\n\nThe council of Harbour Town met Councillor Jens Berg.\n\n## Vote\n\n> Quoted words.\n\n## Work\n\n- One item.\n".utf8), name: "notes.md")
        for file in [Self.fixture.path, md.path] {
            for args in [["outline"], ["annotations"], ["xrefs"], ["entities"], ["relations"], ["search", "harbour"],
                         ["outline", "--json"], ["entities", "--json"]] {
                let r = try CLI.run(args + [file])
                #expect(r.status == 0, "\(args) \(file): \(r.err)")
            }
        }
        let outline = try CLI.run(["outline", md.path])
        #expect(outline.out.contains("Vote") && outline.out.contains("Work"))
    }

    /// A Markdown file's outline is its headings: a heading's intro is not listed again under its title.
    @Test func aMarkdownOutlineListsEachHeadingOnce() throws {
        let md = try CLI.temporaryFile(Array("Field Notes\n\n# Alpha\n\nThe intro.\n\n## Beta\n\nBeta text.\n\n## Gamma\n\nGamma text.\n\n# Delta\n\nDelta text.\n".utf8), name: "alpha.md")
        let r = try CLI.run(["outline", md.path])
        #expect(r.out.split(separator: "\n").suffix(4) == ["  Alpha  ¶0–6", "    Beta  ¶3–4", "    Gamma  ¶5–6", "  Delta  ¶7–8"], "\(r.out)")
    }

    @Test func gzipAndFormatOverride() throws {
        let html = try Data(contentsOf: Self.fixture)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        let gz = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-page-\(UUID().uuidString).html.gz")
        p.arguments = ["-c", "gzip -c '\(Self.fixture.path)' > '\(gz.path)'"]
        try p.run(); p.waitUntilExit()
        let r = try CLI.run(["export", gz.path])
        #expect(r.status == 0)
        #expect(try CLI.json(r.out)["title"] as? String == "Harbour Town Votes to Rebuild Its Old Pier")
        // Read as text on request: the markup is the text.
        let raw = try CLI.run(["export", "--format", "text", Self.fixture.path])
        #expect(raw.status == 0)
        #expect(raw.out.contains("<meta"))
        #expect(html.count > 0)
        let bad = try CLI.run(["export", "--format", "pdf", Self.fixture.path])
        #expect(bad.status != 0)
    }

    @Test func unknownBinaryIsStillRefused() throws {
        // A zip that is no e-book, and gzip-compressed binary data.
        let zip = try CLI.temporaryFile([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 200), name: "a.zip")
        let r = try CLI.run(["export", zip.path])
        #expect(r.status == 65)
        #expect(r.err.contains("binary"))
    }
}
