/// The knowledge looked up at a token of a sentence: known name forms, titles, head words and
/// connectors, each a few hash look-ups over the words that follow (the recognizer's scan and emit
/// parts ask it a few times a word).
struct FormLookup {
    let text: [UInt8]
    let knowledge: Knowledge

    /// Number of consecutive word tokens from `i` (no punctuation between), up to `limit`.
    func wordRun(_ tokens: [Token], _ i: Int, _ limit: Int, max n: Int) -> Int {
        var count = 0
        var j = i
        while j < limit, count < n, tokens[j].isWord {
            if count > 0, !tokens[j].spaceBefore, tokens[j].joined == 0 { break }
            count += 1; j += 1
        }
        return count
    }

    /// The longest knowledge form starting at `i`, and its length in tokens.
    func knownForm(_ tokens: [Token], _ i: Int, _ limit: Int) -> (Knowledge.Form, Int)? {
        let t = tokens[i]
        let maxN = knowledge.formStarts.mayContain(t.hash) ? knowledge.maxFormTokens[t.hash] ?? 0 : 0
        if maxN > 1 {
            var n = wordRun(tokens, i, limit, max: maxN)
            while n > 1 {
                // Every word but the first may be lower case only if the phrase says so; the last must be capitalised
                // unless it is a number ("World War II" is capitalised anyway).
                if let f = knowledge.forms[Tokenizer.phraseHash(tokens[i..<(i + n)])], f.tokens == n { return (f, n) }
                n -= 1
            }
        }
        // "Sino-Russian" (after longer forms: "Indo-Pacific" is a region, not India).
        if i + 1 < limit, tokens[i + 1].joined == UInt8(ascii: "-"), let f = knowledge.combining[t.hash] { return (f, 1) }
        // (A word as written equal to an exact form has that form's lower-cased hash.)
        if knowledge.exactWords.mayContain(t.hash), let f = knowledge.exactForms[Tokenizer.exactHash(text, t)] { return (f, 1) }
        if t.isCapitalised, knowledge.formStarts.mayContain(t.hash),
           let f = knowledge.forms[TextHash.combine(TextHash.seed, 0, t.hash)], f.tokens == 1 {
            return (f, 1)
        }
        return nil
    }

    /// Length in tokens of a title starting at `i`.
    func titleLength(_ tokens: [Token], _ i: Int, limit: Int, anyCase: Bool = false) -> Int? {
        let t = tokens[i]
        guard knowledge.titleStarts.mayContain(t.hash), let maxN = knowledge.maxTitleTokens[t.hash] else { return nil }
        var n = wordRun(tokens, i, limit, max: maxN)
        while n >= 1 {
            if let capitalised = knowledge.titles[Tokenizer.phraseHash(tokens[i..<(i + n)])] {
                if !capitalised || t.isCapitalised || anyCase { return n }
            }
            n -= 1
        }
        return nil
    }

    /// Whether the words `words` are all titles ("Secretary", "Foreign Minister").
    func titleOnly(_ tokens: [Token], _ words: ArraySlice<Int>) -> Bool {
        var i = words.first!
        let end = words.last! + 1
        while i < end {
            guard let n = titleLength(tokens, i, limit: end) else { return false }
            i += n
            if i < end, !tokens[i].isWord { i += 1 }
        }
        return true
    }

    /// The type a capitalised head word gives a name ("Bank", "Sea", "Summit").
    func head(_ t: Token) -> EntityType? {
        guard t.isCapitalised else { return nil }
        return knowledge.heads[t.hash]
    }

    /// A connector phrase ("of", "of the", "bin") at `i` followed by a capitalised word: its length.
    func connectorLength(_ tokens: [Token], _ i: Int, _ limit: Int) -> Int? {
        guard let phrases = knowledge.connectors[tokens[i].hash] else { return nil }
        var best: Int? = nil
        for phrase in phrases where i + phrase.count < limit {
            var matches = true
            for (o, h) in phrase.enumerated() {
                let t = tokens[i + o]
                if !t.isWord || t.hash != h || t.isCapitalised || !t.spaceBefore || t.gapBefore { matches = false; break }
            }
            let next = tokens[i + phrase.count]
            // The next word follows a space, or is joined to a particle: "al-Reberter", "el-Sisi".
            let particle = tokens[i + phrase.count - 1]
            let attached = next.spaceBefore || (next.joined == UInt8(ascii: "-") && particle.end - particle.start <= 3)
            if matches, next.isWord, next.isCapitalised, attached, !next.gapBefore, phrase.count > (best ?? 0) { best = phrase.count }
        }
        return best
    }
}
