/// The recognizer's emit part: checks a name found by the scan, trims it, and records it as a
/// candidate (with its words in the name pool), or a known form, an acronym in brackets, a speaker label.
extension Recognizer {
    /// "PRESIDENT BIDEN:" at the start of a paragraph: a label candidate for the name part; "JS and NF:" (two speakers
    /// answering together): one for each. Returns the token index after the colon.
    mutating func speakerLabel(_ r: Range<Int>, _ sent: Sentence) -> Int? {
        var i = r.lowerBound
        var parts: [[Int]] = [[]]
        while i < r.upperBound, i - r.lowerBound < 8 {
            let t = tokens[i]
            if t.isWord, t.hash == Recognizer.andHash, !parts[parts.count - 1].isEmpty, parts.count < 3 {
                parts.append([])
            } else if t.isWord {
                guard t.isAllCaps || (t.isCapitalised && t.end - t.start == 1) else { return nil }
                parts[parts.count - 1].append(i)
            } else if t.punct == UInt8(ascii: ":") {
                break
            } else { return nil }
            i += 1
        }
        guard i < r.upperBound, tokens[i].punct == UInt8(ascii: ":"), parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        for words in parts { addSpeakerLabel(words, sent) }
        return i + 1
    }

    /// One speaker's label: the name part of the consecutive tokens `words`, after any title.
    mutating func addSpeakerLabel(_ words: [Int], _ sent: Sentence) {
        var name = words[...]
        while let f = name.first, let n = forms.titleLength(tokens, f, limit: words.last! + 1, anyCase: true) { name = name.dropFirst(n) }
        guard let f = name.first, !(name.count == 1 && knowledge.isWord(tokens[f].hash, .common)) else { return }
        let entry = names.add(text, key: Tokenizer.phraseHash(tokens[f...name.last!]), words: name.map { tokens[$0].hash },
                              ranges: name.map { TextRange(tokens[$0].start, tokens[$0].end) })
        candidates.append(Candidate(range: TextRange(tokens[f].start, tokens[name.last!].end), name: entry,
                                    in: sent, isLabel: true))
    }

    mutating func emitKnown(_ item: Item, _ form: Knowledge.Form, sent: Sentence, headline: Bool, titled: Bool) {
        let last = tokens[item.end - 1]
        let first = tokens[item.first]
        var c = Candidate(range: TextRange(first.start, last.end), knowledge: form.entry, in: sent)
        c.isNameForm = form.isName
        addAcronymAfter(item.end, sent: sent)
        candidates.insert(c, at: candidates.count - (pendingAcronym ? 1 : 0))
        pendingAcronym = false
    }

    /// "Eurasian Economic Union (EEU)": an acronym in brackets right after a name (the caller puts the
    /// name's candidate before it).
    mutating func addAcronymAfter(_ j: Int, sent: Sentence) {
        guard j + 2 < tokens.count, tokens[j].punct == UInt8(ascii: "("), tokens[j + 1].isWord, tokens[j + 1].isAllCaps,
              tokens[j + 2].punct == UInt8(ascii: ")") else { return }
        let a = tokens[j + 1]
        let entry = names.add(text, key: Tokenizer.phraseHash(tokens[(j + 1)...(j + 1)]), words: [a.hash],
                              ranges: [TextRange(a.start, a.end)])
        var c = Candidate(range: TextRange(a.start, a.end), name: entry, in: sent)
        c.isAcronym = true
        c.followsExpansion = true
        candidates.append(c)
        usedAcronym.append(j + 1)
        pendingAcronym = true
    }

    /// Validates and records an unknown name made of `items`.
    mutating func emitName(_ items: ArraySlice<Item>, sent: Sentence, titled: Bool, titleRange: TextRange?, head: EntityType?,
                           headline: Bool, limit: Int, keepAll: Bool = false) {
        var toks = scratch.nameTokens
        scratch.nameTokens = [] // (first, so that `toks` holds the only reference and keeps its storage)
        toks.clear()
        defer { scratch.nameTokens = toks }
        for it in items {
            toks.append(contentsOf: it.first..<it.end)
            if case .known = it.kind { protected.append(contentsOf: it.first..<it.end) }
        }
        defer { protected.clear() }
        if keepAll || head != nil {
            emitTokens(toks, sent: sent, titled: titled, titleRange: titleRange, head: head, headline: headline, limit: limit,
                       keepAll: keepAll, initialFirst: initial[toks[0]])
            return
        }
        // A capitalised common word inside a stretch ends one name and starts another
        // ("the Final Settlement With Respect to Germany").
        var segment = scratch.segmentTokens
        scratch.segmentTokens = [] // (first, so that `segment` holds the only reference and keeps its storage)
        segment.clear()
        defer { scratch.segmentTokens = segment }
        var first = true
        for x in toks {
            if !segment.isEmpty, tokens[x].isCapitalised, knowledge.isWord(tokens[x].hash, .common), tokens[segment.last!].isCapitalised {
                emitTokens(segment, sent: sent, titled: first && titled, titleRange: first ? titleRange : nil, head: nil,
                           headline: headline, limit: limit, keepAll: false, initialFirst: first ? initial[segment[0]] : true)
                segment.clear()
                first = false
            }
            segment.append(x)
        }
        if !segment.isEmpty {
            emitTokens(segment, sent: sent, titled: first && titled, titleRange: first ? titleRange : nil, head: nil,
                       headline: headline, limit: limit, keepAll: false, initialFirst: first ? initial[segment[0]] : true)
        }
    }

    static let theHash = TextHash.of("the".utf8)
    static let byHash = TextHash.of("by".utf8)
    static let andHash = TextHash.of("and".utf8)
    static let numberWords: [UInt64] = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                                        "twenty", "hundred", "thousand"].map { TextHash.of($0.utf8) }
    static let onHash = TextHash.of("on".utf8)
    static let sicHash = TextHash.of("sic".utf8)
    static let governmentHash = TextHash.of("government".utf8)
    static let iiHash = TextHash.of("ii".utf8)

    /// Validates and records one name made of the tokens `tokensIn`.
    mutating func emitTokens(_ tokensIn: [Int], sent: Sentence, titled: Bool, titleRange: TextRange?, head: EntityType?,
                             headline: Bool, limit: Int, keepAll: Bool, initialFirst: Bool) {
        let toks = checks.trimmedName(tokens, tokensIn, titled: titled, head: head, limit: limit, keepAll: keepAll,
                                      initialFirst: initialFirst, evidence: evidence, protected: protected)
        guard let f = toks.first, let l = toks.last else { return }
        if !keepAll, checks.isNotAName(tokens, toks, titled: titled, head: head, limit: limit, evidence: evidence) { return }
        // If what is left is exactly a known form, it is that.
        if let (form, n) = forms.knownForm(tokens, f, l + 1), n == toks.count, toks.count == l - f + 1 {
            emitKnown(Item(kind: .known(form), first: f, end: l + 1), form, sent: sent, headline: headline, titled: titled)
            return
        }
        // A transcript editor's correction follows a misspoken name: "Velenskyy [sic]", "Uranian [Ukrainian]".
        if l + 3 < limit, tokens[l + 1].punct == UInt8(ascii: "["), tokens[l + 2].isWord, tokens[l + 3].punct == UInt8(ascii: "]"),
           tokens[l + 2].hash == Recognizer.sicHash || tokens[l + 2].isCapitalised {
            return
        }
        var c = Candidate(range: TextRange(tokens[f].start, tokens[l].end), name: nameEntry(toks), in: sent,
                          titleStart: titleRange?.start)
        c.head = head
        c.titled = titled
        c.inHeadline = headline || quotedTitle[f]
        // A dateline ("Presidential Palace, Yellow Room"): a short line naming places by their head words.
        if headline, head == .place || head == .organization, sent.paragraph > 0, sentenceRange(sent.index).count <= 8 {
            c.inHeadline = false
        }
        c.isAcronym = toks.count == 1 && tokens[f].isAllCaps && tokens[f].end - tokens[f].start <= 8
        checks.addContextCues(tokens, &c, toks, head: head, limit: limit, initialFirst: initialFirst)
        if beforeRole, !titled, c.cue == nil {
            // "Senior Engineer Tom …": common words before the role qualify it; they name no team.
            if toks.allSatisfy({ knowledge.gazetteer.isCommonWord(text[tokens[$0].start..<tokens[$0].end]) }) { return }
            c.cue = .organization
        }
        c.hasPlainWord = hasPlainWord(toks)
        c.opensWithMaker = opensWithMaker(toks)
        addAcronymAfter(l + 1, sent: sent)
        candidates.insert(c, at: candidates.count - (pendingAcronym ? 1 : 0))
        pendingAcronym = false
    }

    /// Records a name of digits and capitals (`CodeName`): typed by the words around it, else "18F", "4-H" and an
    /// office's symbol ("EUR/SE") as an acronym (an organisation) and a designation of letters, a hyphen and digits
    /// ("F-16", "S-400") as a project.
    mutating func emitCodeName(_ toks: Range<Int>, sent: Sentence, headline: Bool, limit: Int) {
        let f = toks.lowerBound, l = toks.upperBound - 1
        let entry = names.add(text, key: Tokenizer.phraseHash(tokens[toks]), words: toks.map { tokens[$0].hash },
                              ranges: toks.map { TextRange(tokens[$0].start, tokens[$0].end) })
        var c = Candidate(range: TextRange(tokens[f].start, tokens[l].end), name: entry, in: sent)
        c.inHeadline = headline || quotedTitle[f]
        checks.addContextCues(tokens, &c, Array(toks)[...], head: nil, limit: limit, initialFirst: initial[f])
        if Bytes.isDigit(text[tokens[f].start]) || tokens[l].joined == UInt8(ascii: "/") { c.isAcronym = true } else if c.cue == nil { c.cue = .project }
        candidates.insert(c, at: candidates.count - (pendingAcronym ? 1 : 0))
        pendingAcronym = false
    }

    /// The end of a website's name written as a domain at `i` ("IdentityTheft.gov", "help.example.com"): words joined
    /// by dots without spaces, the last a top-level domain; nil when there is none (or it is part of an e-mail address).
    func websiteEnd(_ i: Int, _ limit: Int) -> Int? {
        if i > 0, !tokens[i - 1].isWord, !tokens[i].spaceBefore,
           tokens[i - 1].punct == UInt8(ascii: "@") || tokens[i - 1].punct == UInt8(ascii: ".") { return nil }
        var j = i + 1
        while j + 1 < limit, !tokens[j].isWord, tokens[j].punct == UInt8(ascii: "."), !tokens[j].spaceBefore,
              tokens[j + 1].isWord, !tokens[j + 1].spaceBefore { j += 2 }
        guard j > i + 1, j - i <= 7 else { return nil }
        let tld = text[tokens[j - 1].start..<tokens[j - 1].end]
        guard Recognizer.topLevelDomains.contains(where: { $0.elementsEqual(tld) }) else { return nil }
        return j
    }

    /// A website named by its domain: one name of one word, a medium.
    mutating func emitWebsite(_ toks: Range<Int>, sent: Sentence) {
        let f = toks.lowerBound, l = toks.upperBound - 1
        let whole = TextRange(tokens[f].start, tokens[l].end)
        let entry = names.add(text, key: Tokenizer.phraseHash(tokens[toks]), words: [Tokenizer.phraseHash(tokens[toks])],
                              ranges: [whole])
        var c = Candidate(range: whole, name: entry, in: sent)
        c.cue = .media
        candidates.insert(c, at: candidates.count - (pendingAcronym ? 1 : 0))
        pendingAcronym = false
    }

    static let topLevelDomains: [[UInt8]] = ["gov", "com", "org", "net", "edu", "mil", "int", "io", "info"].map { Array($0.utf8) }

    /// Whether the name `toks` has two capitalised words or more and opens with a word the text also writes
    /// in lower case, not a given name ("College Greenlight", "National Archives"; a surname may be a word,
    /// "Jim Miller", a first name seldom is).
    func hasPlainWord(_ toks: ArraySlice<Int>) -> Bool {
        let words = toks.filter { tokens[$0].isCapitalised && tokens[$0].hash != Recognizer.theHash }
        guard words.count >= 2, evidence.lowerSeen.contains(tokens[words[0]].hash) else { return false }
        return !knowledge.gazetteer.isGivenName(text[tokens[words[0]].start..<tokens[words[0]].end])
    }

    /// A name of several words opening with a company's or medium's name the tables know ("Nintendo Switch",
    /// "Apple AirPods", a name that is also a common word included; not one that is also a surname, "Ford"):
    /// the maker's product or part, no person's name.
    func opensWithMaker(_ toks: ArraySlice<Int>) -> Bool {
        guard let f = toks.first(where: { tokens[$0].isCapitalised && tokens[$0].hash != Recognizer.theHash }),
              toks.filter({ tokens[$0].isCapitalised }).count >= 2 else { return false }
        let written = text[tokens[f].start..<tokens[f].end]
        guard let hit = knowledge.gazetteer.namedHit(TextHash.combine(TextHash.seed, 0, tokens[f].hash)),
              !hit.ambiguous || hit.onlyAWord, hit.type == .organization || hit.type == .media else { return false }
        return !knowledge.gazetteer.isGivenName(written)
    }

    /// The `NamePool` entry of the name `toks`: its key (without a leading "the"), its capitalised
    /// words and ordinals, and their ranges.
    mutating func nameEntry(_ toks: ArraySlice<Int>) -> UInt32 {
        var nameToks = scratch.wordTokens
        scratch.wordTokens = [] // (first, so that `nameToks` holds the only reference and keeps its storage)
        nameToks.clear()
        for x in toks where tokens[x].isCapitalised || tokens[x].isWord { nameToks.append(x) }
        var keyToks = nameToks[...]
        if keyToks.count > 1, tokens[keyToks.first!].hash == Recognizer.theHash { keyToks = keyToks.dropFirst() }
        scratch.words.clear()
        scratch.ranges.clear()
        for x in nameToks {
            let t = tokens[x]
            if t.isCapitalised || WordShape.isOrdinal(text, t) { scratch.words.append(t.hash) }
            if t.isCapitalised { scratch.ranges.append(TextRange(t.start, t.end)) }
        }
        let key = Tokenizer.phraseHash(tokens, keyToks)
        keyToks = []
        scratch.wordTokens = nameToks
        return names.add(text, key: key, words: scratch.words, ranges: scratch.ranges)
    }
}
