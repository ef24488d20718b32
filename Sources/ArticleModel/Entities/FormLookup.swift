/// The knowledge looked up at a token of a sentence: known name forms, titles, head words and
/// connectors, each a few hash look-ups over the words that follow, and the checks of how a run of
/// capitalised words goes on (a title before a name, a possessive or a connector inside one). The
/// recognizer's scan and emit parts ask it a few times a word.
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
        // "Washington, D.C.": a form of two words written with a comma before its second, a dotted abbreviation.
        if maxN > 1, i + 2 < limit, !tokens[i + 1].isWord, tokens[i + 1].punct == UInt8(ascii: ","), tokens[i + 2].isWord,
           tokens[i + 2].isAllCaps, text[tokens[i + 2].end - 1] == UInt8(ascii: "."),
           let f = knowledge.forms[Tokenizer.phraseHash(tokens, [i, i + 2][...])], f.tokens == 2 {
            return (f, 3)
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

    /// A company, medium or physical feature of several words the generated tables know clearly, starting at `i`
    /// and longer than any knowledge form there ("USA Today": not the country "USA" and the word "Today"):
    /// its length in tokens.
    func longTableName(_ tokens: [Token], _ i: Int, _ limit: Int) -> Int? {
        guard let maxN = knowledge.gazetteer.longNameWords(startingWith: tokens[i].hash) else { return nil }
        var n = wordRun(tokens, i, limit, max: maxN)
        while n > 1 {
            if tokens[i + n - 1].isCapitalised, knowledge.gazetteer.isClearName(Tokenizer.phraseHash(tokens[i..<(i + n)])) {
                return n > (knownForm(tokens, i, limit)?.1 ?? 1) ? n : nil
            }
            n -= 1
        }
        return nil
    }

    /// "Browns DL Sheldon Richardson", "… NFL Insider Jason …": a role written as a short acronym (two to four
    /// capitals, no full stop, no roman number) or a job noun, the item `role`, right before the given name at `j`.
    func isRoleBeforeGivenName(_ tokens: [Token], _ role: Recognizer.Item, _ j: Int) -> Bool {
        guard case .word = role.kind, role.end - role.first == 1, role.end == j else { return false }
        let r = tokens[role.first], g = tokens[j]
        guard r.spaceBefore, r.joined == 0, g.spaceBefore, g.joined == 0, !g.isAllCaps, r.fullEnd == r.end else { return false }
        let acronym = r.isAllCaps && (2...4).contains(r.end - r.start) && !r.hasDigit && !WordShape.isRoman(text, r)
            && !text[r.start..<r.end].contains(UInt8(ascii: "."))
        guard acronym || (r.isCapitalised && !r.isAllCaps && knowledge.isWord(r.hash, .jobTitle)) else { return false }
        return knowledge.gazetteer.isGivenName(text[g.start..<g.end])
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

    /// The type a head word gives a name it opens ("Lake Tana", "Radio Liberty"), for a name of several words.
    func frontHead(_ tokens: [Token], _ items: ArraySlice<Recognizer.Item>) -> EntityType? {
        guard items.count > 1, let first = items.first, case .word = first.kind, first.end - first.first == 1 else { return nil }
        let t = tokens[first.first]
        guard t.isCapitalised, !t.isAllCaps, knowledge.frontHeads[t.hash] != nil else { return nil }
        return knowledge.heads[t.hash]
    }

    /// Whether the run `items` opens with a given name and ends with a head word that is also a surname ("Sally Field").
    func isSurnameAfterGivenName(_ tokens: [Token], _ items: ArraySlice<Recognizer.Item>) -> Bool {
        guard let first = items.first, let last = items.last, items.count > 1, case .word = first.kind,
              knowledge.surnameHeads[tokens[last.end - 1].hash] != nil else { return false }
        let g = tokens[first.first]
        return knowledge.gazetteer.isGivenName(text[g.start..<g.end])
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

    /// A title at `j` that stands before a name, at the start of a run, or after another title
    /// ("Mr. President"); elsewhere ("Council of Foreign Ministers") the words are part of a name.
    func titleBeforeName(_ tokens: [Token], _ j: Int, _ limit: Int, _ items: [Recognizer.Item]) -> Int? {
        guard let n = titleLength(tokens, j, limit: limit) else { return nil }
        if items.isEmpty { return n }
        if case .title = items.last!.kind { return n }
        var e = j + n
        if e < limit, !tokens[e].isWord, text[tokens[e].start] == UInt8(ascii: ".") { e += 1 }
        // ("Martin Luther King Jr.": a title before a generational suffix is a surname.)
        if e < limit, tokens[e].isWord, tokens[e].isCapitalised, !tokens[j + n - 1].isPossessive,
           !FormLookup.generationSuffixes.contains(tokens[e].hash) { return n }
        return nil
    }
    static let generationSuffixes: [UInt64] = ["jr", "sr"].map { TextHash.of($0.utf8) }

    /// "the People's Bank of China", "the Workers' Party": a common word's possessive inside an
    /// organisation's name (the capitalised words after it end in an organisation head word).
    func possessiveInsideName(_ tokens: [Token], _ last: Recognizer.Item, _ j: Int, _ limit: Int, lowerSeen: WordSet) -> Bool {
        let h = tokens[last.end - 1].hash
        guard case .word = last.kind, lowerSeen.contains(h) || knowledge.isWord(h, .possessiveName) else { return false }
        var e = j
        while e < limit, tokens[e].isWord, tokens[e].isCapitalised, !tokens[e].isPossessive, e == j || tokens[e].spaceBefore { e += 1 }
        return e > j && head(tokens[e - 1]) == .organization
    }

    /// Whether connector `j` (of `n` tokens) may continue the run `items`: "of" after a head word or a
    /// name-like common word, "on" after an event or organisation, "and" inside an "of" name.
    func allowsConnector(_ tokens: [Token], _ items: [Recognizer.Item], _ j: Int, _ n: Int, initial: [Bool], lowerSeen: WordSet) -> Bool {
        guard let last = items.last else { return false }
        let prev = tokens[last.end - 1]
        let word = knowledge.connectors[tokens[j].hash].map { $0.contains { $0.count == 1 && $0[0] == tokens[j].hash } } ?? false
        let isOfFor = tokens[j].hash == TextHash.of("of".utf8) || tokens[j].hash == TextHash.of("for".utf8)
        if tokens[j].hash == Recognizer.onHash {
            // "Treaty on …", "Conference on Disarmament": only after an event or organisation head word.
            guard let h = head(tokens[last.end - 1]), h == .event || h == .organization else { return false }
            return true
        }
        if tokens[j].hash == Recognizer.andHash {
            // "Office of Near Eastern and African Affairs": "and" inside an organisation's "of" name, before a
            // new word or a demonym, not before another known name ("the Council of Europe and NATO").
            guard items.contains(where: { if case .connector = $0.kind { return true } else { return false } }),
                  let firstHead = items.first(where: { if case .word = $0.kind { return head(tokens[$0.end - 1]) == .organization } else { return false } }),
                  items.firstIndex(where: { $0.first == firstHead.first })! < items.firstIndex(where: { if case .connector = $0.kind { return true } else { return false } })!
            else { return false }
            if let (form, _) = knownForm(tokens, j + n, tokens.count), form.isName { return false }
            // "the Department of Education and Department of Treasury": a head word after "and" starts a second name.
            if j + n < tokens.count, tokens[j + n].isWord, head(tokens[j + n]) != nil { return false }
            return true
        }
        switch last.kind {
        case .word:
            if !isOfFor { return word || n > 0 }
            if head(tokens[last.end - 1]) != nil { return true }
            // "in The Art of War", "wrote A Theory of Justice": a work's title, opened by a capitalised article inside a sentence.
            if let first = items.first, case .word = first.kind, !initial[first.first], tokens[first.first].isCapitalised,
               !tokens[first.first].isAllCaps, FormLookup.titleArticles.contains(tokens[first.first].hash), items.count >= 2 { return true }
            // "the Foreign Relations of the United States", "the Constitution of the United States": a name of a country's
            // document or series, away from the sentence start; not a person's ("President Joseph Biden of the United States").
            if n == 2, !initial[last.first], let (form, _) = knownForm(tokens, j + n, tokens.count), form.isName,
               knowledge.entries[form.entry].type == .country, let first = items.first, case .word = first.kind,
               !knowledge.gazetteer.isGivenName(text[tokens[first.first].start..<tokens[first.first].end]) { return true }
            // "the Gang of Four", "the Council of Ten": a number word after "of".
            if j + n < tokens.count, Recognizer.numberWords.contains(tokens[j + n].hash), !initial[last.first] { return true }
            // "the Power of Siberia": a common word used as a name, away from the sentence start.
            return !initial[last.first] && lowerSeen.contains(prev.hash) && !knowledge.isWord(prev.hash, .common)
        case .known:
            return isOfFor && head(tokens[last.end - 1]) != nil
        default:
            return false
        }
    }

    static let titleArticles: [UInt64] = ["the", "a", "an"].map { TextHash.of($0.utf8) }

    /// What a run's context says: whether a title or role word names a person in it (and the title's
    /// range), whether it is read as in a headline line, and the items left after leading titles.
    func titledRun(_ tokens: [Token], _ all: [Recognizer.Item], headline: Bool, limit: Int, initial: [Bool])
        -> (items: ArraySlice<Recognizer.Item>, titled: Bool, titleRange: TextRange?, headline: Bool) {
        var items = all[...]
        var titled = false
        var titleRange: TextRange? = nil
        // A lower-case role word just before the run: "my colleague Adam Garrie", "the poet Nguyễn Du".
        let before = items.first!.first - 1
        if before >= 0, tokens[before].isWord, !tokens[before].isCapitalised,
           let cap = knowledge.titles[TextHash.combine(TextHash.seed, 0, tokens[before].hash)], !cap {
            titled = true
        }
        // A byline ("By John Smith") names a person even in a headline-like line.
        var headline = headline
        // "The Ambassador in the Soviet Union (Harriman)": a name in brackets after a title names its holder.
        if all.count == 1, case .word = all[0].kind, all[0].end - all[0].first == 1, before >= 0, tokens[before].punct == UInt8(ascii: "("),
           all[0].end < limit, tokens[all[0].end].punct == UInt8(ascii: ")") {
            var b = before - 1
            while b >= 0, b >= before - 10, !(tokens[b].isWord && tokens[b].isCapitalised && titleLength(tokens, b, limit: before) != nil) { b -= 1 }
            if b >= 0, b >= before - 10 {
                titled = true
                headline = false
            }
        }
        if headline, items.count > 1, tokens[items.first!.first].hash == Recognizer.byHash, initial[items.first!.first] {
            items = items.dropFirst()
            headline = false
            titled = true
        } else if headline, before >= 0, tokens[before].isWord, tokens[before].hash == Recognizer.byHash,
                  !items.contains(where: { if case .title = $0.kind { return true } else { return false } }) {
            headline = false // "Posted on June 3 by Tom Lee"
            titled = true
        }
        // Leading titles, unless the title word heads a name ("General Office").
        while let f = items.first, case .title = f.kind {
            if items.count > 1, case .word = items[items.startIndex + 1].kind, head(tokens[items[items.startIndex + 1].first]) != nil,
               f.end - f.first == 1 {
                items[items.startIndex].kind = .word
                break
            }
            titled = true
            titleRange = TextRange(tokens[f.first].start, tokens[f.end - 1].end)
            items = items.dropFirst()
        }
        return (items, titled, titleRange, headline)
    }
}
