/// Superscript footnote markers ("…in 1816.¹⁷") and the numbered notes they point to
/// ("17 Journal of the Patent Office Society, …").
enum FootnoteMarkers {
    /// Notes that start with a bare number, by that number (the first note with each number).
    static func numberedNotes(_ s: [UInt8], _ paragraphs: [Paragraph]) -> [Int: Int] {
        var notes: [Int: Int] = [:]
        for p in paragraphs where p.kind == .note && LayoutRules.isNumberedNote(s, p.range) {
            var k = p.range.start, number = 0
            while k < p.range.end, Bytes.isDigit(s[k]) { number = number * 10 + Int(s[k] - UInt8(ascii: "0")); k += 1 }
            if notes[number] == nil { notes[number] = p.index }
        }
        return notes
    }

    /// The superscript digit at `i` and its length in bytes, else nil.
    static func digit(_ s: [UInt8], at i: Int, limit: Int) -> (value: Int, length: Int)? {
        guard i + 1 < limit else { return nil }
        if s[i] == 0xC2 {
            switch s[i + 1] { case 0xB9: return (1, 2); case 0xB2: return (2, 2); case 0xB3: return (3, 2); default: return nil }
        }
        guard s[i] == 0xE2, i + 2 < limit, s[i + 1] == 0x81 else { return nil }
        let b = s[i + 2]
        if b == 0xB0 { return (0, 3) }
        return (0xB4...0xB9).contains(b) ? (Int(b - 0xB0), 3) : nil
    }

    /// A maximal run of superscript digits starting at `i`, attached to the text before it: its
    /// range and number.
    static func marker(_ s: [UInt8], at i: Int, in r: TextRange) -> (range: TextRange, number: Int)? {
        guard i > r.start, !Bytes.isSpace(s[i - 1]), digit(s, at: i, limit: r.end) != nil else { return nil }
        // Not inside a run ("¹" of "²¹").
        if i >= r.start + 2, digit(s, at: i - 2, limit: r.end) != nil { return nil }
        if i >= r.start + 3, digit(s, at: i - 3, limit: r.end) != nil { return nil }
        var k = i, number = 0, digits = 0
        while let d = digit(s, at: k, limit: r.end), digits < 4 { number = number * 10 + d.value; k += d.length; digits += 1 }
        return (TextRange(i, k), number)
    }

    /// Endnotes without a heading over them: the last paragraphs of the text (before any closing
    /// asides), each starting with a bare number ("1 Not published.", "2. Ibid., p. 4"), numbered one
    /// up in reading order, when the text before them holds a marker for every number ("[1]", "¹").
    /// Their indices, else none.
    static func trailingNotes(_ s: [UInt8], _ ranges: ParagraphRanges, _ kinds: [ParagraphKind]) -> [Int] {
        var p = ranges.count - 1
        while p > 0, kinds[p] == .aside || kinds[p] == .caption { p -= 1 }
        var run: [(index: Int, number: Int)] = []
        while p > 0, [.body, .listItem, .note].contains(kinds[p]), LayoutRules.isNumberedNote(s, ranges[p]) {
            let r = ranges[p]
            var k = r.start, number = 0
            while k < r.end, Bytes.isDigit(s[k]) { number = number * 10 + Int(s[k] - UInt8(ascii: "0")); k += 1 }
            if let next = run.last, number != next.number - 1 { break }
            run.append((p, number))
            p -= 1
        }
        guard let first = run.last, first.index > 0 else { return [] }
        let before = TextRange(0, ranges[first.index].start)
        for (_, number) in run where !hasMarker(s, number, in: before) { return [] }
        return run.reversed().map(\.index)
    }

    /// Whether `r` holds a marker for note `number`: "[12]" or superscript "¹²" after a word.
    static func hasMarker(_ s: [UInt8], _ number: Int, in r: TextRange) -> Bool {
        if Bytes.find(s, Array("[\(number)]".utf8), in: r) != nil { return true }
        let digits: [[UInt8]] = [[0xE2, 0x81, 0xB0], [0xC2, 0xB9], [0xC2, 0xB2], [0xC2, 0xB3]]
            + (4...9).map { [0xE2, 0x81, 0xB0 + UInt8($0)] }
        let superscript = String(number).utf8.flatMap { digits[Int($0 - UInt8(ascii: "0"))] }
        var from = r.start
        while from < r.end, let at = Bytes.find(s, superscript, in: TextRange(from, r.end)) {
            if marker(s, at: at, in: r)?.number == number { return true }
            from = at + 1
        }
        return false
    }

    /// A closing note led by one star ("*Not published.", "* Not printed.") under the running text,
    /// when the text before it marks a word with a star ("… the memorandum* …"): its index, else nil.
    static func starNote(_ s: [UInt8], _ ranges: ParagraphRanges, _ kinds: [ParagraphKind]) -> Int? {
        var p = ranges.count - 1
        while p > 1, kinds[p] == .aside || kinds[p] == .caption { p -= 1 }
        let r = ranges[p]
        guard p > 1, r.count > 3, s[r.start] == UInt8(ascii: "*"), s[r.start + 1] != UInt8(ascii: "*"),
              ranges[p - 1].count > 0, s[ranges[p - 1].start] != UInt8(ascii: "*") else { return nil }
        var marked = false
        Bytes.forEach(UInt8(ascii: "*"), in: s, TextRange(0, ranges[p - 1].end)) { if !marked, isStar(s, at: $0, limit: r.start) { marked = true } }
        return marked ? p : nil
    }

    /// A star marker at `i`: right after a word or a closing mark, and not before another word character or star.
    static func isStar(_ s: [UInt8], at i: Int, limit: Int) -> Bool {
        guard s[i] == UInt8(ascii: "*"), i > 0, !Bytes.isSpace(s[i - 1]), s[i - 1] != UInt8(ascii: "*") else { return false }
        return i + 1 >= limit || !(Bytes.isASCIILetter(s[i + 1]) || Bytes.isDigit(s[i + 1]) || s[i + 1] == UInt8(ascii: "*"))
    }
}
