/// What the whole text says about each word, gathered in the recognizer's first pass: a capitalised
/// word is a name only if the text does not also use it as an ordinary word.
struct WordEvidence {
    /// Words seen starting with a lower-case letter.
    var lowerSeen = WordSet()
    /// Capitalised words seen away from the start of a sentence, outside headline lines.
    var midCap = WordSet()
    /// Capitalised words seen standing alone (not hyphen-joined) in the body.
    var freeCap = WordSet()
    /// Capitalised words seen alone in running prose (`isProse`): "the Treasury said", "Congress’s vote".
    var proseCap = WordSet()

    /// Adds the evidence of one paragraph's tokens (`initial`: the words that open a sentence;
    /// `body`: the paragraph is not a headline line).
    mutating func collect(_ text: [UInt8], _ tokens: [Token], _ sentenceTokens: [Range<Int>], initial: [Bool], body: Bool,
                          knowledge: Knowledge) {
        for r in sentenceTokens {
            for i in r {
                let t = tokens[i]
                guard t.isWord else { continue }
                if t.isCapitalised {
                    if body {
                        if !initial[i], !t.isAllCaps {
                            midCap.insert(t.hash)
                            if WordEvidence.isProse(text, tokens, i, r, knowledge: knowledge) { proseCap.insert(t.hash) }
                        }
                        let joinedAfter = i + 1 < tokens.count && tokens[i + 1].joined != 0
                        if t.joined == 0, !joinedAfter { freeCap.insert(t.hash) }
                    }
                } else if t.joined == 0, !t.hasDigit || text[t.start] > UInt8(ascii: "9") {
                    lowerSeen.insert(t.hash)
                }
            }
        }
    }

    /// Whether the capitalised word at `i` (inside sentence `r`, not its first word) stands alone in running prose
    /// as a name does: a possessive ("the Treasury’s"), or after a lower-case word that follows no capitalised
    /// common word, and before a mark, a verb of speaking or in the past tense, or a small word ("was", "of")
    /// that leads to no capitalised word. Not a word of a title-cased run ("Dictionary of American Biography", "Buildings and Grounds") nor one
    /// describing the noun after it ("the Discovery phase").
    static func isProse(_ text: [UInt8], _ tokens: [Token], _ i: Int, _ r: Range<Int>, knowledge: Knowledge) -> Bool {
        let t = tokens[i]
        if t.isPossessive { return t.joined == 0 }
        guard t.joined == 0, i - 1 >= r.lowerBound, tokens[i - 1].isWord, !tokens[i - 1].isCapitalised, !tokens[i - 1].hasDigit
        else { return false }
        // "Buildings and Grounds": a small word after a capitalised common word joins a title's words ("Putin and
        // Xi" joins names).
        if i - 2 >= r.lowerBound, tokens[i - 2].isWord, tokens[i - 2].isCapitalised {
            let w = tokens[i - 2]
            if knowledge.isWord(w.hash, .common) || knowledge.gazetteer.isCommonWord(text[w.start..<w.end]) { return false }
        }
        guard i + 1 < r.upperBound else { return true }
        let next = tokens[i + 1]
        guard next.isWord else { return next.joined == 0 }
        guard next.joined == 0, !next.isCapitalised else { return false }
        // A verb of speaking or one in the past tense ("the Patriots arrived"), not a noun ("the Discovery phase").
        if knowledge.isWord(next.hash, .speech) { return true }
        if next.end - next.start >= 4, text[next.end - 2] == UInt8(ascii: "e"), text[next.end - 1] == UInt8(ascii: "d") { return true }
        guard NameChecks.afterAloneName.contains(next.hash) else { return false }
        // "the Surface of the Ground": the small word leads to a capitalised one.
        var j = i + 2
        if j < r.upperBound, tokens[j].isWord, tokens[j].hash == Recognizer.theHash { j += 1 }
        return !(j < r.upperBound && tokens[j].isWord && tokens[j].isCapitalised)
    }
}
