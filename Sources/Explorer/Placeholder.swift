/// Characters that must never reach a terminal raw (they could move the cursor, set the title,
/// write the clipboard or reorder text) and the visible text shown instead.
public enum Placeholder {
    /// The replacement for a character, or nil when it can be drawn as it is.
    /// C0 controls and DEL in caret notation (ESC is `^[`), C1 controls and bidi controls as `<U+XXXX>`.
    public static func of(_ ch: Character) -> String? {
        var out: String? = nil
        for u in ch.unicodeScalars {
            if let r = of(u) {
                out = (out ?? "") + r
            }
        }
        guard let found = out else { return nil }
        // Keep whatever printable part the cluster had (e.g. "e" of "e" + control).
        let rest = String(String.UnicodeScalarView(ch.unicodeScalars.filter { of($0) == nil }))
        return rest + found
    }

    public static func of(_ u: Unicode.Scalar) -> String? {
        let v = u.value
        switch v {
        case 0x09: return " "
        case 0x00..<0x20: return "^" + String(UnicodeScalar(UInt8(v + 0x40)))
        case 0x7F: return "^?"
        case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            return "<U+" + hex4(v) + ">"
        default: return nil
        }
    }

    static func hex4(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
