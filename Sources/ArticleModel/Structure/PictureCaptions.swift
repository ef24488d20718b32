extension LayoutRules {
    /// "Blodget’s Hotel, home of the Patent Office from 1810 to 1836." / "One of our many demos.": a short
    /// one-sentence line without a verb, standing between paragraphs of running text, is what a picture
    /// shows (its caption, its "Figure" word dropped), not a sentence of the text. A verb is an auxiliary,
    /// a past form in "-ed" or a subject pronoun's sentence.
    static func verblessCaptions(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ kinds: inout [ParagraphKind]) {
        let n = ranges.count
        for p in 1..<max(1, n - 1) where kinds[p] == .body && (kinds[p - 1] == .body || kinds[p - 1] == .heading) && kinds[p + 1] == .body {
            let sh = shapes[p], r = ranges[p]
            guard (4...20).contains(sh.words), s[r.end - 1] == UInt8(ascii: "."), Bytes.isUpper(sh.firstByte), sh.speakerLabel == 0,
                  sh.listMarker == 0, !sh.opensQuote, !Quotes.hasQuotationMark(s, r), !shapes[p - 1].endsWithColon,
                  shapes[p + 1].words >= 20, AttributedQuotes.isOneSentence(s, r), !hasVerb(s, r) else { continue }
            kinds[p] = .caption
        }
    }

    static func hasVerb(_ s: [UInt8], _ r: TextRange) -> Bool {
        for w in Bytes.words(s, in: r) {
            let word = Bytes.lowered(s, w)
            if verbWords.contains(word) || word.count > 3 && word.suffix(2).elementsEqual("ed".utf8) && !Bytes.isUpper(s[w.start]) { return true }
            if word.count > 3, word.suffix(3).elementsEqual("n't".utf8) || word.suffix(5).elementsEqual("n’t".utf8) { return true }
        }
        return false
    }
    static let verbWords: Set<[UInt8]> = Set([
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "i", "we", "you", "he", "she", "they", "it", "there",
        "let", "let's", "let’s", "here's", "here’s", "that's", "that’s", "it's", "it’s",
    ].map { Array($0.utf8) })
}
