extension LayoutRules {
    /// After a colon lead-in, a run of short one-sentence lines built alike is a list even where the lines
    /// are few or end differently: "… so we:" → "Conducted interviews (we talked to 20 people.)" /
    /// "Compiled the data" / "Used the surveys to inform our decisions."; "… asking:" → "Is this word
    /// needed?" / "Is there a plainer word?". Alike: every line starts with the same word, or every first
    /// word ends in "ed", or in "ing", or every line asks. Two lines are enough when running text follows.
    /// (A short line of the run the layout rules took for a heading is an item too.)
    static func parallelLists(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ kinds: inout [ParagraphKind]) {
        let n = ranges.count
        func line(_ q: Int) -> Bool {
            let sh = shapes[q]
            // A short line the layout took for a heading is one more line of the run when the next line is too.
            let layoutHeading = kinds[q] == .heading && ParagraphClassifier.markdownLevel(s, ranges[q]) == 0 && q + 1 < n && kinds[q + 1] == .body
            return (kinds[q] == .body || layoutHeading) && sh.words <= 30 && sh.speakerLabel == 0 && sh.listMarker == 0 && !sh.endsWithColon
                && !sh.opensQuote && Bytes.isUpper(sh.firstByte) && AttributedQuotes.isOneSentence(s, ranges[q])
        }
        var p = 1
        while p < n {
            guard shapes[p - 1].endsWithColon, kinds[p - 1] == .body, line(p) else { p += 1; continue }
            var e = p
            while e < n, line(e) { e += 1 }
            var k = e - p
            while k >= 2, !(alike(s, ranges, p..<(p + k)) && (k >= 3 || p + k < n && shapes[p + k].words >= 15)) { k -= 1 }
            if k >= 2 { for q in p..<(p + k) { kinds[q] = .listItem } }
            p = max(e, p + 1)
        }
    }

    static func alike(_ s: [UInt8], _ ranges: ParagraphRanges, _ run: Range<Int>) -> Bool {
        let firsts = run.map { q -> ArraySlice<UInt8> in
            let r = ranges[q]
            return s[r.start..<Bytes.wordEnd(s, r.start, limit: r.end)]
        }
        // The same first word, unless a pronoun or an article ("We …", "The …": someone's sentences).
        if firsts.allSatisfy({ $0.elementsEqual(firsts[0]) }),
           !openers.contains(Bytes.lowered(s, TextRange(ranges[run.lowerBound].start, ranges[run.lowerBound].start + firsts[0].count))) { return true }
        for suffix in ["ed", "ing"] where firsts.allSatisfy({ $0.count > suffix.utf8.count + 1 && $0.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }) {
            return true
        }
        return run.allSatisfy { s[ranges[$0].end - 1] == UInt8(ascii: "?") }
    }
    static let openers: Set<[UInt8]> = Set(["i", "we", "you", "he", "she", "it", "they", "the", "a", "an", "this", "that", "these",
                                            "those", "there", "our", "my", "his", "her", "their", "its"].map { Array($0.utf8) })
}
