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

/// libxml2 is part of the binary and ICU is loaded only for an encoding glibc's iconv lacks: a page
/// costs no shared library's loading and binding at start (PERFORMANCE.md, issue 16).
@Suite struct SharedLibraryTests {
    /// The shared objects the dynamic loader opened for `dossier text --body` on `page`.
    static func loaded(_ page: [UInt8]) throws -> String {
        let file = try CLI.temporaryFile(page, name: "page.html")
        let r = try CLI.run(["text", "--body", file.path], environment: ["LD_DEBUG": "files"])
        #expect(r.status == 0, "\(r.err)")
        return r.err
    }

    @Test func anOrdinaryPageLoadsNeitherLibxml2NorICU() throws {
        var sjis = Array("<html><head><meta charset=\"Shift_JIS\"></head><body><p>".utf8)
        sjis += [0x93, 0xFA, 0x96, 0x7B] + Array("</p></body></html>".utf8)
        let opened = try Self.loaded(sjis)
        #expect(opened.contains("libc.so"), "LD_DEBUG output expected: \(opened)")
        #expect(!opened.contains("libxml2.so"))
        #expect(!opened.contains("libicu"))
    }

    @Test func aPageInAnEncodingOnlyICUKnowsLoadsIt() throws {
        var mac = Array("<html><head><meta charset=\"x-mac-cyrillic\"></head><body><p>".utf8)
        mac += [0x8C, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0] + Array("</p></body></html>".utf8)
        let file = try CLI.temporaryFile(mac, name: "mac.html")
        let r = try CLI.run(["text", "--body", file.path], environment: ["LD_DEBUG": "files"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("libicuuc.so"))
        #expect(r.out.contains("Москва"))
    }
}
