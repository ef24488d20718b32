import Testing
@testable import ArticleModel

@Suite struct UTF16Tests {
    @Test func byteOrderMarks() {
        #expect(UTF16Text.byteOrder([0xFF, 0xFE, 0x41, 0x00]) == .little)
        #expect(UTF16Text.byteOrder([0xFE, 0xFF, 0x00, 0x41]) == .big)
        #expect(UTF16Text.byteOrder([0xFF, 0xFE, 0x00, 0x00]) == nil) // UTF-32's mark
        #expect(UTF16Text.byteOrder(Array("Plain".utf8)) == nil)
        #expect(UTF16Text.byteOrder([0xFF]) == nil)
    }

    @Test func decodesPairsAndRepairsBrokenUnits() {
        // "a😀" little-endian, then an unpaired high surrogate, then an odd last byte.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x3D, 0xD8, 0x00, 0xDE, 0x3D, 0xD8, 0x62, 0x00, 0x63]
        #expect(String(decoding: UTF16Text.utf8(bytes, .little), as: UTF8.self) == "a😀\u{FFFD}b\u{FFFD}")
        #expect(UTF16Text.utf8([0xFE, 0xFF], .big).isEmpty)
    }

    /// The loader decodes UTF-16 itself: its NUL bytes are not taken for binary data, and line ends
    /// are normalised as in UTF-8 text.
    @Test func loaderReadsUTF16() throws {
        let text = "Title\r\n\r\nXi met Putin.\r\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let loaded = try Loader.load(little)
        #expect(loaded.decodedFromUTF16)
        #expect(String(decoding: loaded.bytes, as: UTF8.self) == "Title\n\nXi met Putin.\n")
        #expect(try !Loader.load(Array(text.utf8)).decodedFromUTF16)
    }
}
