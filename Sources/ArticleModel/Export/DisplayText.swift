/// The one terminal-text policy: which characters must never reach a terminal raw (they could move
/// the cursor, set the title, write the clipboard or reorder the text around them) and what is shown
/// instead. The listings (`sanitize`) and the explorer's screen (`placeholder(for:)`) both use it.
/// ESC is "␛", other C0 controls their Control Pictures ("␇", "␉", "␊"), DEL "␡"; C1 controls, bidi
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the invisible direction
/// marks (U+200E, U+200F, U+061C) are "<U+202E>".
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

    /// What a grapheme cluster is drawn as when it holds an unsafe scalar (its safe scalars first, so the
    /// "e" of "e" + control stays), else nil.
    public static func placeholder(for ch: Character) -> String? {
        guard ch.unicodeScalars.contains(where: isUnsafe) else { return nil }
        var safe = String.UnicodeScalarView(), shown = ""
        for u in ch.unicodeScalars {
            if isUnsafe(u) { shown += placeholder(u) } else { safe.append(u) }
        }
        return String(safe) + shown
    }

    static func needsReplacement(_ u: Unicode.Scalar, keepNewlines: Bool) -> Bool {
        let v = u.value
        if v < 0x20 { return !(keepNewlines && v == 0x0A) }
        if v < 0x7F { return false }
        return v <= 0x9F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// The visible text for an unsafe scalar.
    public static func placeholder(_ u: Unicode.Scalar) -> String {
        let v = u.value
        if v == 0x1B { return "␛" }
        if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
        if v == 0x7F { return "␡" }
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
