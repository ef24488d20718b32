import Foundation
import Testing
@testable import ArticleModel

@Suite struct EPUBReaderTests {
    /// An e-book zip built in memory from (path, text) entries, deflated.
    static func zip(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        ZipWriter.archive(entries.map { ($0.0, $0.1, $0.0 != "mimetype") })
    }

    static func chapter(_ title: String, _ paragraphs: [String]) -> [UInt8] {
        Array(("""
        <?xml version="1.0" encoding="utf-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>\(title)</title></head><body>
        <h1>\(title)</h1>
        """ + paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n") + "</body></html>").utf8)
    }

    static let container = Array("""
    <?xml version="1.0"?>
    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
    <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>
    """.utf8)

    static func book(epub3: Bool, spineMissing: Bool = false) throws -> [UInt8] {
        let opf = """
        <?xml version="1.0" encoding="utf-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="\(epub3 ? "3.0" : "2.0")" unique-identifier="id">
        <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
        <dc:title>The Lighthouse Keeper</dc:title><dc:creator>Eva Holm</dc:creator><dc:language>en</dc:language></metadata>
        <manifest>
        <item id="c2" href="text/two.xhtml" media-type="application/xhtml+xml"/>
        <item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
        \(epub3 ? "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>" : "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>")
        \(spineMissing ? "<item id=\"c3\" href=\"text/missing.xhtml\" media-type=\"application/xhtml+xml\"/>" : "")
        </manifest>
        <spine\(epub3 ? "" : " toc=\"ncx\"")><itemref idref="c1"/>\(spineMissing ? "<itemref idref=\"c3\"/>" : "")<itemref idref="c2"/></spine>
        </package>
        """
        let nav = """
        <?xml version="1.0" encoding="utf-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>
        <nav epub:type="toc"><ol><li><a href="text/one.xhtml">The Island</a><ol><li><a href="text/one.xhtml#s2">Inner part</a></li></ol></li>
        <li><a href="text/two.xhtml">The Storm</a></li></ol></nav></body></html>
        """
        let ncx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
        <navPoint id="p1" playOrder="1"><navLabel><text>The Island</text></navLabel><content src="text/one.xhtml"/>
          <navPoint id="p1a" playOrder="2"><navLabel><text>Inner part</text></navLabel><content src="text/one.xhtml#s2"/></navPoint></navPoint>
        <navPoint id="p2" playOrder="3"><navLabel><text>The Storm</text></navLabel><content src="text/two.xhtml"/></navPoint>
        </navMap></ncx>
        """
        return try zip([
            ("mimetype", Array("application/epub+zip".utf8)),
            ("META-INF/container.xml", container),
            ("OEBPS/content.opf", Array(opf.utf8)),
            (epub3 ? "OEBPS/nav.xhtml" : "OEBPS/toc.ncx", Array((epub3 ? nav : ncx).utf8)),
            ("OEBPS/text/two.xhtml", chapter("The Storm", ["The storm came from the west at night.", "By morning the boat was gone."])),
            ("OEBPS/text/one.xhtml", chapter("The Island", ["The island had one tree and one lighthouse.", "Eva kept the lamp burning every night."])),
        ])
    }

    @Test(arguments: [true, false]) func spineOrderTableOfContentsAndMetadata(epub3: Bool) throws {
        let bytes = try Self.book(epub3: epub3)
        #expect(InputFormat.detect(bytes) == .epub)
        let a = ArticleBuilder.build(try MarkupReader.load(bytes, format: .epub))
        let texts = a.paragraphs.map { a.text(of: $0) }
        #expect(a.title == "The Lighthouse Keeper")
        #expect(texts[1] == "By Eva Holm")
        // Spine order (one before two), not manifest order.
        let island = try #require(texts.firstIndex(of: "The island had one tree and one lighthouse."))
        let storm = try #require(texts.firstIndex(of: "The storm came from the west at night."))
        #expect(island < storm)
        #expect(a.paragraphs[island - 1].kind == .heading)
        // The table of contents' top level as the sections, covering every paragraph.
        #expect(a.sections.map(\.title) == ["The Island", "The Storm"])
        #expect(a.sections.first?.first == 0 && a.sections.last?.last == a.paragraphs.count - 1)
        #expect(a.sections.allSatisfy { $0.level == 1 })
    }

    /// A chapter's paragraphs map back to the place of their chapter's entry in the book's file.
    @Test func paragraphsMapBackToTheirChaptersEntry() throws {
        let bytes = try Self.book(epub3: true)
        let t = try MarkupReader.load(bytes, format: .epub)
        func entryOffset(_ text: String) throws -> Int {
            let k = try #require(t.markup!.paragraphs.firstIndex { String(decoding: t.bytes[$0.start..<$0.end], as: UTF8.self) == text })
            return t.source.original(t.markup!.paragraphs[k].start)
        }
        let one = try entryOffset("The island had one tree and one lighthouse.")
        let two = try entryOffset("The storm came from the west at night.")
        #expect(one != two)
        for at in [one, two] { #expect(Array(bytes[at..<(at + 4)]) == [0x50, 0x4B, 0x03, 0x04]) } // a local file header
        let name = { (at: Int) in String(decoding: bytes[(at + 30)..<(at + 30 + Int(bytes[at + 26]))], as: UTF8.self) }
        #expect(name(one) == "OEBPS/text/one.xhtml" && name(two) == "OEBPS/text/two.xhtml")
    }

    @Test func missingSpineFilesAreSkippedAndAllMissingIsAnError() throws {
        let a = ArticleBuilder.build(try MarkupReader.load(try Self.book(epub3: true, spineMissing: true), format: .epub))
        #expect(a.paragraphs.contains { a.text(of: $0) == "By morning the boat was gone." })
        let empty = try Self.zip([("mimetype", Array("application/epub+zip".utf8)), ("META-INF/container.xml", Self.container),
                                  ("OEBPS/content.opf", Array("<package><manifest><item id=\"a\" href=\"gone.xhtml\"/></manifest><spine><itemref idref=\"a\"/></spine></package>".utf8))])
        #expect(throws: MarkupError.self) { try MarkupReader.load(empty, format: .epub) }
    }

    @Test func zipBombAndEscapingPathsAreRefused() throws {
        let zeros = [UInt8](repeating: 0x20, count: 8 << 20)
        let bomb = try Self.zip([("mimetype", Array("application/epub+zip".utf8)), ("META-INF/container.xml", Self.container),
                                 ("OEBPS/content.opf", zeros)])
        #expect(bomb.count < 200_000)
        do {
            _ = try MarkupReader.load(bomb, format: .epub)
            Issue.record("a zip bomb was read")
        } catch { #expect("\(error)".contains("zip bomb")) }
        let escaping = try Self.zip([("mimetype", Array("application/epub+zip".utf8)), ("META-INF/container.xml", Self.container),
                                     ("../outside.xhtml", Self.chapter("X", ["y"]))])
        do {
            _ = try MarkupReader.load(escaping, format: .epub)
            Issue.record("an entry outside the archive was accepted")
        } catch { #expect("\(error)".contains("outside the archive")) }
        #expect(EPUBArchive.resolve("../../etc/passwd", relativeTo: "OEBPS/content.opf") == nil)
        #expect(EPUBArchive.resolve("text/a%20b.xhtml#x", relativeTo: "OEBPS/content.opf") == "OEBPS/text/a b.xhtml")
        #expect(EPUBArchive.resolve("text/%C3%A9t%C3%A9.xhtml", relativeTo: "content.opf") == "text/été.xhtml")
        #expect(EPUBArchive.percentDecoded("a%2") == nil)
        #expect(EPUBArchive.percentDecoded("a%zz") == nil)
        #expect(EPUBArchive.resolve("%2E%2E/%2e%2e/x.xhtml", relativeTo: "OEBPS/content.opf") == nil)
    }
}
