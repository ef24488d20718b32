/// Word wrapping by display width. Lines break at spaces and on either side of a wide (CJK)
/// character, which needs no space to break; a word longer than the width is cut.
/// Newlines inside a paragraph (hard-wrapped source text) count as spaces.
public enum Wrap {
    /// Byte ranges (relative to the start of `text`) of each line, without the spaces at breaks.
    public static func lines(_ text: String, width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var result: [Range<Int>] = []
        var lineStart = 0, lineWidth = 0, pos = 0
        var wordEnd = -1          // end of the last word before a break opportunity
        var breakAfter = 0        // where the next line starts if we break there
        var widthAtBreak = 0
        var lastNonSpace = 0      // end of the last non-space character on the line
        var previousWasSpace = false
        var previousWasWide = false
        for ch in text {
            let n = ch.utf8.count
            if ch == " " || ch == "\n" || ch == "\t" {
                if pos == lineStart { lineStart = pos + n; pos += n; continue }
                if !previousWasSpace { wordEnd = pos }
                previousWasSpace = true
                pos += n
                lineWidth += 1
                breakAfter = pos; widthAtBreak = lineWidth
                continue
            }
            let w = DisplayWidth.of(ch)
            if (w == 2 || previousWasWide), !previousWasSpace, pos > lineStart {
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
            pos += n
            lastNonSpace = pos
        }
        if lastNonSpace > lineStart { result.append(lineStart..<lastNonSpace) }
        if result.isEmpty { result.append(0..<0) }
        return result
    }
}
