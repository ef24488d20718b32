import ArticleModel

/// How many terminal columns a character takes: 2 for East Asian wide and emoji, 0 for combining
/// marks and other zero-width format characters, 1 otherwise. Control characters never reach the
/// terminal: they are measured as the placeholder that replaces them (see `DisplayText`). The explorer
/// and the listings measure with it.
public enum DisplayWidth {
    /// Columns for one grapheme cluster as it will be drawn.
    public static func of(_ ch: Character) -> Int {
        if let ascii = ch.singleByte {
            return ascii >= 0x20 && ascii < 0x7F ? 1 : DisplayText.placeholder(for: ch)?.count ?? 1
        }
        if let p = DisplayText.placeholder(for: ch) { return p.unicodeScalars.count }
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        var w = of(first)
        if w == 1, scalars.contains(where: { $0.value == 0xFE0F }), first.properties.isEmoji { w = 2 }
        return w
    }

    /// Columns for a string drawn cell by cell.
    public static func of(_ s: some StringProtocol) -> Int {
        var n = 0
        for ch in s { n += of(ch) }
        return n
    }

    /// Columns for one scalar.
    public static func of(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF { return 0 }
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(v) { return 2 }
        if u.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension Character {
    /// The byte of a one-byte (ASCII) character, else nil. (`asciiValue` compares the character with
    /// "\r\n" first, which normalises it: on a cluster of thousands of combining marks, every frame.)
    @inline(__always) var singleByte: UInt8? {
        let u = utf8
        return u.count == 1 ? u.first : nil
    }
}
