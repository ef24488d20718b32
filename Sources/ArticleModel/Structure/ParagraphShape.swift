/// Surface features of one paragraph, measured once and shared by the classifier, the quote and
/// annotation finders and the sectioner.
///
/// A long text has one shape per paragraph (a million for a million one-line paragraphs), all held
/// through the structure stage, so the fields are stored narrow: counts in 32 bits, short lengths
/// in a byte, the yes/no features as bits of one word (20 bytes a shape).
struct ParagraphShape: Sendable {
    @NarrowInt var words: Int = 0
    /// Bracket depth change over the paragraph (+ opens more than it closes).
    @NarrowInt var parenthesisBalance: Int = 0
    /// Number of opening minus closing double quotes (curly or straight, straight counted as toggles).
    @NarrowInt var quoteBalance: Int = 0
    private var flags: UInt16 = 0
    /// Length of a list marker ("1. ", "• "), 0 when none; markers are a few bytes long.
    @ByteInt var listMarker: Int = 0
    /// Length of an upper-case speaker label ("PRESIDENT BIDEN: ", "Q "), 0 when none (at most 61 bytes).
    @ByteInt var speakerLabel: Int = 0
    /// Capitalised words among the first eight, and how many words were looked at.
    private var capitalised: UInt8 = 0
    private var counted: UInt8 = 0
    var firstByte: UInt8 = 0

    /// Share of words (of the first eight) that are capitalised.
    var capitalisedShare: Double { counted == 0 ? 0 : Double(capitalised) / Double(counted) }

    private func flag(_ bit: UInt16) -> Bool { flags & bit != 0 }
    private mutating func set(_ bit: UInt16, _ on: Bool) { if on { flags |= bit } else { flags &= ~bit } }

    /// Last byte that is not a closing quote or bracket.
    var endsWithTerminal: Bool { get { flag(1 << 0) } set { set(1 << 0, newValue) } }   // . ! ? …
    var endsWithColon: Bool { get { flag(1 << 1) } set { set(1 << 1, newValue) } }
    var endsWithComma: Bool { get { flag(1 << 2) } set { set(1 << 2, newValue) } }      // , ; – —
    var hasComma: Bool { get { flag(1 << 3) } set { set(1 << 3, newValue) } }
    /// Starts with "(" and the bracket is still open at the end of the paragraph.
    var opensParenthesis: Bool { get { flag(1 << 4) } set { set(1 << 4, newValue) } }
    /// The whole paragraph is one parenthesised group: "( … )" or "( … )."
    var wholeParenthesis: Bool { get { flag(1 << 5) } set { set(1 << 5, newValue) } }
    /// Consists only of parenthesised groups: "(Speaks Ukrainian.) (No translation provided.)"
    var onlyParentheses: Bool { get { flag(1 << 6) } set { set(1 << 6, newValue) } }
    /// Ends with ")" (optionally followed by "." or a quote).
    var closesParenthesis: Bool { get { flag(1 << 7) } set { set(1 << 7, newValue) } }
    var opensQuote: Bool { get { flag(1 << 8) } set { set(1 << 8, newValue) } }
    var endsWithClosingQuote: Bool { get { flag(1 << 9) } set { set(1 << 9, newValue) } }

    init(_ s: [UInt8], _ r: TextRange) {
        let closeAt = measureEnding(s, r)
        let body = ParagraphShape.scan(s, r)
        words = body.words
        hasComma = body.comma
        parenthesisBalance = body.depth
        let starts = r.count > 0 && s[r.start] == UInt8(ascii: "(")
        opensParenthesis = starts && body.depth > 0
        // Whole paragraph in one group: depth never returns to 0 before the final ")".
        wholeParenthesis = starts && closesParenthesis && body.depth == 0 && ParagraphShape.isOneGroup(s, r.start, closeAt)
        onlyParentheses = starts && body.depth == 0 && !body.outside && body.groups >= 1
        listMarker = ListMarker.length(s, at: r.start, limit: r.end)
        speakerLabel = ParagraphShape.speakerLabelLength(s, r)
        opensQuote = r.count > 0 && (Bytes.openingQuoteLength(s, r.start, limit: r.end) > 0)
        quoteBalance = body.quotes + (body.straight % 2 == 1 ? (opensQuote && s[r.start] == UInt8(ascii: "\"") ? 1 : -1) : 0)
        firstByte = r.count > 0 ? s[r.start] : 0
        measureCapitals(s, r)
    }

    /// The features of how the paragraph ends (past closing brackets, quotes and footnote markers);
    /// returns where a closing ")" is (before a final ".").
    private mutating func measureEnding(_ s: [UInt8], _ r: TextRange) -> Int {
        var e = r.end
        var sawQuote = false
        while e > r.start {
            // Superscript footnote markers "¹⁷" at the end.
            if e - 2 > r.start, s[e - 2] == 0xC2, s[e - 1] == 0xB9 || s[e - 1] == 0xB2 || s[e - 1] == 0xB3 { e -= 2; continue }
            if e - 3 > r.start, s[e - 3] == 0xE2, s[e - 2] == 0x81, s[e - 1] == 0xB0 || (0xB4...0xB9).contains(s[e - 1]) { e -= 3; continue }
            // Footnote markers "[12]" at the end.
            if s[e - 1] == UInt8(ascii: "]") {
                var k = e - 2
                while k > r.start, Bytes.isDigit(s[k]) { k -= 1 }
                if k < e - 2, k >= r.start, s[k] == UInt8(ascii: "[") { e = k; continue }
            }
            // Strip closing brackets and quotes (one-byte or three-byte) from the end.
            if s[e - 1] == UInt8(ascii: ")") || s[e - 1] == UInt8(ascii: "]") { e -= 1; continue }
            if s[e - 1] == UInt8(ascii: "\"") || s[e - 1] == UInt8(ascii: "'") { sawQuote = true; e -= 1; continue }
            if e - 3 >= r.start, s[e - 3] == 0xE2, s[e - 2] == 0x80, s[e - 1] == 0x9D || s[e - 1] == 0x99 { sawQuote = true; e -= 3; continue }
            break
        }
        var last: UInt8 = 0
        if e > r.start { last = s[e - 1] }
        let ellipsis = e - 3 >= r.start && s[e - 3] == 0xE2 && s[e - 2] == 0x80 && s[e - 1] == 0xA6
        endsWithTerminal = last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") || ellipsis
        endsWithColon = last == UInt8(ascii: ":")
        endsWithComma = last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
        endsWithClosingQuote = sawQuote
        // Closes with ")", possibly followed by ".": the raw end.
        var t = r.end
        if t > r.start, s[t - 1] == UInt8(ascii: ".") { t -= 1 }
        closesParenthesis = t > r.start && s[t - 1] == UInt8(ascii: ")")
        return t - 1
    }

    /// What one pass over the bytes counts: words, bracket depth and top-level groups, text outside
    /// brackets, commas, curly quotes (opening minus closing) and straight quotes.
    private struct Scan {
        var words = 0, depth = 0, groups = 0, quotes = 0, straight = 0
        var comma = false, outside = false
    }

    private static func scan(_ s: [UInt8], _ r: TextRange) -> Scan {
        var out = Scan()
        var inWord = false
        s.withUnsafeBufferPointer { p in
            var i = r.start
            while i < r.end {
                let b = p[i]
                // Most bytes are letters, digits and full stops: only a new word and text outside
                // brackets to note.
                if b > UInt8(ascii: ",") && b != 0xE2 {
                    if !inWord { inWord = true; out.words += 1 }
                    if out.depth == 0 { out.outside = true }
                    i += 1
                    continue
                }
                if Bytes.isSpace(b) { inWord = false } else if !inWord { inWord = true; out.words += 1 }
                if b == UInt8(ascii: "(") { if out.depth == 0 { out.groups += 1 }; out.depth += 1 }
                else if b == UInt8(ascii: ")") { out.depth -= 1 }
                else if b == UInt8(ascii: ",") { out.comma = true }
                else if b == UInt8(ascii: "\"") { out.straight += 1 }
                else if b == 0xE2, i + 2 < r.end, p[i + 1] == 0x80 {
                    if p[i + 2] == 0x9C { out.quotes += 1 } else if p[i + 2] == 0x9D { out.quotes -= 1 }
                }
                if out.depth == 0, b != UInt8(ascii: "("), b != UInt8(ascii: ")"), !Bytes.isSpace(b) { out.outside = true }
                i += 1
            }
        }
        return out
    }

    /// Whether the bracket opened at `start` stays open until `closeAt`.
    private static func isOneGroup(_ s: [UInt8], _ start: Int, _ closeAt: Int) -> Bool {
        var d = 0, k = start
        while k < closeAt {
            if s[k] == UInt8(ascii: "(") { d += 1 } else if s[k] == UInt8(ascii: ")") { d -= 1; if d == 0 { return false } }
            k += 1
        }
        return true
    }

    /// Capitalised words (or short ones: "of", "and", "the" in titles) among the first eight words of
    /// the first 120 bytes, walked in place (no array of words).
    private mutating func measureCapitals(_ s: [UInt8], _ r: TextRange) {
        var capitalised = 0, counted = 0
        let head = min(r.end, r.start + 120)
        var w = r.start
        while w < head, counted < 8 {
            guard Bytes.startsWord(s, w) else { w += 1; continue }
            let e = Bytes.wordEnd(s, w, limit: head)
            counted += 1
            let c = s[w]
            if Bytes.isUpper(c) || Bytes.isDigit(c) || c >= 0xC3 { capitalised += 1 }
            else if e - w <= 3 { capitalised += 1 } // of, and, the in titles
            w = e
        }
        self.capitalised = UInt8(capitalised)
        self.counted = UInt8(counted)
    }

    /// "PRESIDENT BIDEN: " / "MODERATOR: " / "PRESIDENT THƯỞNG: " / "Q " at the start of a paragraph.
    static func speakerLabelLength(_ s: [UInt8], _ r: TextRange) -> Int {
        if r.count >= 2, s[r.start] == UInt8(ascii: "Q"), s[r.start + 1] == UInt8(ascii: " ") { return 2 } // "Q "
        var i = r.start
        var letters = 0
        while i < r.end, i - r.start < 60 {
            let b = s[i]
            if Bytes.isUpper(b) { letters += 1; i += 1; continue }
            if b == UInt8(ascii: " ") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "'") { i += 1; continue }
            if b >= 0xC3 {
                // Non-ASCII letter: accept unless it is a lower-case Latin letter (Latin-1 lower case
                // and the Vietnamese block are checked roughly by their second byte).
                let l = Bytes.charLength(b)
                if b == 0xC3, i + 1 < r.end, s[i + 1] >= 0x9F { return 0 }
                i += l; letters += 1; continue
            }
            if b == UInt8(ascii: ":"), letters >= 2, i + 1 < r.end, s[i + 1] == UInt8(ascii: " ") { return i + 2 - r.start }
            return 0
        }
        return 0
    }
}
