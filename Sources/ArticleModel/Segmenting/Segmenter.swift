/// Splits normalised text into paragraphs (blank-line separated) and sentences.
/// Works on UTF-8 bytes in one pass each: linear in the text size.
public enum Segmenter {
    /// The paragraphs (all of kind `body` until the structure stage) and their sentences.
    public static func segment(_ text: [UInt8]) -> (paragraphs: [Paragraph], sentences: [Sentence]) {
        var paragraphs = self.paragraphs(text)
        let sentences = self.sentences(text, &paragraphs)
        return (paragraphs, sentences)
    }

    /// The sentences of every paragraph; each paragraph's `sentences` is set to its own.
    public static func sentences(_ text: [UInt8], _ paragraphs: inout [Paragraph]) -> [Sentence] {
        var sentences: [Sentence] = []
        // At least a sentence a paragraph: a text of one-line paragraphs has exactly that many.
        sentences.reserveCapacity(paragraphs.count)
        for p in paragraphs.indices {
            let first = sentences.count
            for r in sentenceRanges(text, in: paragraphs[p].range) {
                sentences.append(Sentence(index: sentences.count, paragraph: p, range: r))
            }
            paragraphs[p].sentences = first..<sentences.count
        }
        return sentences
    }

    /// The paragraphs, of kind `body` and without sentences (what `Article.paragraphsOnly` shows).
    public static func paragraphs(_ text: [UInt8]) -> [Paragraph] {
        let ranges = paragraphRanges(text)
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(ranges.count)
        for (p, range) in ranges.enumerated() {
            paragraphs.append(Paragraph(index: p, kind: .body, range: range, sentences: 0..<0))
        }
        return paragraphs
    }

    /// Paragraph ranges, trimmed of surrounding whitespace. Paragraphs are separated by blank lines;
    /// a text without any blank line between its lines has its paragraphs recovered from the line
    /// structure (see `lineParagraphs`).
    public static func paragraphRanges(_ s: [UInt8]) -> [TextRange] {
        let lines = lineRanges(s)
        var sawText = false, blankAfterText = false, hasSeparator = false
        for line in lines {
            if line.isEmpty { if sawText { blankAfterText = true } } else {
                if blankAfterText { hasSeparator = true; break }
                sawText = true
            }
        }
        if hasSeparator { return blankSeparated(s, lines) }
        return lineParagraphs(s, lines.filter { !$0.isEmpty })
    }

    /// Each line trimmed of surrounding whitespace, in order, with an empty range for a run of blank lines
    /// (one or a million separate alike, and a range each would cost 16 bytes a line).
    static func lineRanges(_ s: [UInt8]) -> [TextRange] {
        var out: [TextRange] = []
        let n = s.count
        s.withUnsafeBufferPointer { p in
            var lineStart = 0
            while true {
                var i = lineStart
                while i < n, p[i] != UInt8(ascii: "\n") { i += 1 }
                var a = lineStart, b = i
                // Blanks and invisible marks (zero-width space, joiners, word joiner) are trimmed alike: a
                // line of nothing else is blank, and a file of nothing else an empty article.
                while a < b {
                    if isSpace(p[a]) { a += 1 } else if let n = invisibleLength(p, a, b) { a += n } else { break }
                }
                while b > a {
                    if isSpace(p[b - 1]) { b -= 1 } else if b - a >= 3, invisibleLength(p, b - 3, b) == 3 { b -= 3 } else { break }
                }
                if a < b { out.append(TextRange(a, b)) } else if out.last?.isEmpty != true { out.append(TextRange(a, a)) }
                if i == n { break }
                lineStart = i + 1
            }
        }
        return out
    }

    /// The length (3) of an invisible mark at `i` (before `end`): U+200B zero-width space, U+200C/U+200D
    /// zero-width non-joiner and joiner, U+2060 word joiner, U+FEFF; nil for anything else.
    @inline(__always) static func invisibleLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        guard i + 3 <= end else { return nil }
        let (x, y, z) = (p[i], p[i + 1], p[i + 2])
        if x == 0xE2, y == 0x80, z >= 0x8B && z <= 0x8D { return 3 }
        if x == 0xE2, y == 0x81, z == 0xA0 { return 3 }
        if x == 0xEF, y == 0xBB, z == 0xBF { return 3 }
        return nil
    }

    /// Blocks of non-blank lines. A block of eight or more lines goes through `lineParagraphs`.
    /// A shorter block is split into its lines when they are list items
    /// ("• …", "1. …" on every line after the first) or when it is the text's first block and
    /// every line is short (a title, subtitle and byline typed on consecutive lines).
    static func blankSeparated(_ s: [UInt8], _ lines: [TextRange]) -> [TextRange] {
        var result: [TextRange] = []
        var block: [TextRange] = []
        let marksParagraphs = blankLinesMarkParagraphs(lines)
        func flush() {
            guard let first = block.first, let last = block.last else { return }
            defer { block.removeAll(keepingCapacity: true) }
            // A long block (a hard-wrapped body under a title, with no blank lines of its own)
            // has its paragraphs recovered from its line structure.
            if block.count >= 8, !marksParagraphs { result.append(contentsOf: lineParagraphs(s, block, conservative: true)); return }
            if block.count > 1 {
                let listed = block.dropFirst().allSatisfy { ListMarker.length(s, at: $0.start, limit: $0.end) > 0 }
                let heading = result.isEmpty && block.count <= 5 && block.allSatisfy { Bytes.wordCount(s, in: $0) <= 12 && !endsSentence(s, $0) }
                if listed || heading { result.append(contentsOf: block); return }
            }
            result.append(TextRange(first.start, last.end))
        }
        for line in lines {
            if line.isEmpty { flush() } else { block.append(line) }
        }
        flush()
        return result
    }

    /// Whether the blank lines already separate wrapped paragraphs: four or more blocks of three or
    /// more lines each. A long block of such a text is one paragraph, whatever its short lines.
    static func blankLinesMarkParagraphs(_ lines: [TextRange]) -> Bool {
        var wrapped = 0, run = 0
        for line in lines {
            if line.isEmpty {
                if run >= 3 { wrapped += 1; if wrapped >= 4 { return true } }
                run = 0
            } else { run += 1 }
        }
        return wrapped + (run >= 3 ? 1 : 0) >= 4
    }

    /// Whether a line ends with . ! or ? (possibly followed by closing quotes or brackets).
    static func endsSentence(_ s: [UInt8], _ r: TextRange) -> Bool {
        var e = r.end
        while e > r.start, s[e - 1] == UInt8(ascii: "\"") || s[e - 1] == UInt8(ascii: ")") || s[e - 1] == UInt8(ascii: "'") { e -= 1 }
        guard e > r.start else { return false }
        return s[e - 1] == UInt8(ascii: ".") || s[e - 1] == UInt8(ascii: "!") || s[e - 1] == UInt8(ascii: "?")
    }

    /// Paragraphs of a text with no blank lines. When lines are long (> 160 characters) each line is
    /// a paragraph. Otherwise the text is hard-wrapped at a width W (the longest line): a line ends its
    /// paragraph when the next line's first word would have fitted on it (a short last line), when
    /// the next line is indented more than the paragraph's continuation lines, when the next line
    /// starts with a list marker, or when a sentence ends the line and the next opens with "(".
    /// `conservative` takes the longest line as the wrap width (a block inside a text that has blank
    /// lines: better miss a break than split a long wrapped paragraph).
    static func lineParagraphs(_ s: [UInt8], _ lines: [TextRange], conservative: Bool = false) -> [TextRange] {
        guard !lines.isEmpty else { return [] }
        func width(_ r: TextRange) -> Int {
            var n = 0
            for i in r.start..<r.end where s[i] & 0xC0 != 0x80 { n += 1 }
            return n
        }
        func indent(_ r: TextRange) -> Int {
            var k = r.start
            while k > 0, s[k - 1] == UInt8(ascii: " ") { k -= 1 }
            return r.start - k
        }
        let widths = lines.map(width)
        let maxWidth = widths.max() ?? 0
        if maxWidth > 160 || lines.count < 3 { return lines }
        // The wrap width: the largest width that at least 10% of lines come close to (within 8).
        let sorted = widths.sorted()
        let wrap = conservative ? maxWidth : sorted[max(0, Int(Double(sorted.count) * 0.9) - 1)]
        var result: [TextRange] = []
        var start = lines[0].start
        // Whether the first word of line k + 1 would have fitted on line k (a short last line).
        func fits(_ k: Int) -> Bool {
            let next = lines[k + 1]
            let nextWord = Bytes.wordEnd(s, next.start, limit: next.end) - next.start
            var firstWord = next.start
            while firstWord < next.end, !isSpace(s[firstWord]) { firstWord += 1 }
            return widths[k] + 1 + width(TextRange(next.start, max(firstWord, next.start + nextWord))) <= wrap
        }
        for k in 0..<lines.count {
            let line = lines[k]
            guard k + 1 < lines.count else { result.append(TextRange(start, line.end)); break }
            let next = lines[k + 1]
            let indented = indent(next) > indent(line) && indent(next) >= 2
            let list = ListMarker.length(s, at: next.start, limit: next.end) > 0
            // A sentence ends the line and the next opens with a parenthesis: an aside of its own.
            let aside = s[next.start] == UInt8(ascii: "(") && endsSentence(s, line)
            // A short line without a full stop after a finished sentence, the line after it too long to have
            // fitted on it: a heading under a full-width last line (no wrapped paragraph has such a line inside it).
            let heading = k + 2 < lines.count && endsSentence(s, line) && isHeadingLine(s, next) && fits(k + 1)
            if fits(k) || indented || list || aside || heading {
                result.append(TextRange(start, line.end))
                start = next.start
            }
        }
        return result
    }

    /// Up to twelve words, a capital first, no closing full stop, colon or comma.
    static func isHeadingLine(_ s: [UInt8], _ r: TextRange) -> Bool {
        guard r.count > 2, Bytes.isUpper(s[r.start]), Bytes.wordCount(s, in: r) <= 12, !endsSentence(s, r) else { return false }
        let last = s[r.end - 1]
        return last != UInt8(ascii: ":") && last != UInt8(ascii: ",") && last != UInt8(ascii: ";") && last != UInt8(ascii: "-")
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") }

    /// Words after which a period does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "prof", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr",
        "adm", "jr", "sr", "rev", "hon", "vs", "etc", "eg", "ie", "e.g", "i.e", "nos", "vol", "pp",
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
            // Straight to the next . ! or ?
            i = s.withUnsafeBufferPointer { p in
                var k = i
                while k < end, p[k] != UInt8(ascii: "."), p[k] != UInt8(ascii: "!"), p[k] != UInt8(ascii: "?") { k += 1 }
                return k
            }
            guard i < end else { break }
            let b = s[i]
            // Extend over repeated terminators and closing quotes/brackets.
            var j = i + 1
            while j < end {
                if s[j] == UInt8(ascii: ".") || s[j] == UInt8(ascii: "!") || s[j] == UInt8(ascii: "?") || s[j] == UInt8(ascii: "\"") || s[j] == UInt8(ascii: "'") || s[j] == UInt8(ascii: ")") || s[j] == UInt8(ascii: "]") {
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
            if b == UInt8(ascii: "."), !endsSentence(s, periodAt: i, start: start, next: k) { i = j; continue }
            if !startsSentence(s, k) { i = j; continue }
            appendBounded(TextRange(start, j), s, to: &result)
            start = k
            i = k
        }
        if start < end { appendBounded(TextRange(start, end), s, to: &result) }
        return result
    }

    /// No sentence is longer than this: a longer run with no sentence end (5 MB of dots, a dump on one
    /// line) is cut into parts, so that the stages that read a sentence at a time (the recognizer's
    /// tokens) work in bounded memory. Prose never comes near it.
    public static let longestSentence = 1 << 16

    /// `r`, or its parts of at most `longestSentence` bytes, each cut after the last space in its reach
    /// (else after the last whole character) and trimmed of blanks at both ends.
    static func appendBounded(_ r: TextRange, _ s: [UInt8], to result: inout [TextRange]) {
        guard r.count > longestSentence else { result.append(r); return }
        var start = r.start
        while start < r.end {
            var cut = r.end
            if r.end - start > longestSentence {
                let limit = start + longestSentence
                cut = limit
                while cut > start + 1, !isSpace(s[cut - 1]) { cut -= 1 }
                if cut <= start + 1 { // no space: after the last whole character
                    cut = limit
                    while cut > start + 1, s[cut] & 0xC0 == 0x80 { cut -= 1 }
                }
            }
            var e = cut
            while e > start, isSpace(s[e - 1]) { e -= 1 }
            if e > start { result.append(TextRange(start, e)) }
            start = cut
            while start < r.end, isSpace(s[start]) { start += 1 }
        }
    }

    /// Whether the word at `k` can open a sentence: upper case letter, digit, opening quote or bracket,
    /// or any non-ASCII letter (treated as capable).
    static func startsSentence(_ s: [UInt8], _ k: Int) -> Bool {
        let c = s[k]
        if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") { return true }
        if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { return true }
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "(") || c == UInt8(ascii: "[") { return true }
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
        while a > start, !isSpace(s[a - 1]), s[a - 1] != UInt8(ascii: "("), s[a - 1] != UInt8(ascii: "\"") { a -= 1 }
        let word = s[a..<p]
        if word.isEmpty { return true }
        // Decimal: digit.digit never reaches here (no whitespace after the period).
        // Single letter initial: "J. Smith", "U. S."
        if word.count == 1, let c = word.first, c >= UInt8(ascii: "A"), c <= UInt8(ascii: "Z") { return false }
        // No abbreviation or dotted initialism is longer than six bytes.
        if word.count > 6 { return true }
        // Dotted abbreviations such as U.S, e.g, i.e: letters separated by periods.
        let lower = String(decoding: word, as: UTF8.self).lowercased()
        // "No. 5", "p. 12", "para. 3": a reference before a number.
        if Bytes.isDigit(s[next]), lower == "no" || lower == "p" || lower == "para" || lower == "art" || lower == "sec" { return false }
        if abbreviations.contains(lower) {
            // "U.S." at the end of a sentence followed by a capitalised word is ambiguous; keep together
            // unless the next word is a common sentence opener.
            if lower == "u.s" || lower == "u.k" || lower == "etc" { return isOpenerWord(s, next) }
            return false
        }
        if word.count <= 4, word.contains(UInt8(ascii: ".")), word.allSatisfy({ $0 == UInt8(ascii: ".") || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) }) {
            return isOpenerWord(s, next)
        }
        return true
    }

    static let openers: Set<String> = ["The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
                                        "But", "And", "In", "On", "A", "An", "As", "If", "There", "So", "Yet"]

    static func isOpenerWord(_ s: [UInt8], _ k: Int) -> Bool {
        var e = k
        while e < s.count, (s[e] >= UInt8(ascii: "A") && s[e] <= UInt8(ascii: "Z")) || (s[e] >= UInt8(ascii: "a") && s[e] <= UInt8(ascii: "z")) { e += 1 }
        return openers.contains(String(decoding: s[k..<e], as: UTF8.self))
    }
}
