/// Text made safe to show on a terminal: control characters and bidi overrides never pass
/// through raw. ESC becomes "␛", other C0 controls their Control Pictures ("␇"), DEL "␡",
/// C1 controls and bidi embeddings/overrides/isolates (U+202A–U+202E, U+2066–U+2069) "<U+202E>".
public enum DisplayText {
    /// - Parameter keepNewlines: keep "\n" as is (for multi-line output); otherwise it becomes "␊".
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        // Fast path: nothing to replace.
        if !text.unicodeScalars.contains(where: { needsReplacement($0, keepNewlines: keepNewlines) }) { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            guard needsReplacement(u, keepNewlines: keepNewlines) else { out.append(u); continue }
            out.append(contentsOf: placeholder(u).unicodeScalars)
        }
        return String(out)
    }

    /// Whether a scalar must not be written raw to a terminal.
    public static func isUnsafe(_ u: Unicode.Scalar) -> Bool { needsReplacement(u, keepNewlines: false) }

    static func needsReplacement(_ u: Unicode.Scalar, keepNewlines: Bool) -> Bool {
        let v = u.value
        if v < 0x20 { return !(keepNewlines && v == 0x0A) }
        return v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    static func placeholder(_ u: Unicode.Scalar) -> String {
        let v = u.value
        if v == 0x1B { return "␛" }
        if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
        if v == 0x7F { return "␡" }
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
