import Testing
@testable import ArticleModel

@Suite struct LoaderTests {
    @Test func stripsBOMAndNormalisesLineEnds() throws {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("One\r\ntwo\rthree\n".utf8)
        let loaded = try Loader.load(input)
        #expect(String(decoding: loaded.bytes, as: UTF8.self) == "One\ntwo\nthree\n")
        #expect(loaded.hadBOM)
        // "two" starts at normalised 4, original 3 (BOM) + 5 ("One\r\n").
        #expect(loaded.source.original(4) == 8)
        #expect(Array(input[loaded.source.original(8)..<loaded.source.original(8) + 5]) == Array("three".utf8))
    }

    @Test func replacesInvalidUTF8AndCountsIt() throws {
        let loaded = try Loader.load([0x61, 0xFF, 0x62, 0xC3])
        #expect(String(decoding: loaded.bytes, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}")
        #expect(loaded.invalidSequences == 2)
        #expect(loaded.source.original(4) == 2) // "b"
    }

    @Test func refusesBinary() {
        #expect(throws: LoadError.binary) { try Loader.load([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]) }
    }

    @Test func emptyIsNotAnError() throws {
        let article = try ArticleBuilder.build(bytes: Array(" \n\n \t\n".utf8))
        #expect(article.isEmpty)
    }
}
