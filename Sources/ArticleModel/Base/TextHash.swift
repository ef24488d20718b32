/// FNV-1a hashes of words (their bytes lower-cased) and of phrases (word hashes and separators).
enum TextHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func add(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    /// Combines a phrase hash so far with the next token's hash and the separator before it.
    @inline(__always) static func combine(_ h: UInt64, _ sep: UInt8, _ token: UInt64) -> UInt64 {
        var x = add(h, sep)
        x = (x ^ token) &* 0x9E37_79B9_7F4A_7C15
        return x ^ (x >> 29)
    }
    static func of<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = seed
        for b in bytes { h = add(h, b) }
        return h
    }
}
