/// Kinds decided by a paragraph's layout rather than its wording: headings that are short lines
/// standing between paragraphs, numbered headings, figure and table captions, and numbered notes.
enum LayoutRules {
    /// A standalone short line (twelve words or fewer) without a closing full stop between running
    /// text, whatever its first word: "The impact of the budget crisis", "Why the Delays Matter?",
    /// "Roofs, roads and schools". `before`/`after`/`afterNext`: the shapes of its neighbours;
    /// `underHeading`: the paragraph before it is a heading.
    static func isLayoutHeading(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape,
                                before: ParagraphShape?, after: ParagraphShape?, afterNext: ParagraphShape? = nil,
                                underHeading: Bool = false) -> Bool {
        guard sh.words >= 2, sh.words <= 12, r.count <= 100, let before, let after else { return false }
        guard !sh.endsWithColon, !sh.endsWithComma, !sh.endsWithClosingQuote, sh.listMarker == 0, sh.speakerLabel == 0 else { return false }
        // A question may end a heading; a full stop or an exclamation may not.
        if sh.endsWithTerminal, s[r.end - 1] != UInt8(ascii: "?") { return false }
        guard !sh.opensQuote, sh.firstByte != UInt8(ascii: "("), sh.firstByte != UInt8(ascii: "[") else { return false }
        let c = sh.firstByte
        guard Bytes.isUpper(c) || c >= 0xC3 && c < 0xE0, !endsInARunOnWord(s, r) else { return false }
        // Between paragraphs: before it a finished paragraph (or its parent heading); after it running
        // text, or a child heading (a short line without a full stop) and then running text.
        let childHeading = after.words <= 12 && !after.endsWithTerminal && !after.endsWithColon && after.listMarker == 0
            && afterNext.map(ParagraphClassifier.isBodyLike) == true
        let runningAfter = ParagraphClassifier.isBodyLike(after) || after.words >= 3 && (after.endsWithTerminal || after.endsWithColon) || childHeading
        let finishedBefore = (before.endsWithTerminal || before.endsWithClosingQuote || before.closesParenthesis) && before.words >= 6
        return runningAfter && notNextItem(after) && (underHeading || finishedBefore)
    }

    /// "… the minister said that", "… the cost of the": a line ending in a word that needs more after it
    /// is a sentence running on into the next paragraph, not a heading.
    static func endsInARunOnWord(_ s: [UInt8], _ r: TextRange) -> Bool {
        var a = r.end
        while a > r.start, Bytes.isASCIILetter(s[a - 1]) { a -= 1 }
        guard a < r.end, r.end - a <= 7, a == r.start || s[a - 1] == UInt8(ascii: " ") else { return false }
        return runOnWords.contains(Bytes.lowered(s, TextRange(a, r.end)))
    }
    static let runOnWords: Set<[UInt8]> = Set(["the", "a", "an", "that", "and", "or", "of", "whether", "which", "whose", "than"].map { Array($0.utf8) })

    /// "Q: Why is the city changing its charges?" right under the title, then "Q: How much …?" and "Q: Will …?"
    /// as headings: the first line of the text, shaped as a heading, is one when two later headings start
    /// with its first word and end as it does (its only difference: no finished paragraph above it).
    static func firstOfTheHeadings(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ kinds: inout [ParagraphKind], _ p: Int) {
        let r = ranges[p]
        guard kinds[p] == .body, isLayoutHeading(s, r, shapes[p], before: shapes[p - 1], after: shapes[p + 1], underHeading: true) else { return }
        let first = TextRange(r.start, Bytes.wordEnd(s, r.start, limit: r.end))
        var alike = 0
        for q in (p + 1)..<ranges.count where kinds[q] == .heading && s[ranges[q].end - 1] == s[r.end - 1] {
            let w = TextRange(ranges[q].start, Bytes.wordEnd(s, ranges[q].start, limit: ranges[q].end))
            if s[w.start..<w.end].elementsEqual(s[first.start..<first.end]) { alike += 1; if alike == 2 { kinds[p] = .heading; return } }
        }
    }

    /// "A PROCLAMATION.", "INTRODUCTION.": one to eight words in capitals whose only full stop is the
    /// last byte (a signature "WILLIAM H. SEWARD." has an initial).
    static func isStoppedCapitalsHeading(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words <= 8, r.count >= 4, r.count <= 80, s[r.end - 1] == UInt8(ascii: "."), sh.listMarker == 0,
              ParagraphClassifier.isCapitalsLine(s, r, sh) else { return false }
        return !s[r.start..<(r.end - 1)].contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") }
    }

    /// An interview's question set off as a heading: a line of up to 24 words ending with "?" (one
    /// sentence, nobody named as its speaker) whose next paragraph is an answer led by a name
    /// ("How did you start?" → "Mark Trammell (design researcher): We …", "Atul: It’s …").
    static func isQuestionHeading(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape, next: TextRange) -> Bool {
        guard sh.words >= 2, sh.words <= 24, r.count <= 200, s[r.end - 1] == UInt8(ascii: "?"), sh.speakerLabel == 0,
              sh.listMarker == 0, !sh.opensQuote, namedTurnLength(s, r) == 0, AttributedQuotes.isOneSentence(s, r) else { return false }
        return namedTurnLength(s, next) > 0
    }

    /// The length of a name leading a turn of an interview: one to four capitalised words, an optional
    /// "(role)", then ": " ("Atul: ", "Heather Billings (front-end designer/developer): "); 0 when none.
    static func namedTurnLength(_ s: [UInt8], _ r: TextRange) -> Int {
        var k = r.start, words = 0
        while k < r.end, words < 4, Bytes.isUpper(s[k]) {
            k = Bytes.wordEnd(s, k, limit: r.end)
            words += 1
            if k < r.end, s[k] == UInt8(ascii: " "), k + 1 < r.end, Bytes.isUpper(s[k + 1]) { k += 1 }
        }
        guard words > 0 else { return 0 }
        if k + 1 < r.end, s[k] == UInt8(ascii: " "), s[k + 1] == UInt8(ascii: "(") {
            var e = k + 1
            while e < r.end, e - k < 60, s[e] != UInt8(ascii: ")") { e += 1 }
            guard e < r.end, s[e] == UInt8(ascii: ")") else { return 0 }
            k = e + 1
        }
        guard k + 1 < r.end, s[k] == UInt8(ascii: ":"), s[k + 1] == UInt8(ascii: " ") else { return 0 }
        return k + 2 - r.start
    }

    /// "1. Background", "2.3 Costs", "II. The War": a numbered line of up to ten words without a
    /// final full stop (a question mark may end it), with running text (not the next item of a list) after it.
    /// `next`: the paragraph after it, which may be its first numbered sub-heading ("2. Costs" over "2.1 Buildings").
    static func isNumberedHeading(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape, after: ParagraphShape?, next: TextRange? = nil) -> Bool {
        guard let after, ParagraphClassifier.isBodyLike(after) && notNextItem(after) || next.map({ opensSubsection(s, r, $0, after) }) == true,
              sh.words >= 2, sh.words <= 10, r.count <= 100 else { return false }
        // A question may end it, as it may end a heading set off by layout ("3. Why the delays matter?").
        guard !sh.endsWithTerminal || s[r.end - 1] == UInt8(ascii: "?"), !sh.endsWithColon, !sh.endsWithComma, sh.speakerLabel == 0 else { return false }
        guard isNumbered(s, r, sh) else { return false }
        // After the marker, a capital: "2. Costs", not "2. and so on"; an opening bracket may come
        // first ("3. (Re)Define Product Management").
        var k = r.start + (sh.listMarker > 0 ? sh.listMarker : sectionNumberLength(s, r))
        if k + 1 < r.end, s[k] == UInt8(ascii: "(") { k += 1 }
        return k < r.end && (Bytes.isUpper(s[k]) || s[k] >= 0xC3)
    }

    /// "2.1 Buildings" under "2. Costs": a short unstopped line numbered as a part of this line's number.
    static func opensSubsection(_ s: [UInt8], _ r: TextRange, _ next: TextRange, _ after: ParagraphShape) -> Bool {
        guard after.words <= 10, !after.endsWithTerminal, Bytes.isDigit(s[r.start]), sectionNumberLength(s, next) > 0 else { return false }
        var k = r.start, j = next.start
        while k < r.end, j < next.end, Bytes.isDigit(s[k]), s[k] == s[j] { k += 1; j += 1 }
        return k < r.end && !Bytes.isDigit(s[k]) && j + 1 < next.end && s[j] == UInt8(ascii: ".") && Bytes.isDigit(s[j + 1])
    }

    /// The number a paragraph starts with ("12. …" → 12), else 0.
    static func leadingNumber(_ s: [UInt8], _ r: TextRange) -> Int {
        var k = r.start, number = 0
        while k < r.end, Bytes.isDigit(s[k]), number < 10_000 { number = number * 10 + Int(s[k] - UInt8(ascii: "0")); k += 1 }
        return number
    }

    /// "1. Roofs", "2. Heating", "3. Windows", "4. Playgrounds" and running text: the last item of a
    /// numbered or lettered list is an item like the others, not a heading over the text after the list.
    static func lastItemsOfLists(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ kinds: inout [ParagraphKind]) {
        // The item's number, or its letter ("C. Windows" after "B. Heating").
        func ordinal(_ p: Int) -> Int {
            let r = ranges[p]
            if Bytes.isDigit(s[r.start]) { return leadingNumber(s, r) }
            return shapes[p].listMarker == 3 && Bytes.isASCIILetter(s[r.start]) ? 1_000 + Int(s[r.start]) : -10
        }
        for p in 1..<max(1, ranges.count) where kinds[p] == .heading && kinds[p - 1] == .listItem && shapes[p].listMarker > 0
            && shapes[p - 1].listMarker > 0 && ordinal(p) == ordinal(p - 1) + 1 { kinds[p] = .listItem }
    }

    /// Whether a heading starts with a number: "6. War criminals", "2.3 Costs", "IV. The War", or a
    /// capital letter as one: "B. The war years".
    static func isNumbered(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        let c = sh.firstByte
        return sh.listMarker > 0 && (Bytes.isDigit(c) || c == UInt8(ascii: "I") || c == UInt8(ascii: "V") || c == UInt8(ascii: "X"))
            || sectionNumberLength(s, r) > 0
            || sh.listMarker == 3 && Bytes.isUpper(c) && s[r.start + 1] == UInt8(ascii: ".")
    }

    /// Whether `after` is running text rather than the next short item of a list (a numbered
    /// paragraph of a government paper, "2. The 777-page volume was released …", is running text).
    static func notNextItem(_ after: ParagraphShape) -> Bool { after.listMarker == 0 || after.words >= 25 }

    /// The length of a section number "2.3 " (digits and inner dots, then a space) at the start.
    static func sectionNumberLength(_ s: [UInt8], _ r: TextRange) -> Int {
        var k = r.start, dots = 0
        while k < r.end, Bytes.isDigit(s[k]) || s[k] == UInt8(ascii: ".") && k > r.start && k + 1 < r.end && Bytes.isDigit(s[k + 1]) {
            if s[k] == UInt8(ascii: ".") { dots += 1 }
            k += 1
        }
        guard dots > 0, k + 1 < r.end, s[k] == UInt8(ascii: " "), Bytes.isUpper(s[k + 1]) else { return 0 }
        return k + 1 - r.start
    }

    /// "Figure 12: The mayor", "Fig. 3", "Table 3. Revenue by year", "Photo: …", "[Figure 11]".
    static func isCaption(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words >= 1, sh.words <= 60, r.count > 3 else { return false }
        var k = r.start
        if s[k] == UInt8(ascii: "[") { k += 1 }
        let e = Bytes.wordEnd(s, k, limit: r.end)
        guard e > k, e - k <= 12 else { return false }
        let word = Bytes.lowered(s, TextRange(k, e))
        guard captionWords.contains(word) else { return false }
        var j = e
        // "Photo: …", "Figure: …".
        if j < r.end, s[j] == UInt8(ascii: ":") { return true }
        if j < r.end, s[j] == UInt8(ascii: ".") { j += 1 }
        while j < r.end, s[j] == UInt8(ascii: " ") { j += 1 }
        guard j < r.end else { return false }
        // A number ("12", "3a", "IV") after the word.
        if Bytes.isDigit(s[j]) { return true }
        let ne = Bytes.wordEnd(s, j, limit: r.end)
        return ne > j && ListMarker.isRoman(Array(s[j..<ne])) && Bytes.isUpper(s[j])
    }
    static let captionWords: Set<[UInt8]> = Set([
        "figure", "fig", "table", "photo", "image", "chart", "map", "illustration", "plate", "exhibit", "graph",
        "photograph", "caption",
    ].map { Array($0.utf8) })

    /// An endnote or footnote that starts with a bare number: "1 Not published.", "12. Ibid., p. 4".
    static func isNumberedNote(_ s: [UInt8], _ r: TextRange) -> Bool {
        var k = r.start
        while k < r.end, k - r.start < 3, Bytes.isDigit(s[k]) { k += 1 }
        guard k > r.start, k + 1 < r.end else { return false }
        if s[k] == UInt8(ascii: ".") { k += 1 }
        guard k + 1 < r.end, s[k] == UInt8(ascii: " ") else { return false }
        let c = s[k + 1]
        return Bytes.isUpper(c) || Bytes.isDigit(c) || c >= 0xC3 || c == UInt8(ascii: "\"")
    }

    /// "Notes", "Footnotes", "Endnotes", "References": the heading over a text's notes.
    static func isNotesHeading(_ s: [UInt8], _ r: TextRange) -> Bool {
        guard (5...10).contains(r.count) else { return false }
        let t = Bytes.lowered(s, r)
        return t == Array("notes".utf8) || t == Array("footnotes".utf8) || t == Array("endnotes".utf8) || t == Array("references".utf8)
    }

    /// Lines that hold a figure placeholder ("South America [Figure 18]") and the short lines right
    /// above or below such a line ("Arab Song" over "[Figure 29]") are captions: they label the figure.
    static func placeholderCaptions(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ kinds: inout [ParagraphKind]) {
        var holds = [Bool](repeating: false, count: ranges.count)
        for p in ranges.indices where shapes[p].words <= 24 && [.caption, .body, .listItem, .heading].contains(kinds[p]) {
            guard placeholders.first(s, in: ranges[p]) != nil else { continue }
            holds[p] = true
            kinds[p] = .caption
        }
        for p in ranges.indices where kinds[p] == .body || kinds[p] == .listItem {
            let sh = shapes[p]
            guard sh.words <= 10, !sh.endsWithColon, sh.speakerLabel == 0, p > 0 && holds[p - 1] || p + 1 < ranges.count && holds[p + 1] else { continue }
            kinds[p] = .caption
        }
    }
    static let placeholders = Bytes.Needles(["[figure", "[fig.", "[illustration", "[image", "[photo", "[picture", "[chart", "[map"])

    /// "… innovation groups all recognized that:" and three short lines: a run of three or more
    /// one-sentence lines after a colon lead-in, alike in how they end (all without a full stop, up to
    /// 30 words, or all with one, up to 15: longer sentences are prose), none opening a quotation or led
    /// by a label ("Costs: …"), is the author's list; its items are list items, not quotes. Items are alike
    /// in their marks too: after "1) …", "2) …", "3) …" an unmarked line is the text going on.
    static func colonLists(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ kinds: inout [ParagraphKind]) {
        var p = 1
        while p < ranges.count {
            guard shapes[p - 1].endsWithColon, kinds[p - 1] == .body || kinds[p - 1] == .listItem else { p += 1; continue }
            let stopped = shapes[p].endsWithTerminal, marked = shapes[p].listMarker > 0
            func item(_ q: Int) -> Bool {
                let sh = shapes[q]
                return (kinds[q] == .body || kinds[q] == .listItem) && sh.words <= (stopped ? 15 : 30) && sh.speakerLabel == 0 && !sh.endsWithColon
                    && (sh.listMarker > 0) == marked
                    && !sh.opensQuote && !sh.endsWithClosingQuote && QuoteMarks.family(opening: s, ranges[q]) == nil && sh.endsWithTerminal == stopped && AttributedQuotes.isOneSentence(s, ranges[q])
                    && !Quotes.startsWithRunInLabel(s, ranges[q])
            }
            var e = p
            while e < ranges.count, item(e) { e += 1 }
            if e - p >= 3 { for q in p..<e { kinds[q] = .listItem } }
            p = max(e, p + 1)
        }
    }

    /// "Here are two plays we kept in mind:" → "Build with, not for, users." → running text … "Be agile."
    /// → …: a short one-sentence line ending in a full stop right after a colon lead-in, with running text
    /// after it, is a sub-heading the lead-in announces when a later line of its shape stands the same way
    /// (after a finished paragraph, before running text) before the next heading; so are those lines.
    static func announcedHeadings(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ kinds: inout [ParagraphKind]) {
        let n = ranges.count
        func line(_ p: Int) -> Bool {
            let sh = shapes[p], r = ranges[p]
            return kinds[p] == .body && (2...8).contains(sh.words) && (s[r.end - 1] == UInt8(ascii: ".") || s[r.end - 1] == UInt8(ascii: "!"))
                && Bytes.isUpper(sh.firstByte) && sh.listMarker == 0 && sh.speakerLabel == 0 && !sh.opensQuote
                && AttributedQuotes.isOneSentence(s, r) && p + 1 < n && ParagraphClassifier.isBodyLike(shapes[p + 1]) && shapes[p + 1].words >= 15
        }
        var p = 1
        while p < n {
            guard kinds[p - 1] == .body, shapes[p - 1].endsWithColon, line(p) else { p += 1; continue }
            var found = [p], q = p + 2
            while q < n, kinds[q] != .heading {
                if line(q), shapes[q - 1].endsWithTerminal, shapes[q - 1].words >= 6 { found.append(q) }
                q += 1
            }
            if found.count >= 2 { for h in found { kinds[h] = .heading } }
            p = q
        }
    }

    /// "Join us!" over the text's last paragraph (a closing paragraph of running text): a call that
    /// heads the closing part, not an advert between paragraphs.
    static func isClosingCall(_ shapes: [ParagraphShape], _ i: Int) -> Bool {
        i > 0 && i + 2 == shapes.count && shapes[i].words <= 4 && ParagraphClassifier.isBodyLike(shapes[i + 1]) && shapes[i + 1].words >= 20
    }

    /// "Special thanks to designer Jia Gu for the images in this post", "Photos courtesy of the National
    /// Archives", "Illustrations by Jane Smith": a short line without a full stop that credits the pictures.
    static func isCreditLine(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words >= 3, sh.words <= 16, r.count <= 140, !sh.endsWithTerminal, !sh.endsWithColon, sh.listMarker == 0,
              sh.speakerLabel == 0 else { return false }
        return pictureWords.first(s, in: r) != nil && creditWords.first(s, in: r, wordBounded: true) != nil
    }
    static let pictureWords = Bytes.Needles(["image", "photo", "illustration", "graphic", "picture", "drawing", "artwork"])
    static let creditWords = Bytes.Needles(["thanks", "courtesy", "credit", "credits", "by"])

    /// "[Circular.]", "[Enclosure]": an editor's label in square brackets, one to three words without
    /// digits (not a footnote "[3] …" nor a figure placeholder "[Figure 11]").
    static func isEditorialLabel(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words <= 3, r.count >= 3, r.count <= 40, s[r.start] == UInt8(ascii: "["), s[r.end - 1] == UInt8(ascii: "]"),
              Bytes.isUpper(s[r.start + 1]) else { return false }
        return !ParagraphClassifier.hasDigit(s, r) && placeholders.first(s, in: r) == nil
    }

    /// "18F launch team: Allison Norman, Michael King, …, and Colin Murphy": a label and a colon, then
    /// only names, four or more, separated by commas: a credits line outside the running text.
    static func isNamesLine(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words >= 6, sh.words <= 80, sh.listMarker == 0, sh.speakerLabel == 0, !sh.endsWithColon,
              Quotes.startsWithRunInLabel(s, r), let colon = s[r.start..<r.end].firstIndex(of: UInt8(ascii: ":")) else { return false }
        var chunks = 0, k = colon + 1
        while k < r.end {
            var e = k
            while e < r.end, s[e] != UInt8(ascii: ",") { e += 1 }
            var words = Bytes.words(s, in: TextRange(k, e))
            if words.first.map({ Bytes.lowered(s, $0) == Array("and".utf8) }) == true { words.removeFirst() }
            guard (1...4).contains(words.count), words.allSatisfy({ Bytes.isUpper(s[$0.start]) || s[$0.start] >= 0xC3 }) else { return false }
            chunks += 1
            k = e + 1
        }
        return chunks >= 4
    }
}
