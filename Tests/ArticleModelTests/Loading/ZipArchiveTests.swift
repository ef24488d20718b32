import TestSupport
import Testing
@testable import ArticleModel

@Suite struct ZipArchiveTests {
    static let text = Array(String(repeating: "The island had one tree and one lighthouse. ", count: 50).utf8)

    @Test func storedAndDeflatedEntriesReadBack() throws {
        let zip = ZipWriter.archive([("mimetype", Array("application/epub+zip".utf8), false), ("a/b.xhtml", Self.text, true),
                                     ("a/", [], false)])
        let archive = try ZipArchive(zip)
        #expect(archive.entries.map(\.path) == ["mimetype", "a/b.xhtml", "a/"])
        #expect(try archive.contents(of: try #require(archive["mimetype"]), limit: 1 << 20) == Array("application/epub+zip".utf8))
        let entry = try #require(archive["a/b.xhtml"])
        #expect(entry.compressedSize < entry.uncompressedSize)
        #expect(try archive.contents(of: entry, limit: 1 << 20) == Self.text)
        #expect(archive["a/"]?.isDirectory == true && archive["missing"] == nil)
    }

    @Test func damageAndLimitsAreReported() throws {
        var zip = ZipWriter.archive([("a.xhtml", Self.text, true)])
        #expect(throws: ZipArchive.Failure.tooLarge) { try ZipArchive(zip).contents(of: ZipArchive(zip).entries[0], limit: 100) }
        // A byte of the deflated data changed: the CRC (or the inflater) notices.
        zip[40] ^= 0x55
        #expect(throws: ZipArchive.Failure.unreadable) { try ZipArchive(zip).contents(of: ZipArchive(zip).entries[0], limit: 1 << 20) }
        #expect(throws: ZipArchive.Failure.notZip) { try ZipArchive(Array(zip.dropLast(30))) }
        #expect(throws: ZipArchive.Failure.notZip) { try ZipArchive(Array("not a zip at all, just some text".utf8)) }
    }

    /// Damaged archives (bytes changed anywhere, cut anywhere) give an article or an error, never a trap.
    @Test func damagedBooksNeverTrap() throws {
        let book = try EPUBReaderTests.book(epub3: true)
        var rng = SeededGenerator(seed: 17)
        for round in 0..<400 {
            var bytes = book
            if round % 4 == 0 {
                bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)))
            } else {
                for _ in 0..<(1 + round % 6) { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            }
            _ = try? MarkupReader.load(bytes, format: .epub)
        }
    }
}
