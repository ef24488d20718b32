import Foundation
import Testing

/// Binary detection samples the whole file (start, middle, end) and looks for NUL everywhere.
@Suite struct BinaryDetectionTests {
    /// A UTF-16 byte-order mark does not make random bytes text.
    @Test func aUTF16MarkBeforeRandomBytesIsBinary() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = [0xFF, 0xFE]
        for _ in 0..<4_000 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17 // xorshift64
            bytes.append(UInt8(truncatingIfNeeded: state >> 24))
        }
        for (mark, name) in [([UInt8(0xFF), 0xFE], "little.txt"), ([0xFE, 0xFF], "big.txt")] {
            let url = try CLI.temporaryFile(mark + bytes.dropFirst(2), name: name)
            let r = try CLI.run(["outline", url.path])
            #expect(r.status == 65, "\(name): \(r.err)")
            #expect(r.err.contains("\(name): looks like a binary file"))
        }
    }

    /// NUL is looked for in the whole text, not only its first 64 KiB.
    @Test func aNULPastTheFirst64KiBIsCaught() throws {
        let line = Array("Vladimir Putin met Xi Jinping in Moscow.\n".utf8)
        var text: [UInt8] = []
        while text.count < 200_000 { text += line }
        for at in [70_000, text.count / 2 + 3, text.count - 2] {
            var bytes = text
            bytes[at] = 0
            let url = try CLI.temporaryFile(bytes)
            let r = try CLI.run(["export", url.path])
            #expect(r.status == 65, "NUL at \(at)")
            #expect(r.out.isEmpty && !r.out.contains("\\u0000"))
        }
    }

    /// The control-byte rule: more than 30 % of a 64 KiB sample (start, middle or end) in control bytes
    /// other than tab, line feed, CR, form feed and ESC is binary; 11 % is a text with odd characters.
    @Test func controlBytesAreBinaryOnlyWhenTheyAreOverAThird() throws {
        func text(controlEvery n: Int, count: Int) -> [UInt8] {
            let words = Array("Vladimir Putin met Xi Jinping in Moscow and they talked. ".utf8)
            return (0..<count).map { i in i % n == 0 ? 0x01 : words[i % words.count] }
        }
        let eleven = try CLI.run(["outline", try CLI.temporaryFile(text(controlEvery: 9, count: 5_000)).path])
        #expect(eleven.status == 0, "\(eleven.err)")
        let mostly = try CLI.run(["outline", try CLI.temporaryFile(text(controlEvery: 2, count: 5_000)).path])
        #expect(mostly.status == 65 && mostly.err.contains("binary"), "\(mostly.err)")
        // A control-heavy block in the middle or at the end of a long text is found there.
        let prose = text(controlEvery: 1_000_000, count: 400_000)
        for where_ in [prose.count / 2 - 32_768, prose.count - 65_536] {
            var bytes = prose
            for k in where_..<(where_ + 65_536) where k % 2 == 0 { bytes[k] = 0x02 }
            let r = try CLI.run(["outline", try CLI.temporaryFile(bytes).path])
            #expect(r.status == 65, "block at \(where_): \(r.err)")
        }
    }
}
