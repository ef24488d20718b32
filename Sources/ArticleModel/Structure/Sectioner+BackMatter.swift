/// Back matter that is no part of the text's topics: the author's bio at the end.
extension Sectioner {
    static let aboutTheAuthor = "About the author"

    /// "Jane Smith is a reporter at the Eastport Courier …" under a text "By Jane Smith": the last paragraph
    /// of running text before `end` (the notes) when it starts with the name the byline gives, at most eighty words.
    static func authorBio(_ table: ParagraphTable, before end: Int) -> Int? {
        let s = table.text, kinds = table.kinds
        guard end > 4, let byline = kinds.prefix(8).firstIndex(of: .byline), let name = bylineName(s, table.ranges[byline]) else { return nil }
        var p = end - 1
        while p > byline + 2, kinds[p] == .aside { p -= 1 }
        let r = table.ranges[p]
        guard p > byline + 2, kinds[p] == .body, table.shapes[p].words <= 80, r.count > name.count,
              s[r.start..<(r.start + name.count)].elementsEqual(name), s[r.start + name.count] == UInt8(ascii: " ") else { return nil }
        return p
    }

    /// "By Jane Smith, 4 March 2019" → "Jane Smith": two to four capitalised words after "By".
    static func bylineName(_ s: [UInt8], _ r: TextRange) -> [UInt8]? {
        var k = r.start
        let leads: [StaticString] = ["Posted by ", "Written by ", "By "]
        for lead in leads where Bytes.hasPrefix(s, at: r.start, lead) { k = r.start + lead.utf8CodeUnitCount; break }
        guard k > r.start else { return nil }
        var e = k, words = 0
        while e < r.end, words < 4, Bytes.isUpper(s[e]) {
            e = Bytes.wordEnd(s, e, limit: r.end)
            words += 1
            guard e + 1 < r.end, s[e] == UInt8(ascii: " "), Bytes.isUpper(s[e + 1]) else { break }
            e += 1
        }
        return words >= 2 ? Array(s[k..<e]) : nil
    }
}
