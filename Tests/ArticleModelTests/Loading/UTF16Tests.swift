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
}
