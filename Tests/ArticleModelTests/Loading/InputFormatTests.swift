import Foundation
import Testing
@testable import ArticleModel

@Suite struct InputFormatTests {
    @Test func detectedByContent() throws {
        #expect(InputFormat.detect(Array("<!DOCTYPE html><html><body><p>x</p></body></html>".utf8)) == .html)
        #expect(InputFormat.detect(Array("\u{FEFF}  <html lang=en><p>x".utf8)) == .html)
        #expect(InputFormat.detect(Array("<div class=a><p>One</p><p>Two</p></div>".utf8)) == .html)
        // Markers in any case, after line breaks or a no-break space.
        #expect(InputFormat.detect(Array("\r\n\u{A0}<!DOCTYPE HTML PUBLIC><HTML><BODY>x".utf8)) == .html)
        #expect(InputFormat.detect(Array("<DIV><P>One<P>Two</DIV>".utf8)) == .html)
        #expect(InputFormat.detect(Array("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"/>".utf8)) == .xhtml)
        #expect(InputFormat.detect(Array("# Title\n\nSome *text* with a [link](x).\n\n## Part\n\nMore.".utf8)) == .markdown)
        #expect(InputFormat.detect(Array("---\ntitle: A\n---\nText.".utf8)) == .markdown)
        #expect(InputFormat.detect(Array("A plain article.\n\nWith two paragraphs, one < two.".utf8)) == .text)
        // One "#" line does not make a text Markdown.
        #expect(InputFormat.detect(Array("#1 in the charts\n\nThe song stayed there.".utf8)) == .text)
        // The file name breaks ties only.
        #expect(InputFormat.detect(Array("Just words.".utf8), name: "notes.md") == .markdown)
        #expect(InputFormat.detect(Array("<p>one tag</p>".utf8), name: "page.html") == .html)
        #expect(InputFormat.detect(Array("<p>one tag</p>".utf8), name: "page.txt") == .text)
    }

    @Test func gzipIsInflatedAndCapped() throws {
        let html = "<html><body><p>Compressed page text.</p></body></html>"
        let gz = try Self.gzip(Array(html.utf8))
        #expect(Gzip.isGzip(gz))
        let inflated = try MarkupReader.decompressed(gz)
        #expect(inflated == Array(html.utf8))
        #expect(InputFormat.detect(inflated) == .html)
        #expect(throws: Gzip.Failure.tooLarge) { try Gzip.inflate(gz, limit: 10) }
        #expect(throws: MarkupError.corruptCompression) { try MarkupReader.decompressed(Array(gz.prefix(12)) + [1, 2, 3, 4]) }
    }

    /// The size the trailer states only sizes the first buffer: two members inflate whole, and a trailer that
    /// lies (4 GiB) is a corrupt file, not a 4 GiB allocation.
    @Test func theTrailersSizeIsOnlyAHint() throws {
        let first = try Self.gzip(Array(String(repeating: "<p>First part.</p>", count: 400).utf8))
        let second = try Self.gzip(Array("<p>Second part.</p>".utf8))
        let both = try Gzip.inflate(first + second, limit: 1 << 20)
        #expect(both.count == 18 * 400 + 19 && both.suffix(19) == Array("<p>Second part.</p>".utf8)[...])
        let lying = Array(first.dropLast(4)) + [0xFF, 0xFF, 0xFF, 0xFF]
        #expect(throws: Gzip.Failure.corrupt) { try Gzip.inflate(lying, limit: 256 << 20) }
    }

    /// gzip through the system's `gzip` (the tests make their compressed inputs rather than ship them).
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "gzip -c"]
        let input = Pipe(), output = Pipe()
        p.standardInput = input; p.standardOutput = output
        try p.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return [UInt8](data)
    }
}
