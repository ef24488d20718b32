/// Word wrapping by display width. Lines break at spaces and on either side of a wide (CJK)
/// character, which needs no space to break; a word longer than the width is cut.
/// Newlines inside a paragraph (hard-wrapped source text) count as spaces.
public enum Wrap {
    /// Byte ranges (relative to the start of `text`) of each line, without the spaces at breaks.
    public static func lines(_ text: String, width: Int) -> [Range<Int>] {
        var breaker = LineBreaker(width: width)
        var pos = 0
        for ch in text {
            let n = ch.utf8.count
            if ch == " " || ch == "\n" || ch == "\t" { breaker.space(pos, n) } else { breaker.glyph(pos, n, DisplayWidth.of(ch)) }
            pos += n
        }
        return breaker.finish()
    }

    /// The same for a paragraph's bytes. A byte loop handles text whose characters are all one
    /// column and one scalar each (ASCII, Latin, general punctuation such as ’ “ — …), about ten
    /// times faster; anything else (wide, combining, emoji, controls) takes the character loop.
    public static func lines(_ bytes: ArraySlice<UInt8>, width: Int) -> [Range<Int>] {
        var breaker = LineBreaker(width: width)
        var pos = 0
        let base = bytes.startIndex
        let count = bytes.count
        while pos < count {
            let b = bytes[base + pos]
            if b == 0x20 || b == 0x0A || b == 0x09 { breaker.space(pos, 1); pos += 1; continue }
            let n = simpleCharacterLength(bytes, base + pos, b)
            if n == 0 { return lines(String(decoding: bytes, as: UTF8.self), width: width) }
            breaker.glyph(pos, n, 1)
            pos += n
        }
        return breaker.finish()
    }

    /// Byte length of a one-column, one-scalar character starting at `i` whose next character
    /// cannot join it (no combining mark or variation selector follows), or 0.
    @inline(__always)
    static func simpleCharacterLength(_ bytes: ArraySlice<UInt8>, _ i: Int, _ b: UInt8) -> Int {
        var n = 0
        var v: UInt32 = 0
        if b >= 0x21 && b < 0x7F { n = 1; v = UInt32(b) }
        else if b & 0xE0 == 0xC0, i + 1 < bytes.endIndex {
            n = 2; v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            guard v >= 0xA0, v != 0xAD else { return 0 }
        } else if b & 0xF0 == 0xE0, i + 2 < bytes.endIndex {
            n = 3; v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            guard (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E) || v == 0x20AC else { return 0 }
        } else {
            return 0
        }
        // A following combining mark (U+0300…), ZWJ or variation selector would join this character.
        let next = i + n
        if next < bytes.endIndex {
            let c = bytes[next]
            if c == 0xCC || c == 0xCD || c == 0xE2 && next + 1 < bytes.endIndex && bytes[next + 1] == 0x80 && next + 2 < bytes.endIndex && bytes[next + 2] == 0x8D { return 0 }
            if c == 0xEF && next + 1 < bytes.endIndex && bytes[next + 1] == 0xB8 { return 0 }
        }
        return n
    }
}

/// Greedy line breaking fed one character at a time (byte position, byte length, columns).
struct LineBreaker {
    let width: Int
    var result: [Range<Int>] = []
    var lineStart = 0, lineWidth = 0
    var wordEnd = -1          // end of the last word before a break opportunity
    var breakAfter = 0        // where the next line starts if we break there
    var widthAtBreak = 0
    var lastNonSpace = 0      // end of the last non-space character on the line
    var previousWasSpace = false
    var previousWasWide = false

    init(width: Int) { self.width = max(1, width) }

    mutating func space(_ pos: Int, _ n: Int) {
        if pos == lineStart { lineStart = pos + n; return }
        if !previousWasSpace { wordEnd = pos }
        previousWasSpace = true
        lineWidth += 1
        breakAfter = pos + n
        widthAtBreak = lineWidth
    }

    mutating func glyph(_ pos: Int, _ n: Int, _ w: Int) {
        // Wide characters need no space to break on either side.
        if w == 2 || previousWasWide, !previousWasSpace, pos > lineStart {
            wordEnd = pos; breakAfter = pos; widthAtBreak = lineWidth
        }
        previousWasSpace = false
        previousWasWide = w == 2
        if lineWidth + w > width, lineWidth > 0 {
            if wordEnd > lineStart {
                result.append(lineStart..<wordEnd)
                lineStart = breakAfter
                lineWidth -= widthAtBreak
            } else {
                result.append(lineStart..<pos)
                lineStart = pos
                lineWidth = 0
            }
            wordEnd = -1
        }
        lineWidth += w
        lastNonSpace = pos + n
    }

    mutating func finish() -> [Range<Int>] {
        if lastNonSpace > lineStart { result.append(lineStart..<lastNonSpace) }
        if result.isEmpty { result.append(0..<0) }
        return result
    }
}
