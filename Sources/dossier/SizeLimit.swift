/// The most input Dossier reads (`--max-size`): a regular file over it is refused before it is read
/// (its size is known), a stream once it has sent that much.
///
/// The model keeps text offsets in 32 bits and lengths in signed 32 bits, and normalising can triple
/// a text (an invalid byte becomes the three bytes of U+FFFD), so the flag stops at 512 MiB: every text
/// it lets through stays under 2 GiB. The default leaves room for the model (about 4× the text).
struct SizeLimit: Sendable {
    var bytes: Int

    static let standard = SizeLimit(bytes: 256 << 20)
    static let ceiling = SizeLimit(bytes: 512 << 20)

    init(bytes: Int) { self.bytes = bytes }

    /// A count of bytes, with an optional 1024-based unit: 300000, 64K, 300M, 1G (also KiB, MB …).
    init?(argument: String) {
        var digits = Substring(argument.lowercased())
        for suffix in ["ib", "b"] where digits.hasSuffix(suffix) && digits.count > suffix.count {
            digits = digits.dropLast(suffix.count)
            break
        }
        var shift = 0
        if let unit = digits.last, let k = ["k": 10, "m": 20, "g": 30][String(unit)] { shift = k; digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int(digits), n >= 0,
              n <= Int.max >> shift else { return nil }
        bytes = n << shift
    }

    /// "256 MiB", "6.5 GiB", "900 bytes".
    static func describe(_ n: Int) -> String {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where n >= 1 << shift {
            if n % (1 << shift) == 0 { return "\(n >> shift) \(unit)" }
            let tenths = (n * 10 + (1 << shift) / 2) >> shift
            return "\(tenths / 10).\(tenths % 10) \(unit)"
        }
        return n == 1 ? "1 byte" : "\(n) bytes"
    }
}
