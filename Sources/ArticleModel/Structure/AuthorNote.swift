extension DocumentMatter {
    /// "Rebecca and Michael work here at the agency. Aaron Burk is a project manager at the Forest Service.":
    /// right under the front matter of a text told as "we", a short note in the third person whose every
    /// sentence opens with names and says who they are is a note on the authors (an aside), not the text's start.
    static func authorNote(_ table: ParagraphTable, _ kinds: [ParagraphKind], firstBody p: Int) -> Int? {
        let s = table.text
        guard p > 0, p + 1 < table.count, kinds[p] == .body, kinds[p + 1] == .body, table.shapes[p].words <= 60,
              Quotes.firstPersonWords(s, table.ranges[p]) == 0, Quotes.firstPersonWords(s, table.ranges[p + 1]) > 0 else { return nil }
        var r = table.ranges[p], sentences = 0
        while r.start < r.end {
            let sentence = Quotes.firstSentence(s, r)
            guard opensWithNamesSayingWhoTheyAre(s, sentence) else { return nil }
            sentences += 1
            r = TextRange(min(r.end, sentence.end + 1), r.end)
        }
        return (1...3).contains(sentences) ? p : nil
    }

    /// "Aaron Burk is …", "Rebecca and Michael work …": one to five capitalised words (and "and") then a verb of being or working.
    static func opensWithNamesSayingWhoTheyAre(_ s: [UInt8], _ r: TextRange) -> Bool {
        let words = Bytes.words(s, in: r)
        var k = 0
        while k < min(words.count, 6), Bytes.isUpper(s[words[k].start]) || k > 0 && Bytes.lowered(s, words[k]) == Array("and".utf8) { k += 1 }
        return k >= 1 && k <= 5 && k < words.count && Bytes.isUpper(s[words[k - 1].start]) && whoVerbs.contains(Bytes.lowered(s, words[k]))
    }
    static let whoVerbs: Set<[UInt8]> = Set(["is", "are", "was", "were", "work", "works", "worked", "joined", "leads", "led"].map { Array($0.utf8) })
}
