/// Splits normalised text into paragraphs (blank-line separated) and sentences.
/// Works on UTF-8 bytes in one pass each: linear in the text size.
public enum Segmenter {
    /// Paragraph ranges: runs of non-blank lines, trimmed of surrounding whitespace.
    public static func paragraphRanges(_ s: [UInt8]) -> [TextRange] {
        var result: [TextRange] = []
        var lineStart = 0
        var paraStart = -1, paraEnd = -1
        let n = s.count
        var i = 0
        while i <= n {
            if i == n || s[i] == 0x0A {
                // line is s[lineStart..<i]
                var a = lineStart, b = i
                while a < b, isSpace(s[a]) { a += 1 }
                while b > a, isSpace(s[b - 1]) { b -= 1 }
                if a == b {
                    if paraStart >= 0 { result.append(TextRange(paraStart, paraEnd)); paraStart = -1 }
                } else {
                    if paraStart < 0 { paraStart = a }
                    paraEnd = b
                }
                lineStart = i + 1
            }
            i += 1
        }
        if paraStart >= 0 { result.append(TextRange(paraStart, paraEnd)) }
        return result
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// Words after which a period does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "prof", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr",
        "adm", "jr", "sr", "rev", "hon", "vs", "etc", "eg", "ie", "e.g", "i.e", "no", "nos", "vol", "pp", "p",
        "fig", "approx", "inc", "ltd", "co", "corp", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "a.m", "p.m", "cf", "al", "op", "ed",
    ]

    /// Sentence ranges inside `range`: split after . ! ? (with closing quotes and brackets kept)
    /// when the next word starts a sentence; not after abbreviations, initials or decimals.
    public static func sentenceRanges(_ s: [UInt8], in range: TextRange) -> [TextRange] {
        var result: [TextRange] = []
        var start = range.start
        var i = range.start
        let end = range.end
        while i < end {
            let b = s[i]
            guard b == 0x2E || b == 0x21 || b == 0x3F else { i += 1; continue }
            // Extend over repeated terminators and closing quotes/brackets.
            var j = i + 1
            while j < end {
                if s[j] == 0x2E || s[j] == 0x21 || s[j] == 0x3F || s[j] == 0x22 || s[j] == 0x27 || s[j] == 0x29 || s[j] == 0x5D {
                    j += 1
                } else if j + 2 < end, s[j] == 0xE2, s[j + 1] == 0x80, s[j + 2] == 0x9D || s[j + 2] == 0x99 || s[j + 2] == 0xA6 {
                    j += 3 // ” ’ …
                } else { break }
            }
            // Must be followed by whitespace.
            guard j < end, isSpace(s[j]) else { i = j; continue }
            var k = j
            while k < end, isSpace(s[k]) { k += 1 }
            guard k < end else { break }
            if b == 0x2E, !endsSentence(s, periodAt: i, start: start, next: k) { i = j; continue }
            if !startsSentence(s, k) { i = j; continue }
            result.append(TextRange(start, j))
            start = k
            i = k
        }
        if start < end { result.append(TextRange(start, end)) }
        return result
    }

    /// Whether the word at `k` can open a sentence: upper case letter, digit, opening quote or bracket,
    /// or any non-ASCII letter (treated as capable).
    static func startsSentence(_ s: [UInt8], _ k: Int) -> Bool {
        let c = s[k]
        if c >= 0x41 && c <= 0x5A { return true }
        if c >= 0x30 && c <= 0x39 { return true }
        if c == 0x22 || c == 0x27 || c == 0x28 || c == 0x5B { return true }
        if c >= 0xC0 {
            // “ ‘ (E2 80 9C / 98) open quotes; other multi-byte letters: assume capital unless it is a lowercase Latin-1 letter.
            if c == 0xE2 { return k + 2 < s.count && s[k + 1] == 0x80 && (s[k + 2] == 0x9C || s[k + 2] == 0x98) }
            if c == 0xC3, k + 1 < s.count { return s[k + 1] < 0x9F }
            return true
        }
        return false
    }

    /// Whether the period at `p` ends a sentence given the word before it.
    static func endsSentence(_ s: [UInt8], periodAt p: Int, start: Int, next: Int) -> Bool {
        // Word before the period.
        var a = p
        while a > start, !isSpace(s[a - 1]), s[a - 1] != 0x28, s[a - 1] != 0x22 { a -= 1 }
        let word = s[a..<p]
        if word.isEmpty { return true }
        // Decimal: digit.digit never reaches here (no whitespace after the period).
        // Single letter initial: "J. Smith", "U. S."
        if word.count == 1, let c = word.first, c >= 0x41, c <= 0x5A { return false }
        // Dotted abbreviations such as U.S, e.g, i.e: letters separated by periods.
        let lower = String(decoding: word.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 32 : $0 }, as: UTF8.self)
        if abbreviations.contains(lower) {
            // "U.S." at the end of a sentence followed by a capitalised word is ambiguous; keep together
            // unless the next word is a common sentence opener.
            if lower == "u.s" || lower == "u.k" || lower == "etc" { return isOpenerWord(s, next) }
            return false
        }
        if word.count <= 4, word.contains(0x2E), word.allSatisfy({ $0 == 0x2E || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) {
            return isOpenerWord(s, next)
        }
        return true
    }

    static let openers: Set<String> = ["The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
                                        "But", "And", "In", "On", "A", "An", "As", "If", "There", "So", "Yet"]

    static func isOpenerWord(_ s: [UInt8], _ k: Int) -> Bool {
        var e = k
        while e < s.count, (s[e] >= 0x41 && s[e] <= 0x5A) || (s[e] >= 0x61 && s[e] <= 0x7A) { e += 1 }
        return openers.contains(String(decoding: s[k..<e], as: UTF8.self))
    }
}
