/// What the whole text says about each word, gathered in the recognizer's first pass: a capitalised
/// word is a name only if the text does not also use it as an ordinary word.
struct WordEvidence {
    /// Words seen starting with a lower-case letter.
    var lowerSeen = WordSet()
    /// Capitalised words seen away from the start of a sentence, outside headline lines.
    var midCap = WordSet()
    /// Capitalised words seen standing alone (not hyphen-joined) in the body.
    var freeCap = WordSet()

    /// Adds the evidence of one paragraph's tokens (`initial`: the words that open a sentence;
    /// `body`: the paragraph is not a headline line).
    mutating func collect(_ text: [UInt8], _ tokens: [Token], _ sentenceTokens: [Range<Int>], initial: [Bool], body: Bool) {
        for r in sentenceTokens {
            for i in r {
                let t = tokens[i]
                guard t.isWord else { continue }
                if t.isCapitalised {
                    if body {
                        if !initial[i], !t.isAllCaps { midCap.insert(t.hash) }
                        let joinedAfter = i + 1 < tokens.count && tokens[i + 1].joined != 0
                        if t.joined == 0, !joinedAfter { freeCap.insert(t.hash) }
                    }
                } else if t.joined == 0, !t.hasDigit || text[t.start] > UInt8(ascii: "9") {
                    lowerSeen.insert(t.hash)
                }
            }
        }
    }
}
