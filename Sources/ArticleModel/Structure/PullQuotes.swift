/// Pull quotes: a standalone paragraph half as long as those around it or less that repeats a sentence of the body near it
/// (eight paragraphs either side) ("The
/// river is the town's memory." set off between paragraphs, the same words inside one of them).
/// They are asides: the words are read where the body has them.
enum PullQuotes {
    /// How far (in paragraphs) the repeated sentence is looked for, either side.
    static let reach = 8

    static func find(_ table: ParagraphTable) -> [Int] {
        let s = table.text, ranges = table.ranges, shapes = table.shapes, kinds = table.kinds
        var out: [Int] = []
        for p in 1..<max(1, table.count - 1) where kinds[p] == .body || kinds[p] == .quote {
            let sh = shapes[p]
            // Set off between longer paragraphs of running text.
            guard (5...30).contains(sh.words), kinds[p - 1] == .body, shapes[p - 1].words >= 2 * sh.words,
                  kinds[p + 1] == .body || kinds[p + 1] == .quote, shapes[p + 1].words >= 2 * sh.words else { continue }
            let needle = s[inner(s, ranges[p])].map(Bytes.lower)
            guard needle.count >= 24 else { continue }
            let near = max(0, p - reach)...min(table.count - 1, p + reach)
            if near.contains(where: { $0 != p && kinds[$0] == .body && Bytes.find(s, needle, in: ranges[$0]) != nil }) { out.append(p) }
        }
        return out
    }

    /// The paragraph without its opening and closing quotation marks and final punctuation, at most 60 bytes.
    static func inner(_ s: [UInt8], _ r: TextRange) -> Range<Int> {
        var a = r.start, b = r.end
        a += Bytes.openingQuoteLength(s, a, limit: b)
        while b > a, s[b - 1] == UInt8(ascii: ".") || s[b - 1] == UInt8(ascii: "\"") || s[b - 1] == UInt8(ascii: "!") || s[b - 1] == UInt8(ascii: "?") { b -= 1 }
        // A closing curly quote (three bytes) and a full stop before it.
        if b - a >= 3, s[b - 3] == 0xE2, s[b - 2] == 0x80, s[b - 1] == 0x9D { b -= 3 }
        while b > a, s[b - 1] == UInt8(ascii: ".") { b -= 1 }
        return a..<min(b, a + 60)
    }
}
