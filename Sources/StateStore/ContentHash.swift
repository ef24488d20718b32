/// The key an article is remembered by: a 64-bit hash of its text, as 16 hex digits. The same text has
/// the same key wherever the file is moved; a changed text is a new article.
///
/// FNV-1a's idea taken eight bytes at a time (xor a little-endian word, multiply, fold the high bits
/// down), then a final mix: a 100 MB text hashes in about 40 ms. The value is fixed by this code alone,
/// so it is the same on every machine and run.
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> String {
        let prime: UInt64 = 0x9e37_79b9_7f4a_7c15
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
                h = (h ^ w) &* prime
                h ^= h >> 29
            }
            for b in raw[(words * 8)...] {
                h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
            }
        }
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
