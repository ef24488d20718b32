extension Quotes {
    /// "We started with our opportunity statement from the workshops." → "The overarching concern of the
    /// service was …" → "Our research showed …": a paragraph the author's last sentence announces as "our"
    /// statement, vision or mission, set off in no voice of the author's ("we", "our") between paragraphs
    /// that speak in it, is that statement quoted, though the lead-in ends with a full stop.
    /// The paragraphs of the statement (see `announcedStatementNoun`), or nil: more than one where, within three
    /// paragraphs, the author's next paragraph names the statement again in its first sentence ("… our vision
    /// for the project." → two paragraphs → "Taking the time to come to a shared vision …").
    static func announcedStatement(_ table: ParagraphTable, _ i: Int) -> [Int]? {
        guard let noun = announcedStatementNoun(table, i) else { return nil }
        let s = table.text
        func names(_ j: Int) -> Bool { Bytes.words(s, in: firstSentence(s, table.ranges[j])).contains { Bytes.lowered(s, $0) == noun } }
        var j = i + 1
        while j < min(table.count, i + 4), table.kinds[j] == .body, table.shapes[j].words >= 8, !table.shapes[j].opensQuote,
              !hasQuotationMark(s, table.ranges[j]), !names(j) { j += 1 }
        return j > i + 1 && j < min(table.count, i + 4) && table.kinds[j] == .body && names(j) ? Array(i..<j) : [i]
    }

    /// The statement noun ("vision") when paragraph `i` is a statement its lead-in announces as "our".
    static func announcedStatementNoun(_ table: ParagraphTable, _ i: Int) -> [UInt8]? {
        let s = table.text, sh = table.shapes[i]
        guard i > 0, table.kinds[i - 1] == .body, table.shapes[i - 1].endsWithTerminal, !sh.opensQuote, sh.speakerLabel == 0,
              sh.words >= 15 else { return nil }
        // The lead-in's last sentence first (short), the voices of three paragraphs only where it names "our" statement.
        let last = lastSentence(s, table.ranges[i - 1])
        guard hasOur(s, last) else { return nil }
        let words = Bytes.words(s, in: last)
        for (k, w) in words.enumerated() where Bytes.lowered(s, w) == Array("our".utf8) {
            if let noun = words[(k + 1)..<min(words.count, k + 4)].lazy.map({ Bytes.lowered(s, $0) }).first(where: statementNouns.contains) {
                return !hasQuotationMark(s, table.ranges[i]) && leavesTheAuthorsVoice(table, i) ? noun : nil
            }
        }
        return nil
    }
    static let statementNouns: Set<[UInt8]> = Set(["statement", "vision", "mission", "definition", "hypothesis", "principle", "principles"].map { Array($0.utf8) })

    /// Whether the word "our" (any case) is in `r`: a tight byte loop, as every paragraph's lead-in is read.
    static func hasOur(_ s: [UInt8], _ r: TextRange) -> Bool {
        var k = r.start
        while k + 3 <= r.end {
            if s[k] | 0x20 == UInt8(ascii: "o"), s[k + 1] | 0x20 == UInt8(ascii: "u"), s[k + 2] | 0x20 == UInt8(ascii: "r"),
               k == r.start || !Bytes.isWordByte(s[k - 1]), k + 3 == r.end || !Bytes.isWordByte(s[k + 3]) { return true }
            k += 1
        }
        return false
    }

    /// The last sentence of `r`: after the last ". ", "? " or "! " before its end.
    static func lastSentence(_ s: [UInt8], _ r: TextRange) -> TextRange {
        var k = r.end - 1
        while k > r.start {
            if (s[k - 1] == UInt8(ascii: ".") || s[k - 1] == UInt8(ascii: "?") || s[k - 1] == UInt8(ascii: "!")) && Bytes.isSpace(s[k]) { break }
            k -= 1
        }
        return TextRange(k, r.end)
    }
}

extension Quotes {
    /// The first sentence of `r`: up to its first ". ", "? " or "! ".
    static func firstSentence(_ s: [UInt8], _ r: TextRange) -> TextRange {
        var k = r.start
        while k + 1 < r.end {
            if (s[k] == UInt8(ascii: ".") || s[k] == UInt8(ascii: "?") || s[k] == UInt8(ascii: "!")) && Bytes.isSpace(s[k + 1]) { return TextRange(r.start, k + 1) }
            k += 1
        }
        return r
    }
}
