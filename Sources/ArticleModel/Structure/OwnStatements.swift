extension Quotes {
    /// "We started with our opportunity statement from the workshops." → "The overarching concern of the
    /// service was …" → "Our research showed …": a paragraph the author's last sentence announces as "our"
    /// statement, vision or mission, set off in no voice of the author's ("we", "our") between paragraphs
    /// that speak in it, is that statement quoted, though the lead-in ends with a full stop.
    static func isAnnouncedStatement(_ table: ParagraphTable, _ i: Int) -> Bool {
        let s = table.text, sh = table.shapes[i]
        guard i > 0, table.kinds[i - 1] == .body, table.shapes[i - 1].endsWithTerminal, !sh.opensQuote, sh.speakerLabel == 0,
              !hasQuotationMark(s, table.ranges[i]), leavesTheAuthorsVoice(table, i) else { return false }
        let words = Bytes.words(s, in: lastSentence(s, table.ranges[i - 1]))
        for (k, w) in words.enumerated() where Bytes.lowered(s, w) == Array("our".utf8) {
            if words[(k + 1)..<min(words.count, k + 4)].contains(where: { statementNouns.contains(Bytes.lowered(s, $0)) }) { return true }
        }
        return false
    }
    static let statementNouns: Set<[UInt8]> = Set(["statement", "vision", "mission", "definition", "hypothesis", "principle", "principles"].map { Array($0.utf8) })

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
