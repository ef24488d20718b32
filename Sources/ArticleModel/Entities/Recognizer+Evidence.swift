/// The recognizer's evidence part: marks on the tokens of the paragraph at hand (headline lines, words
/// in capitals, sentence openers, quoted headlines) and the evidence about words over the whole text.
extension Recognizer {
    /// A line with no closing punctuation whose longer words are mostly capitalised
    /// (titles, headings, datelines, adverts): capitals there say nothing about names.
    /// (`shouting`: the paragraph is written in capitals, `isShouting`.)
    func isHeadline(_ p: Paragraph, shouting: Bool) -> Bool {
        guard p.range.end > p.range.start else { return false }
        if shouting { return true }
        let last = text[p.range.end - 1]
        if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") || last == UInt8(ascii: ":") || last == UInt8(ascii: ";") || last == UInt8(ascii: "\"") { return false }
        // A paragraph in parentheses is an aside or an annotation written in sentences, not a
        // headline: "(Later Xi met Putin.)" must find Xi and Putin as in any other sentence.
        if last == UInt8(ascii: ")"), text[p.range.start] == UInt8(ascii: "(") { return false }
        // "– Erin Okafor, Product designer": a dash opens the attribution of a quotation; its name is a person's.
        if isAttributionLine(p) { return false }
        if last == 0x80 || last == 0x9D || last == 0x99 { // …” ’ (last byte of E2 80 A6 / 9D / 99)
            if p.range.end >= 3, text[p.range.end - 3] == 0xE2 { return false }
        }
        var long = 0, caps = 0, count = 0
        for r in sentenceTokens {
            for t in tokens[r] where t.isWord {
                count += 1
                if count > (p.index == 0 ? 30 : 14) { return false } // a title may be long
                if t.end - t.start >= 4 || t.isCapitalised {
                    if knowledge.isWord(t.hash, .common), !t.isCapitalised { continue }
                    long += 1
                    if t.isCapitalised { caps += 1 }
                }
            }
        }
        return long > 0 && caps * 3 >= long * 2
    }

    /// A line that opens with a dash (`Bytes.leadingDash`) and a space, then a capitalised word: who said the
    /// quotation above it.
    func isAttributionLine(_ p: Paragraph) -> Bool {
        guard let dash = Bytes.leadingDash(text, p.range) else { return false }
        let i = p.range.start + dash
        return i + 1 < p.range.end && text[i] == UInt8(ascii: " ") && Bytes.isUpper(text[i + 1])
    }

    /// Marks the tokens inside a quoted headline ("‘A Thousand People Storm the Parliament, Break Down the
    /// Doors …’"): capitals there are title case, so names in it need the same corroboration as in a headline line.
    mutating func markQuotedTitles() {
        quotedTitle.clear()
        quotedTitle.append(contentsOf: repeatElement(false, count: tokens.count))
        for r in sentenceTokens {
            var i = r.lowerBound
            while i < r.upperBound {
                let t = tokens[i]
                guard !t.isWord, t.punct == Punct.openQuote || (t.punct == UInt8(ascii: "\"") && t.spaceBefore) else { i += 1; continue }
                var j = i + 1
                var long = 0, caps = 0, commas = 0
                while j < r.upperBound, tokens[j].isWord || !(tokens[j].punct == Punct.closeQuote || tokens[j].punct == UInt8(ascii: "\"")) {
                    let w = tokens[j]
                    if w.isWord, w.end - w.start >= 4 || w.isCapitalised {
                        long += 1
                        if w.isCapitalised { caps += 1 }
                    } else if !w.isWord, w.punct == UInt8(ascii: ",") { commas += 1 }
                    j += 1
                }
                // (A short quoted name such as “Nuclear Forces Policy Law” is just a name; a short quoted list of
                // capitalised words, “Thorough, Accurate, and Reliable”, is a title.)
                if long >= 6 ? caps * 3 >= long * 2 : caps >= 3 && caps == long && commas >= 1 {
                    for x in (i + 1)..<j { quotedTitle[x] = true }
                }
                i = j + 1
            }
            markTitleRuns(r)
        }
    }

    static let runConnectors: [UInt64] = ["of", "the", "and", "a", "an", "by", "on", "to", "in", "for", "with", "at", "from"]
        .map { TextHash.of($0.utf8) }

    /// Marks, as `quotedTitle`, an unquoted title in title case inside a sentence ("…, A Sketch of the Events Which
    /// Preceded the Capture of Washington by the British (Philadelphia, 1849)"): a run of four capitalised words or
    /// more (with small lower-case words between them) where an article or "which" is capitalised mid-sentence
    /// (not "The", which opens names, nor "Of", "And", "In", which some names capitalise).
    mutating func markTitleRuns(_ r: Range<Int>) {
        var i = r.lowerBound
        while i < r.upperBound {
            var j = i, caps = 0, small = false
            while j < r.upperBound, tokens[j].isWord,
                  tokens[j].isCapitalised || (Recognizer.runConnectors.contains(tokens[j].hash) && j > i) {
                let t = tokens[j]
                if t.isCapitalised {
                    caps += 1
                    if !initial[j], !t.isAllCaps, Recognizer.titleSmallWords.contains(t.hash) { small = true }
                }
                j += 1
            }
            if caps >= 4, small { for x in i..<j { quotedTitle[x] = true } }
            i = max(j, i + 1)
        }
    }
    /// Small words only a title capitalises ("A Sketch", "Events Which Preceded").
    static let titleSmallWords: [UInt64] = ["a", "an", "which"].map { TextHash.of($0.utf8) }

    /// In a paragraph written in capitals, a word counts as capitalised only when it starts a known name or
    /// title, or the mixed-case text writes it capitalised too.
    mutating func demoteShouting(_ p: Paragraph) {
        if shouting[p.index] {
            for r in sentenceTokens {
                for i in r where tokens[i].isWord && tokens[i].isAllCaps {
                    let h = tokens[i].hash
                    let ambiguous = knowledge.isWord(h, .common) || evidence.lowerSeen.contains(h) // "WHO", "US" in "LET US"
                    if !ambiguous, evidence.freeCap.contains(h) || forms.knownForm(tokens, i, r.upperBound) != nil
                        || forms.titleLength(tokens, i, limit: r.upperBound) != nil {
                        continue
                    }
                    tokens[i].isCapitalised = false
                }
            }
        }
    }

    /// A paragraph written in capitals ("THE PARTIES AGREE THAT …"): capitals say nothing about names there.
    static func isShouting(words: Int, caps: Int) -> Bool { words >= 2 && caps * 5 >= words * 4 }

    /// Words (without digits) among the tokens at hand, and how many of them are in capitals.
    func capitals() -> (words: Int, caps: Int) {
        var words = 0, caps = 0
        for r in sentenceTokens {
            for t in tokens[r] where t.isWord && !t.hasDigit {
                words += 1
                if t.isAllCaps { caps += 1 }
            }
        }
        return (words, caps)
    }

    /// Marks the words that open a sentence, or follow a colon, an opening quote or bracket (`initial`).
    mutating func markInitials() {
        // The marks are written through a buffer pointer, out of `self` meanwhile: a subscript write
        // to the property checked its uniqueness every token.
        var marks = initial
        initial = []
        marks.clear()
        marks.append(contentsOf: repeatElement(false, count: tokens.count))
        marks.withUnsafeMutableBufferPointer { initial in tokens.withUnsafeBufferPointer { tokens in
        for r in sentenceTokens {
            var start = true
            for i in r {
                let t = tokens[i]
                if t.isWord {
                    if t.hasDigit, !t.isCapitalised, start { continue } // "1. Establishment"
                    if start, t.end - t.start == 1, t.isCapitalised, i + 1 < r.upperBound, !tokens[i + 1].isWord,
                       text[tokens[i + 1].start] == UInt8(ascii: ".") { initial[i] = true; continue } // "A. Political"
                    initial[i] = start
                    // "The Cure at Troy" after a quote: the word after an opening "The" is not evidence either.
                    start = start && t.isCapitalised && knowledge.isWord(t.hash, .common) && !initial[max(i - 1, r.lowerBound)]
                        && i + 1 < r.upperBound && tokens[i + 1].isWord && tokens[i + 1].isCapitalised
                } else {
                    let c = t.punct
                    if c == UInt8(ascii: ":") || c == Punct.openQuote || c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || (c == UInt8(ascii: "\"") && t.spaceBefore) { start = true }
                }
            }
        }
        } }
        initial = marks
    }

    /// Adds the paragraph at hand to the evidence about words.
    mutating func collectEvidence(_ p: Paragraph) {
        evidence.collect(text, tokens, sentenceTokens, initial: initial, body: !headline[p.index], knowledge: knowledge)
    }
}
