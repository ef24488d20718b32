/// Text saved as UTF-16 (what some Windows editors write), recognised by its byte-order mark and read as
/// UTF-8, so it opens like any other text instead of being refused as binary for its NUL bytes.
public enum UTF16Text {
    /// Little- or big-endian, from the byte-order mark at the start; nil without one.
    public static func byteOrder(_ input: [UInt8]) -> Endianness? {
        guard input.count >= 2 else { return nil }
        switch (input[0], input[1]) {
        case (0xFF, 0xFE):
            // FF FE 00 00 is UTF-32's mark: not UTF-16 (left to the binary check).
            return input.count >= 4 && input[2] == 0 && input[3] == 0 ? nil : .little
        case (0xFE, 0xFF): return .big
        default: return nil
        }
    }

    public enum Endianness: Sendable { case little, big }

    /// Whether the bytes after the mark are not UTF-16 text: more than 1 % of the code units of a sample
    /// (start, middle, end; 32 Ki units each) are surrogates without their pair. Random bytes after a
    /// mark have about 3 %; text saved as UTF-16 has none. (A NUL is found by the loader.)
    public static func isBinary(_ input: [UInt8], _ order: Endianness) -> Bool {
        let units = (input.count - 2) / 2
        func unit(_ k: Int) -> UInt16 {
            let i = 2 + 2 * k
            return order == .big ? UInt16(input[i]) << 8 | UInt16(input[i + 1]) : UInt16(input[i + 1]) << 8 | UInt16(input[i])
        }
        return Loader.samples(units, size: 32_768).contains { sample in
            var unpaired = 0
            var k = sample.lowerBound
            while k < sample.upperBound {
                let u = unit(k)
                k += 1
                guard (0xD800...0xDFFF).contains(u) else { continue }
                if u <= 0xDBFF, k < units, (0xDC00...0xDFFF).contains(unit(k)) { k += 1 } else { unpaired += 1 }
            }
            return unpaired * 100 > sample.count
        }
    }

    /// UTF-16 input loaded as any other text once decoded to UTF-8 (`Loader.load` calls this).
    static func load(_ input: [UInt8], _ order: Endianness) throws(LoadError) -> LoadedText {
        if isBinary(input, order) { throw .binary }
        var loaded = try Loader.load(utf8(input, order))
        loaded.decodedFromUTF16 = true
        return loaded
    }

    /// The UTF-8 bytes of the text after the mark. Unpaired surrogates and an odd last byte become U+FFFD.
    public static func utf8(_ input: [UInt8], _ order: Endianness) -> [UInt8] {
        let units = (input.count - 2) / 2
        var code = [UInt16]()
        code.reserveCapacity(units)
        input.withUnsafeBufferPointer { b in
            var i = 2
            while i + 1 < b.count {
                let (hi, lo) = order == .big ? (b[i], b[i + 1]) : (b[i + 1], b[i])
                code.append(UInt16(hi) << 8 | UInt16(lo))
                i += 2
            }
        }
        var out = Array(String(decoding: code, as: UTF16.self).utf8)
        if (input.count - 2) % 2 == 1 { out.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
        return out
    }
}
