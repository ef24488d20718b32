/// Quotation marks of the families other than English “ ” and ": « » (French), » « (German),
/// „ “ (German, Polish), ‹ › and › ‹, and English single ‘ ’ (whose closing mark is also the
/// apostrophe: before a letter, as in "don’t", it closes nothing), and the typewriter's ' ' (one mark for both: it
/// opens at the start of a word and closes at the end of one). A paragraph opening with one of these is measured with its
/// own family, since „ closes with “, which English text uses to open.
struct QuoteMarks: Equatable {
    /// The opening and closing mark (UTF-8) of one family.
    let open: [UInt8], close: [UInt8]
    /// The closing mark is also an apostrophe.
    var apostrophe = false

    static let guillemets = QuoteMarks(open: [0xC2, 0xAB], close: [0xC2, 0xBB])
    static let reversedGuillemets = QuoteMarks(open: [0xC2, 0xBB], close: [0xC2, 0xAB])
    static let low = QuoteMarks(open: [0xE2, 0x80, 0x9E], close: [0xE2, 0x80, 0x9C])
    static let single = QuoteMarks(open: [0xE2, 0x80, 0xB9], close: [0xE2, 0x80, 0xBA])
    static let reversedSingle = QuoteMarks(open: [0xE2, 0x80, 0xBA], close: [0xE2, 0x80, 0xB9])
    static let englishSingle = QuoteMarks(open: [0xE2, 0x80, 0x98], close: [0xE2, 0x80, 0x99], apostrophe: true)
    static let straightSingle = QuoteMarks(open: [0x27], close: [0x27], apostrophe: true)
    static let families = [guillemets, reversedGuillemets, low, single, reversedSingle, englishSingle, straightSingle]

    /// What the quotation code needs of one paragraph: whether it opens with the mark, opening minus
    /// closing marks, and whether it ends with a closing mark (past a full stop or a note marker).
    struct Measure {
        var opens = false, balance = 0, endsClosed = false
    }

    /// The family whose opening mark starts the paragraph, if any.
    /// ("'Tis …", "'90s": a typewriter mark opens a quotation only before a capital.)
    static func family(opening s: [UInt8], _ r: TextRange) -> QuoteMarks? {
        families.first { has($0.open, s, r.start, r.end) && ($0 != straightSingle || r.start + 2 < r.end && Bytes.isUpper(s[r.start + 1]) && Bytes.isLower(s[r.start + 2])) }
    }

    func measure(_ s: [UInt8], _ r: TextRange) -> Measure {
        var m = Measure()
        m.opens = QuoteMarks.has(open, s, r.start, r.end)
        var i = r.start, lastClose = -1
        while i < r.end {
            if opens(s, i, r) { m.balance += 1; i += open.count; continue }
            if closes(s, i, r.end) { m.balance -= 1; i += close.count; lastClose = i; continue }
            i += 1
        }
        m.endsClosed = lastClose >= 0 && r.end - lastClose < 8
        return m
    }

    /// Whether the quotation opened at the paragraph's start closes with more than a few words still to come.
    func closesEarly(_ s: [UInt8], _ r: TextRange) -> Bool {
        var i = r.start + open.count
        while i < r.end {
            if closes(s, i, r.end) { return Bytes.wordCount(s, in: TextRange(i + close.count, r.end)) > 3 }
            i += 1
        }
        return false
    }

    /// An opening mark at `i`; where one mark opens and closes, only at the start of a word.
    private func opens(_ s: [UInt8], _ i: Int, _ r: TextRange) -> Bool {
        guard QuoteMarks.has(open, s, i, r.end) else { return false }
        return open != close || (i == r.start || Bytes.isSpace(s[i - 1]) || s[i - 1] == UInt8(ascii: "(")) && i + 1 < r.end && !Bytes.isSpace(s[i + 1])
    }

    /// A closing mark at `i` (an apostrophe before a letter is none, nor one mark for both after a space).
    private func closes(_ s: [UInt8], _ i: Int, _ end: Int) -> Bool {
        QuoteMarks.has(close, s, i, end) && !(apostrophe && i + close.count < end && Bytes.isASCIILetter(s[i + close.count]))
            && !(open == close && i > 0 && Bytes.isSpace(s[i - 1]))
    }

    private static func has(_ mark: [UInt8], _ s: [UInt8], _ i: Int, _ end: Int) -> Bool {
        guard i + mark.count <= end else { return false }
        for k in 0..<mark.count where s[i + k] != mark[k] { return false }
        return true
    }
}
