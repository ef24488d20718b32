/// What the recognizer hands on: the candidates and their names' words for the resolver, and the
/// words that can label a tie for the relations.
struct Recognized {
    var candidates: [Candidate]
    var names: NamePool
    var labels: Relations.LabelWords
}

/// Finds entity mentions in an article's sentences without any per-article list of names:
/// capitalised name sequences (with connectors such as "of", "bin", "van"), known countries,
/// demonyms, places and organisations from `Knowledge`, titles that mark people, compounds
/// ("Chinese-Russian", "Xi-Putin") and possessives, acronyms, and transcript speaker labels.
/// Works on UTF-8 bytes and hashes; linear in the text size.
struct Recognizer {
    let s: [UInt8]
    let k: Knowledge
    /// The tokens of the paragraph at hand (the recognizer reads one paragraph at a time, twice: a whole
    /// text's tokens, 24 bytes a word or mark, would be about five times the text).
    var tokens: [Token] = []
    /// Token range of each sentence of the paragraph, and the index of its first sentence.
    var sentenceTokens: [Range<Int>] = []
    var firstSentence = 0
    /// A short text's tokens and their `initial` marks, kept from the first pass for the second (reading
    /// them is a fifth of the work).
    var saved: [Token] = []
    var savedInitial: [Bool] = []
    var savedSentenceTokens: [Range<Int>] = []
    var keepsTokens = false
    /// Paragraphs longer than this are read a run of sentences at a time (`pieceBytes`; tests lower it).
    var pieceLimit = Recognizer.pieceBytes
    /// The words that can label a tie, for the relations.
    var labels = Relations.LabelWords()
    /// Words seen starting with a lower-case letter.
    var lowerSeen = WordSet()
    /// Capitalised words seen away from the start of a sentence, outside headline lines.
    var midCap = WordSet()
    /// Capitalised words seen standing alone (not hyphen-joined) in the body.
    var freeCap = WordSet()
    var initial: [Bool] = []
    var candidates: [Candidate] = []
    /// The words of the candidates' names.
    var names = NamePool()
    /// Scratch lists for a name's words and word ranges (reused: a name is emitted every few words).
    var scratchWords: [UInt64] = []
    var scratchRanges: [TextRange] = []
    var headline: [Bool] = []
    /// Whether each paragraph is written in capitals (`isShouting`), found in the first pass for the second.
    var shouting: [Bool] = []
    /// Tokens already used as an acronym in brackets.
    var usedAcronym: [Int] = []
    /// Tokens of known forms inside the name being emitted (never dropped as common words).
    var protected: [Int] = []
    /// Scratch lists reused from name to name (a list made per name was most of the allocations):
    /// a run's items, a stretch of unknown words, a name's tokens, a segment of them, its name words.
    var runItems: [Item] = []
    var stretchItems: [Item] = []
    var nameTokens: [Int] = []
    var segmentTokens: [Int] = []
    var wordTokens: [Int] = []

    init(bytes: [UInt8], knowledge: Knowledge) { s = bytes; k = knowledge }

    // The lookups below are `mutating` though they change nothing: called from a mutating method (which
    // reading names is), a non-mutating one was handed a copy of the whole recognizer (some 660 bytes,
    // a `memcpy` a call), and they are called a few times a word.

    /// The candidates, and for the relation stage the words of each sentence that can label a tie
    /// (`Relations.labelWords`), by sentence.
    static func recognize(_ bytes: [UInt8], paragraphs: [Paragraph], sentences: [Sentence], knowledge: Knowledge,
                          keptTokensLimit: Int = Recognizer.keptTokensLimit,
                          pieceLimit: Int = Recognizer.pieceBytes) -> Recognized {
        var r = Recognizer(bytes: bytes, knowledge: knowledge)
        r.keepsTokens = bytes.count <= keptTokensLimit
        r.pieceLimit = pieceLimit
        r.run(paragraphs: paragraphs, sentences: sentences)
        return Recognized(candidates: r.candidates, names: r.names, labels: r.labels)
    }

    /// Texts up to this size keep their tokens between the two passes (at most about 1.5 MB of tokens).
    static let keptTokensLimit = 256 << 10

    /// A paragraph longer than this is read a run of its sentences at a time (a 10 MB one-line text
    /// would otherwise need its whole token list at once: about 4× its size).
    static let pieceBytes = 64 << 10

    /// The sentences of `p` in runs of at most about `pieceBytes` (a single longer sentence is one run).
    static func pieces(_ p: Paragraph, _ sentences: [Sentence], limit: Int = pieceBytes) -> [Range<Int>] {
        guard p.range.count > limit, p.sentences.count > 1 else { return [p.sentences] }
        var out: [Range<Int>] = []
        var start = p.sentences.lowerBound
        for si in p.sentences where si > start && sentences[si].range.end - sentences[start].range.start > limit {
            out.append(start..<si)
            start = si
        }
        out.append(start..<p.sentences.upperBound)
        return out
    }

    /// Two passes over the paragraphs: evidence about words over the whole text (which words are seen in
    /// lower case, capitalised inside sentences …), then names, which need that evidence.
    mutating func run(paragraphs: [Paragraph], sentences: [Sentence]) {
        headline.reserveCapacity(paragraphs.count)
        shouting.reserveCapacity(paragraphs.count)
        let long = paragraphs.contains { $0.range.count > pieceLimit && $0.sentences.count > 1 }
        if long { keepsTokens = false }
        if keepsTokens {
            // About a token per 4 bytes of English (a word and its space, some punctuation): reserving that
            // saves growing the kept list a dozen times, copying it each time.
            saved.reserveCapacity(s.count / 4)
            savedInitial.reserveCapacity(s.count / 4)
            savedSentenceTokens.reserveCapacity(sentences.count)
        }
        for p in paragraphs {
            let pieces = long ? Self.pieces(p, sentences, limit: pieceLimit) : [p.sentences]
            if pieces.count > 1 {
                // A long paragraph: capitals are counted over all of it first, a run at a time. With more
                // words than any headline has, it is a headline line only when written in capitals.
                var words = 0, caps = 0
                for piece in pieces {
                    readTokens(piece, sentences)
                    let (w, c) = capitals()
                    words += w; caps += c
                }
                let shout = Self.isShouting(words: words, caps: caps)
                shouting.append(shout)
                headline.append(shout)
                for piece in pieces {
                    readTokens(piece, sentences)
                    markInitials()
                    collectEvidence(p)
                }
                continue
            }
            readTokens(p.sentences, sentences)
            let (words, caps) = capitals()
            let shout = Self.isShouting(words: words, caps: caps)
            shouting.append(shout)
            headline.append(isHeadline(p, shouting: shout))
            markInitials()
            collectEvidence(p)
            if keepsTokens {
                let base = saved.count
                saved.append(contentsOf: tokens)
                savedInitial.append(contentsOf: initial[..<tokens.count])
                for r in sentenceTokens { savedSentenceTokens.append((base + r.lowerBound)..<(base + r.upperBound)) }
            }
        }
        labels.ends.reserveCapacity(sentences.count)
        for p in paragraphs {
            usedAcronym.clear()
            for piece in long ? Self.pieces(p, sentences, limit: pieceLimit) : [p.sentences] {
                if keepsTokens { savedTokens(p) } else { readTokens(piece, sentences); markInitials() }
                markQuotedTitles()
                demoteShouting(p)
                for si in piece {
                    let sent = sentences[si]
                    var range = sentenceRange(si)
                    if p.sentences.lowerBound == si, let after = speakerLabel(range, sent) {
                        range = after..<range.upperBound
                    }
                    scan(range, sent, headline: headline[p.index])
                }
                Relations.labelWords(tokens, sentenceTokens, knowledge: k, into: &labels)
            }
        }
    }

    /// Tokens of the sentences `piece` (all of a paragraph or a run of a long one).
    mutating func readTokens(_ piece: Range<Int>, _ sentences: [Sentence]) {
        tokens.clear()
        sentenceTokens.clear()
        firstSentence = piece.lowerBound
        for si in piece {
            let a = tokens.count
            Tokenizer.tokens(s, sentences[si].range, into: &tokens)
            sentenceTokens.append(a..<tokens.count)
        }
    }

    /// The tokens of paragraph `p` and their `initial` marks as the first pass read them.
    mutating func savedTokens(_ p: Paragraph) {
        tokens.clear()
        sentenceTokens.clear()
        initial.clear()
        firstSentence = p.sentences.lowerBound
        guard let first = p.sentences.first else { return }
        let base = savedSentenceTokens[first].lowerBound
        let end = savedSentenceTokens[p.sentences.upperBound - 1].upperBound
        tokens.append(contentsOf: saved[base..<end])
        initial.append(contentsOf: savedInitial[base..<end])
        for si in p.sentences {
            let r = savedSentenceTokens[si]
            sentenceTokens.append((r.lowerBound - base)..<(r.upperBound - base))
        }
    }

    /// Token range of sentence `si` (of the paragraph at hand) in `tokens`.
    mutating func sentenceRange(_ si: Int) -> Range<Int> { sentenceTokens[si - firstSentence] }

    // MARK: - Evidence over the whole text (a paragraph at a time)

    /// A line with no closing punctuation whose longer words are mostly capitalised
    /// (titles, headings, datelines, adverts): capitals there say nothing about names.
    /// (`shouting`: the paragraph is written in capitals, `isShouting`.)
    mutating func isHeadline(_ p: Paragraph, shouting: Bool) -> Bool {
        guard p.range.end > p.range.start else { return false }
        if shouting { return true }
        let last = s[p.range.end - 1]
        if last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x3B || last == 0x22 { return false }
        // A paragraph in parentheses is an aside or an annotation written in sentences, not a
        // headline: "(Later Xi met Putin.)" must find Xi and Putin as in any other sentence.
        if last == 0x29, s[p.range.start] == 0x28 { return false }
        if last == 0x80 || last == 0x9D || last == 0x99 { // …” ’ (last byte of E2 80 A6 / 9D / 99)
            if p.range.end >= 3, s[p.range.end - 3] == 0xE2 { return false }
        }
        var long = 0, caps = 0, count = 0
        for r in sentenceTokens {
            for t in tokens[r] where t.isWord {
                count += 1
                if count > (p.index == 0 ? 30 : 14) { return false } // a title may be long
                if t.end - t.start >= 4 || t.isCapitalised {
                    if k.isWord(t.hash, .common), !t.isCapitalised { continue }
                    long += 1
                    if t.isCapitalised { caps += 1 }
                }
            }
        }
        return long > 0 && caps * 3 >= long * 2
    }

    /// Tokens inside a quoted headline ("‘A Thousand People Storm the Parliament, Break Down the Doors …’"):
    /// capitals there are title case, so names in it need the same corroboration as in a headline line.
    var quotedTitle: [Bool] = []

    mutating func markQuotedTitles() {
        quotedTitle.clear()
        quotedTitle.append(contentsOf: repeatElement(false, count: tokens.count))
        for r in sentenceTokens {
            var i = r.lowerBound
            while i < r.upperBound {
                let t = tokens[i]
                guard !t.isWord, t.punct == Punct.openQuote || (t.punct == 0x22 && t.spaceBefore) else { i += 1; continue }
                var j = i + 1
                var long = 0, caps = 0
                while j < r.upperBound, tokens[j].isWord || !(tokens[j].punct == Punct.closeQuote || tokens[j].punct == 0x22) {
                    let w = tokens[j]
                    if w.isWord, w.end - w.start >= 4 || w.isCapitalised {
                        long += 1
                        if w.isCapitalised { caps += 1 }
                    }
                    j += 1
                }
                // (A short quoted name such as “Nuclear Forces Policy Law” is just a name.)
                if long >= 6, caps * 3 >= long * 2 { for x in (i + 1)..<j { quotedTitle[x] = true } }
                i = j + 1
            }
        }
    }

    /// In a paragraph written in capitals, a word counts as capitalised only when it starts a known name or
    /// title, or the mixed-case text writes it capitalised too.
    mutating func demoteShouting(_ p: Paragraph) {
        if shouting[p.index] {
            for r in sentenceTokens {
                for i in r where tokens[i].isWord && tokens[i].isAllCaps {
                    let h = tokens[i].hash
                    let ambiguous = k.isWord(h, .common) || lowerSeen.contains(h) // "WHO", "US" in "LET US"
                    if !ambiguous, freeCap.contains(h) || knownForm(i, r.upperBound) != nil || titleLength(i, limit: r.upperBound) != nil {
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
    mutating func capitals() -> (words: Int, caps: Int) {
        var words = 0, caps = 0
        for r in sentenceTokens {
            for t in tokens[r] where t.isWord && !t.hasDigit {
                words += 1
                if t.isAllCaps { caps += 1 }
            }
        }
        return (words, caps)
    }

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
                       s[tokens[i + 1].start] == 0x2E { initial[i] = true; continue } // "A. Political"
                    initial[i] = start
                    // "The Cure at Troy" after a quote: the word after an opening "The" is not evidence either.
                    start = start && t.isCapitalised && k.isWord(t.hash, .common) && !initial[max(i - 1, r.lowerBound)]
                        && i + 1 < r.upperBound && tokens[i + 1].isWord && tokens[i + 1].isCapitalised
                } else {
                    let c = t.punct
                    if c == 0x3A || c == Punct.openQuote || c == 0x28 || c == 0x5B || (c == 0x22 && t.spaceBefore) { start = true }
                }
            }
        }
        } }
        initial = marks
    }

    mutating func collectEvidence(_ p: Paragraph) {
        let body = !headline[p.index]
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
                } else if t.joined == 0, !t.hasDigit || s[t.start] > 0x39 {
                    lowerSeen.insert(t.hash)
                }
            }
        }
    }

    // MARK: - Speaker labels

    /// "PRESIDENT BIDEN:" at the start of a paragraph: a label candidate for the name part.
    /// Returns the token index after the colon.
    mutating func speakerLabel(_ r: Range<Int>, _ sent: Sentence) -> Int? {
        var i = r.lowerBound
        var words: [Int] = []
        while i < r.upperBound, i - r.lowerBound < 6 {
            let t = tokens[i]
            if t.isWord {
                guard t.isAllCaps || (t.isCapitalised && t.end - t.start == 1) else { return nil }
                words.append(i)
            } else if t.punct == 0x3A {
                break
            } else { return nil }
            i += 1
        }
        guard i < r.upperBound, tokens[i].punct == 0x3A, !words.isEmpty else { return nil }
        // (The words are consecutive tokens, so the title's limit is the token after the last.)
        var name = words[...]
        while let f = name.first, let n = titleLength(f, limit: words.last! + 1, anyCase: true) { name = name.dropFirst(n) }
        if let f = name.first, !(name.count == 1 && k.isWord(tokens[f].hash, .common)) {
            let entry = names.add(s, key: Tokenizer.phraseHash(tokens[f...name.last!]), words: name.map { tokens[$0].hash },
                                  ranges: name.map { TextRange(tokens[$0].start, tokens[$0].end) })
            candidates.append(Candidate(range: TextRange(tokens[f].start, tokens[name.last!].end), name: entry,
                                        in: sent, isLabel: true))
        }
        return i + 1
    }

    // MARK: - Items: knowledge forms, titles, capitalised words

    enum ItemKind { case known(Knowledge.Form), title, word, connector }
    struct Item { var kind: ItemKind; var first: Int; var end: Int }

    /// Number of consecutive word tokens from `i` (no punctuation between), up to `limit`.
    mutating func wordRun(_ i: Int, _ limit: Int, max n: Int) -> Int {
        var c = 0
        var j = i
        while j < limit, c < n, tokens[j].isWord {
            if c > 0, !tokens[j].spaceBefore, tokens[j].joined == 0 { break }
            c += 1; j += 1
        }
        return c
    }

    mutating func knownForm(_ i: Int, _ limit: Int) -> (Knowledge.Form, Int)? {
        let t = tokens[i]
        let maxN = k.formStarts.mayContain(t.hash) ? k.maxFormTokens[t.hash] ?? 0 : 0
        if maxN > 1 {
            let avail = wordRun(i, limit, max: maxN)
            var n = avail
            while n > 1 {
                // Every word but the first may be lower case only if the phrase says so; the last must be capitalised
                // unless it is a number ("World War II" is capitalised anyway).
                if let f = k.forms[Tokenizer.phraseHash(tokens[i..<(i + n)])], f.tokens == n { return (f, n) }
                n -= 1
            }
        }
        // "Sino-Russian" (after longer forms: "Indo-Pacific" is a region, not India).
        if i + 1 < limit, tokens[i + 1].joined == 0x2D, let f = k.combining[t.hash] { return (f, 1) }
        // (A word as written equal to an exact form has that form's lower-cased hash.)
        if k.exactWords.mayContain(t.hash), let f = k.exactForms[Tokenizer.exactHash(s, t)] { return (f, 1) }
        if t.isCapitalised, k.formStarts.mayContain(t.hash), let f = k.forms[TextHash.combine(TextHash.seed, 0, t.hash)], f.tokens == 1 {
            return (f, 1)
        }
        return nil
    }

    /// Length in tokens of a title starting at `i`.
    mutating func titleLength(_ i: Int, limit: Int, anyCase: Bool = false) -> Int? {
        let t = tokens[i]
        guard k.titleStarts.mayContain(t.hash), let maxN = k.maxTitleTokens[t.hash] else { return nil }
        var n = wordRun(i, limit, max: maxN)
        while n >= 1 {
            if let cap = k.titles[Tokenizer.phraseHash(tokens[i..<(i + n)])] {
                if !cap || t.isCapitalised || anyCase { return n }
            }
            n -= 1
        }
        return nil
    }

    /// A title at `j` that stands before a name, at the start of a run, or after another title
    /// ("Mr. President"); elsewhere ("Council of Foreign Ministers") the words are part of a name.
    mutating func titleBeforeName(_ j: Int, _ limit: Int, _ items: [Item]) -> Int? {
        guard let n = titleLength(j, limit: limit) else { return nil }
        if items.isEmpty { return n }
        if case .title = items.last!.kind { return n }
        var e = j + n
        if e < limit, !tokens[e].isWord, s[tokens[e].start] == 0x2E { e += 1 }
        if e < limit, tokens[e].isWord, tokens[e].isCapitalised, !tokens[j + n - 1].isPossessive { return n }
        return nil
    }

    mutating func isHead(_ i: Int) -> EntityType? {
        let t = tokens[i]
        guard t.isCapitalised else { return nil }
        return k.heads[t.hash]
    }

    /// A connector phrase ("of", "of the", "bin") at `i` followed by a capitalised word: its length.
    mutating func connectorLength(_ i: Int, _ limit: Int) -> Int? {
        guard let phrases = k.connectors[tokens[i].hash] else { return nil }
        var best: Int? = nil
        for p in phrases where i + p.count < limit {
            var ok = true
            for (o, h) in p.enumerated() {
                let t = tokens[i + o]
                if !t.isWord || t.hash != h || t.isCapitalised || !t.spaceBefore || t.gapBefore { ok = false; break }
            }
            let next = tokens[i + p.count]
            // The next word follows a space, or is joined to a particle: "al-Reberter", "el-Sisi".
            let particle = tokens[i + p.count - 1]
            let attached = next.spaceBefore || (next.joined == 0x2D && particle.end - particle.start <= 3)
            if ok, next.isWord, next.isCapitalised, attached, !next.gapBefore, p.count > (best ?? 0) { best = p.count }
        }
        return best
    }

    // MARK: - Scanning a sentence

    mutating func scan(_ r: Range<Int>, _ sent: Sentence, headline: Bool) {
        var i = r.lowerBound
        let limit = r.upperBound
        var items = runItems
        runItems = []
        defer { runItems = items }
        while i < limit {
            let t = tokens[i]
            guard t.isWord, t.isCapitalised, !(usedAcronym.last == i) else { i += 1; continue }
            items.clear()
            // An ordinal starts a name: "the 10th Congress", "the 9th National Congress".
            if i > r.lowerBound, isOrdinal(tokens[i - 1]), t.spaceBefore, !t.gapBefore {
                items.append(Item(kind: .word, first: i - 1, end: i))
            }
            var j = i
            var joinedByConnector = false
            // Build one run of items.
            while j < limit, items.count < 16 { // no name is longer; bounds the work on all-capitals text
                let tj = tokens[j]
                guard tj.isWord, tj.isCapitalised else { break }
                if let last = items.last {
                    if tj.gapBefore { break } // a table cell or an indented line starts a new name
                    // How is this word attached to the previous item?
                    let prev = tokens[last.end - 1]
                    if prev.isPossessive, !possessiveInsideName(last, j, limit) { break }
                    if tj.joined != 0 {
                        if case .word = last.kind, !(freeCap.contains(prev.hash) && freeCap.contains(tj.hash)),
                           knownForm(j, limit) == nil {
                            // "Jean-Claude": one word.
                        } else if case .connector = last.kind {
                            // "ibn al-Reberter": a joined particle.
                        } else { break }
                    }
                }
                if let (form, n) = knownForm(j, limit) {
                    let tn = titleBeforeName(j, limit, items) ?? 0
                    if tn > n { items.append(Item(kind: .title, first: j, end: j + tn)); j += tn }
                    else { items.append(Item(kind: .known(form), first: j, end: j + n)); j += n }
                } else if let tn = titleBeforeName(j, limit, items) {
                    items.append(Item(kind: .title, first: j, end: j + tn)); j += tn
                } else {
                    items.append(Item(kind: .word, first: j, end: j + 1)); j += 1
                }
                // Skip a period after a title abbreviation or an initial ("Mr.", "Harry S. Truman").
                if j + 1 < limit, !tokens[j].isWord, s[tokens[j].start] == 0x2E, tokens[j + 1].isWord, tokens[j + 1].isCapitalised,
                   let last = items.last, tokens[last.end - 1].end == tokens[j].start {
                    let lt = tokens[last.end - 1]
                    let isInitial = lt.end - lt.start == 1 && lt.isCapitalised && !initial[last.end - 1]
                    if case .title = last.kind { j += 1; continue }
                    if isInitial, case .word = last.kind { j += 1; continue }
                    break
                }
                if j < limit, tokens[j].isWord, !tokens[j].isCapitalised {
                    // "Kai-shek": a lower-case part joined to an unknown word.
                    if tokens[j].joined == 0x2D, case .word = items.last!.kind, !freeCap.contains(tokens[j - 1].hash),
                       s[tokens[j].start] >= 0x61, // a letter: "Kai-shek", not "F-35"
                       !tokens[j - 1].isPossessive, !lowerSeen.contains(tokens[j].hash) || tokens[j].end - tokens[j].start <= 2 {
                        items[items.count - 1].end = j + 1
                        j += 1
                        if j < limit, tokens[j].isWord, tokens[j].isCapitalised, tokens[j].spaceBefore { continue }
                        break
                    }
                    // Connectors inside names.
                    if tokens[j - 1].isPossessive { break }
                    guard let cn = connectorLength(j, limit), allowsConnector(items, j, cn) else { break }
                    items.append(Item(kind: .connector, first: j, end: j + cn))
                    joinedByConnector = true
                    j += cn
                    continue
                }
                if j < limit, tokens[j].isWord, !tokens[j].spaceBefore, tokens[j].joined == 0 { break }
            }
            if items.isEmpty { i += 1; continue }
            interpret(items, joinedByConnector: joinedByConnector, sent: sent, headline: headline, limit: limit)
            i = max(j, i + 1)
        }
    }

    /// "the People's Bank of China", "the Workers' Party": a common word's possessive inside an
    /// organisation's name (the capitalised words after it end in an organisation head word).
    mutating func possessiveInsideName(_ last: Item, _ j: Int, _ limit: Int) -> Bool {
        let h = tokens[last.end - 1].hash
        guard case .word = last.kind, lowerSeen.contains(h) || k.isWord(h, .possessiveName) else { return false }
        var e = j
        while e < limit, tokens[e].isWord, tokens[e].isCapitalised, !tokens[e].isPossessive, e == j || tokens[e].spaceBefore { e += 1 }
        return e > j && isHead(e - 1) == .organization
    }

    mutating func allowsConnector(_ items: [Item], _ j: Int, _ n: Int) -> Bool {
        guard let last = items.last else { return false }
        let prev = tokens[last.end - 1]
        let word = k.connectors[tokens[j].hash].map { $0.contains { $0.count == 1 && $0[0] == tokens[j].hash } } ?? false
        let isOfFor = tokens[j].hash == TextHash.of("of".utf8) || tokens[j].hash == TextHash.of("for".utf8)
        if tokens[j].hash == Recognizer.onHash {
            // "Treaty on …", "Conference on Disarmament": only after an event or organisation head word.
            guard let h = isHead(last.end - 1), h == .event || h == .organization else { return false }
            return true
        }
        if tokens[j].hash == Recognizer.andHash {
            // "Office of Near Eastern and African Affairs": "and" inside an organisation's "of" name, before a
            // new word or a demonym, not before another known name ("the Council of Europe and NATO").
            guard items.contains(where: { if case .connector = $0.kind { return true } else { return false } }),
                  let firstHead = items.first(where: { if case .word = $0.kind { return isHead($0.end - 1) == .organization } else { return false } }),
                  items.firstIndex(where: { $0.first == firstHead.first })! < items.firstIndex(where: { if case .connector = $0.kind { return true } else { return false } })!
            else { return false }
            if let (form, _) = knownForm(j + n, tokens.count), form.isName { return false }
            return true
        }
        switch last.kind {
        case .word:
            if !isOfFor { return word || n > 0 }
            if isHead(last.end - 1) != nil { return true }
            // "the Gang of Four", "the Council of Ten": a number word after "of".
            if j + n < tokens.count, Recognizer.numberWords.contains(tokens[j + n].hash), !initial[last.first] { return true }
            // "the Power of Siberia": a common word used as a name, away from the sentence start.
            return !initial[last.first] && lowerSeen.contains(prev.hash) && !k.isWord(prev.hash, .common)
        case .known:
            return isOfFor && isHead(last.end - 1) != nil
        default:
            return false
        }
    }

    /// Turns a run of items into candidates.
    mutating func interpret(_ all: [Item], joinedByConnector: Bool, sent: Sentence, headline: Bool, limit: Int) {
        var items = all[...]
        var titled = false
        var titleRange: TextRange? = nil
        // A lower-case role word just before the run: "my colleague Adam Garrie", "the poet Nguyễn Du".
        let before = items.first!.first - 1
        if before >= 0, tokens[before].isWord, !tokens[before].isCapitalised,
           let cap = k.titles[TextHash.combine(TextHash.seed, 0, tokens[before].hash)], !cap {
            titled = true
        }
        // A byline ("By John Smith") names a person even in a headline-like line.
        var headline = headline
        // "The Ambassador in the Soviet Union (Harriman)": a name in brackets after a title names its holder.
        if all.count == 1, case .word = all[0].kind, all[0].end - all[0].first == 1, before >= 0, tokens[before].punct == 0x28,
           all[0].end < limit, tokens[all[0].end].punct == 0x29 {
            var b = before - 1
            while b >= 0, b >= before - 10, !(tokens[b].isWord && tokens[b].isCapitalised && titleLength(b, limit: before) != nil) { b -= 1 }
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
            if items.count > 1, case .word = items[items.startIndex + 1].kind, isHead(items[items.startIndex + 1].first) != nil,
               f.end - f.first == 1 {
                items[items.startIndex].kind = .word
                break
            }
            titled = true
            titleRange = TextRange(tokens[f.first].start, tokens[f.end - 1].end)
            items = items.dropFirst()
        }
        guard !items.isEmpty else { return }
        let hasTitle = items.contains { if case .title = $0.kind { return true } else { return false } }
        // Head of the name: the last word before the first connector, or the last word.
        let headItem = items.firstIndex { if case .connector = $0.kind { return true } else { return false } }.map { items[$0 - 1] } ?? items.last!
        var headType: EntityType? = isHead(headItem.end - 1) // "Congress of Vienna": a known word can head a name too
        if case .known = headItem.kind, !joinedByConnector,
           !(items.count > 1 && items.dropLast().allSatisfy({ if case .word = $0.kind { return true } else { return false } })) {
            headType = nil // …and "National People's Congress", but not "the Soviet Union Kremlin"
        }
        if joinedByConnector, !hasTitle {
            if case .word = headItem.kind, headType == nil, !(items.first.map { !initial[$0.first] } ?? false) {
                // "Treatment of Germany" at a sentence start: not a name; fall through to the parts.
            } else if items.count >= 3, case .known(let form) = items.last!.kind, k.entries[form.entry].type == .country,
                      case .word = items[items.endIndex - 3].kind, tokens[items[items.endIndex - 3].first].hash == Recognizer.governmentHash,
                      items[..<(items.endIndex - 3)].allSatisfy({ k.isWord(tokens[$0.first].hash, .common) }) {
                // "the Government of Germany" stands for Germany.
                emitKnown(items.last!, form, sent: sent, headline: headline, titled: false)
                return
            } else {
                emitName(items, sent: sent, titled: titled, titleRange: titleRange, head: headType, headline: headline, limit: limit)
                return
            }
        }
        // A known word then a head word makes one name ("Eurasian Economic Union Commission"), except as the second
        // part of a compound ("Chinese-Russian Alliance") or in a headline, where every word is capitalised.
        let compoundPart = tokens[items.first!.first].joined != 0
        var knownFirst = false
        if case .known = items.first!.kind { knownFirst = true }
        if items.count > 1, headType != nil, !hasTitle, !(knownFirst && (compoundPart || headline)) {
            emitName(items, sent: sent, titled: titled, titleRange: titleRange, head: headType, headline: headline, limit: limit)
            return
        }
        // Parts: knowledge forms, titles and stretches of unknown words.
        var stretch = stretchItems
        stretchItems = [] // (first, so that `stretch` holds the only reference and keeps its storage)
        stretch.clear()
        func flush(_ r: inout Recognizer) {
            if !stretch.isEmpty {
                r.emitName(stretch[...], sent: sent, titled: titled, titleRange: titleRange, head: nil, headline: headline, limit: limit)
                stretch.clear()
                titled = false; titleRange = nil
            }
        }
        for item in items {
            switch item.kind {
            case .known(let form):
                let type = k.entries[form.entry].type
                if !stretch.isEmpty, form.isName, type == .place || type == .country,
                   stretch.allSatisfy({ $0.end - $0.first == 1 && k.isWord(tokens[$0.first].hash, .placeModifier) }) {
                    // "Greater Poland", "Upper Silesia": a region of a known place.
                    stretch.append(Item(kind: .word, first: item.first, end: item.end))
                    emitName(stretch[...], sent: sent, titled: false, titleRange: nil, head: .place, headline: headline, limit: limit,
                             keepAll: true)
                    stretch.clear()
                    continue
                }
                if !form.isName, stretch.count == 1, stretch[0].end - stretch[0].first == 1 {
                    stretch.clear() // "Sudeten Germans": a word describing a people, not a name
                }
                flush(&self)
                emitKnown(item, form, sent: sent, headline: headline, titled: titled)
                titled = false; titleRange = nil
            case .title:
                flush(&self)
                titled = true
                titleRange = TextRange(tokens[item.first].start, tokens[item.end - 1].end)
            case .word:
                stretch.append(item)
            case .connector:
                flush(&self)
            }
        }
        flush(&self)
        stretchItems = stretch
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

    var pendingAcronym = false

    /// "Eurasian Economic Union (EEU)": an acronym in brackets right after a name (the caller puts the
    /// name's candidate before it).
    mutating func addAcronymAfter(_ j: Int, sent: Sentence) {
        guard j + 2 < tokens.count, tokens[j].punct == 0x28, tokens[j + 1].isWord, tokens[j + 1].isAllCaps,
              tokens[j + 2].punct == 0x29 else { return }
        let a = tokens[j + 1]
        let entry = names.add(s, key: Tokenizer.phraseHash(tokens[(j + 1)...(j + 1)]), words: [a.hash],
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
        var toks = nameTokens
        nameTokens = [] // (first, so that `toks` holds the only reference and keeps its storage)
        toks.clear()
        defer { nameTokens = toks }
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
        var segment = segmentTokens
        segmentTokens = [] // (first, so that `segment` holds the only reference and keeps its storage)
        segment.clear()
        defer { segmentTokens = segment }
        var first = true
        for x in toks {
            if !segment.isEmpty, tokens[x].isCapitalised, k.isWord(tokens[x].hash, .common), tokens[segment.last!].isCapitalised {
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

    static let suffixes: [[UInt8]] = ["tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence"].map { Array($0.utf8) }
    static let theHash = TextHash.of("the".utf8)
    static let byHash = TextHash.of("by".utf8)
    static let andHash = TextHash.of("and".utf8)
    static let numberWords: [UInt64] = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                                        "twenty", "hundred", "thousand"].map { TextHash.of($0.utf8) }
    static let onHash = TextHash.of("on".utf8)
    static let sicHash = TextHash.of("sic".utf8)
    static let governmentHash = TextHash.of("government".utf8)
    static let iiHash = TextHash.of("ii".utf8)

    /// Validates and records one name made of the tokens `toks`.
    mutating func emitTokens(_ tokensIn: [Int], sent: Sentence, titled: Bool, titleRange: TextRange?, head: EntityType?,
                             headline: Bool, limit: Int, keepAll: Bool, initialFirst: Bool) {
        var toks = tokensIn[...]
        let theHash = Recognizer.theHash
        var isInitial = initialFirst
        // Drop trailing months, weekdays and connectors first ("[Received July …": "Received" is then alone).
        while let l = toks.last, k.isWord(tokens[l].hash, .month) || k.isWord(tokens[l].hash, .weekday)
            || (!tokens[l].isCapitalised && tokens[l].joined == 0)
            || (toks.count > 1 && k.isWord(tokens[l].hash, .common) && tokens[l].hash != Recognizer.iiHash
                && tokens[toks[toks.endIndex - 2]].isCapitalised) { // ("Gang of Four" keeps its number)
            toks = toks.dropLast()
        }
        // Drop leading words that are not part of a name.
        while !keepAll, let f = toks.first, !protected.contains(f) {
            let t = tokens[f]
            let single = toks.count == 1
            if t.isCapitalised, t.hash == theHash, !isInitial, toks.count > 1 { break } // "The Duran" mid-sentence
            let weak = (k.isWord(t.hash, .common) && (isInitial || head == nil)) || k.isWord(t.hash, .month)
                || k.isWord(t.hash, .weekday) || (!t.isCapitalised && !(isOrdinal(t) && toks.count > 1))
            // "Merkel said …" at the start of a sentence: a speaking verb vouches for a name seen only there.
            // So does a possessive ("Napoleon's escape") or a comma ("Talleyrand, representing …") after a word
            // that is no adverb ("Unfortunately,") and not used in lower case elsewhere.
            let speaks = single && f + 1 < limit && !k.isWord(t.hash, .common) && (
                (tokens[f + 1].isWord && k.isWord(tokens[f + 1].hash, .speech) && s[t.end - 1] != 0x73 && !t.isPossessive)
                || (t.isPossessive && !t.isAllCaps)
                || (!tokens[f + 1].isWord && tokens[f + 1].punct == 0x2C && !(s[t.end - 1] == 0x79 && s[t.end - 2] == 0x6C)
                    && !hasCommonSuffix(t) && !t.hasDigit))
            // An acronym is written in capitals wherever it stands, so the sentence start says nothing about it.
            let acronym = t.isAllCaps && single && !isRoman(t)
            // (A name with a head word keeps its first word: "The Nonproliferation Treaty Review Conference.")
            let initialWeak = isInitial && !titled && (head == nil || single)
                && (lowerSeen.contains(t.hash) || (single && !midCap.contains(t.hash) && !speaks && !acronym))
            if weak || initialWeak { toks = toks.dropFirst(); isInitial = isInitial && weak } else { break }
        }
        guard let f = toks.first, let l = toks.last else { return }
        let ft = tokens[f]
        let lt = tokens[l]
        // Only titles ("the British Ambassador", "the Secretary"): no name.
        if !keepAll, head == nil, titleOnly(toks) { return }
        // A model designation ("Kuznetsov PD30"): letters and digits in one longer word make a product, not a name
        // (short groups such as "P5" stay).
        if !keepAll, head == nil, toks.contains(where: { tokens[$0].hasDigit && tokens[$0].isCapitalised && tokens[$0].end - tokens[$0].start > 3 }) {
            return
        }
        // "Occupation Zones", "Control Commissions": a plural of a head word is a common noun.
        if !keepAll, lt.isCapitalised, k.heads[lt.hash] == nil, let singular = singularHash(lt), k.heads[singular] != nil { return }
        if toks.count == 1 && !keepAll {
            if ft.end - ft.start == 1, !ft.hasDigit { return }
            if !ft.isCapitalised { return } // a lone ordinal
            if ft.end - ft.start == 2, !ft.isAllCaps, !ft.hasDigit, s[ft.start + 1] == 0x73 { return } // "Ds"
            if !ft.isAllCaps, pluralAcronym(ft) { return }
            if ft.isAllCaps, isRoman(ft) { return }
            if head == nil, !titled, lowerSeen.contains(ft.hash) { return }
            if !titled, k.heads[ft.hash] != nil, !ft.isAllCaps { return } // a bare "Army", "Talks"
            if !titled, hasCommonSuffix(ft) { return }
            // "Post-war": the first part of a hyphenated common word.
            if l + 1 < limit, tokens[l + 1].isWord, tokens[l + 1].joined != 0, !tokens[l + 1].isCapitalised,
               !freeCap.contains(ft.hash), !lt.isPossessive { return }
        } else if head == nil, !titled, !keepAll {
            var allCommon = true
            for x in toks where tokens[x].isWord && tokens[x].isCapitalised {
                if !(lowerSeen.contains(tokens[x].hash) || k.isWord(tokens[x].hash, .common)) { allCommon = false; break }
            }
            if allCommon { return }
            // "Comprehensive Strategic Partners": mostly common words, starting with one.
            if toks.allSatisfy({ tokens[$0].isCapitalised && tokens[$0].joined == 0 }), lowerSeen.contains(ft.hash),
               toks.filter({ lowerSeen.contains(tokens[$0].hash) }).count * 2 > toks.count { return }
        }
        // If what is left is exactly a known form, it is that.
        if let (form, n) = knownForm(f, l + 1), n == toks.count, toks.count == l - f + 1 {
            emitKnown(Item(kind: .known(form), first: f, end: l + 1), form, sent: sent, headline: headline, titled: titled)
            return
        }
        // A transcript editor's correction follows a misspoken name: "Velenskyy [sic]", "Uranian [Ukrainian]".
        if l + 3 < limit, tokens[l + 1].punct == 0x5B, tokens[l + 2].isWord, tokens[l + 3].punct == 0x5D,
           tokens[l + 2].hash == Recognizer.sicHash || tokens[l + 2].isCapitalised {
            return
        }
        var nameToks = wordTokens
        wordTokens = [] // (first, so that `nameToks` holds the only reference and keeps its storage)
        nameToks.clear()
        for x in toks where tokens[x].isCapitalised || tokens[x].isWord { nameToks.append(x) }
        var keyToks = nameToks[...]
        if keyToks.count > 1, tokens[keyToks.first!].hash == theHash { keyToks = keyToks.dropFirst() }
        scratchWords.clear()
        scratchRanges.clear()
        for x in nameToks {
            let t = tokens[x]
            if t.isCapitalised || isOrdinal(t) { scratchWords.append(t.hash) }
            if t.isCapitalised { scratchRanges.append(TextRange(t.start, t.end)) }
        }
        let key = phraseHash(keyToks)
        keyToks = []
        wordTokens = nameToks
        var c = Candidate(range: TextRange(ft.start, tokens[l].end),
                          name: names.add(s, key: key, words: scratchWords, ranges: scratchRanges),
                          in: sent, titleStart: titleRange?.start)
        c.head = head
        c.titled = titled
        c.inHeadline = headline || quotedTitle[f]
        // A dateline ("Presidential Palace, Yellow Room"): a short line naming places by their head words.
        if headline, head == .place || head == .organization, sent.paragraph > 0, sentenceRange(sent.index).count <= 8 {
            c.inHeadline = false
        }
        c.isAcronym = toks.count == 1 && ft.isAllCaps && ft.end - ft.start <= 8
        // Context cues.
        var after = l + 1
        if after < limit, !tokens[after].isWord, tokens[after].punct == Punct.closeQuote || tokens[after].punct == 0x22 { after += 1 }
        if after < limit, tokens[after].isWord, !tokens[after].isCapitalised, !lt.isPossessive {
            let h = tokens[after].hash
            if k.isWord(h, .afterProject) { c.cue = .project }
            else if k.isWord(h, .afterEvent) { c.cue = .event }
            else if k.isWord(h, .afterOrg) { c.cue = .organization }
            else if k.isWord(h, .mediaAfter) { c.cue = .media }
            if k.isWord(h, .speech), !tokens[l].isPossessive { c.speaks = true }
        }
        if f > 0, tokens[f - 1].isWord, k.isWord(tokens[f - 1].hash, .placePrep) { c.afterPlacePrep = true }
        // "The Economist", "The Duran": a capitalised "The" inside a sentence opens a publication's name.
        if toks.count > 1, ft.hash == theHash, ft.isCapitalised, !initialFirst, head == nil { c.cue = .media }
        for cue in k.mediaCues where cue.count <= f {
            var ok = true
            for (o, h) in cue.reversed().enumerated() {
                let t = tokens[f - 1 - o]
                if !t.isWord || t.hash != h { ok = false; break }
            }
            if ok { c.cue = .media; break }
        }
        addAcronymAfter(l + 1, sent: sent)
        candidates.insert(c, at: candidates.count - (pendingAcronym ? 1 : 0))
        pendingAcronym = false
    }

    /// "II", "XIV": a Roman numeral (part of a name such as "World War II", never a name alone).
    mutating func isRoman(_ t: Token) -> Bool {
        for i in t.start..<t.end where !(s[i] == 0x49 || s[i] == 0x56 || s[i] == 0x58 || s[i] == 0x4C) { return false }
        return true
    }

    /// Lower-cased phrase hash of the tokens at `indices` (as `Tokenizer.phraseHash`, without copying tokens).
    mutating func phraseHash(_ indices: ArraySlice<Int>) -> UInt64 {
        var h = TextHash.seed
        var prevPossessive = false
        var first = true
        for i in indices where tokens[i].isWord {
            let t = tokens[i]
            let sep: UInt8 = first ? 0 : (prevPossessive ? 0x27 : (t.joined != 0 ? t.joined : 0x20))
            h = TextHash.combine(h, sep, t.hash)
            prevPossessive = t.isPossessive
            first = false
        }
        return h
    }

    /// Whether the words are all titles ("Secretary", "Foreign Minister").
    mutating func titleOnly(_ toks: ArraySlice<Int>) -> Bool {
        var i = toks.first!
        let end = toks.last! + 1
        while i < end {
            guard let n = titleLength(i, limit: end) else { return false }
            i += n
            if i < end, !tokens[i].isWord { i += 1 }
        }
        return true
    }

    /// Hash of a capitalised word without its plural "s" ("Commissions" → "commission").
    mutating func singularHash(_ t: Token) -> UInt64? {
        guard t.end - t.start >= 4, s[t.end - 1] == 0x73, s[t.end - 2] != 0x73 else { return nil }
        var h = TextHash.seed
        for i in t.start..<(t.end - 1) {
            let b = s[i]
            if b >= 0x80 { return nil }
            h = TextHash.add(h, (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b)
        }
        return h
    }

    /// "10th", "21st", "2nd": a number with an ordinal suffix.
    mutating func isOrdinal(_ t: Token) -> Bool {
        guard t.isWord, t.hasDigit, t.end - t.start >= 3, s[t.start] >= 0x30, s[t.start] <= 0x39 else { return false }
        let a = s[t.end - 2] | 0x20, b = s[t.end - 1] | 0x20
        return (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
    }

    /// "Demilitarization", "Disarmament": a single capitalised word with a common-noun ending.
    mutating func hasCommonSuffix(_ t: Token) -> Bool {
        for suf in Recognizer.suffixes where t.end - t.start > suf.count + 2 {
            var ok = true
            for (o, b) in suf.enumerated() where s[t.end - suf.count + o] != b { ok = false; break }
            if ok { return true }
        }
        return false
    }

    /// "MIAs", "UXOs": a plural of an acronym, a common noun.
    mutating func pluralAcronym(_ t: Token) -> Bool {
        guard t.end - t.start >= 3, s[t.end - 1] == 0x73 else { return false }
        for i in t.start..<(t.end - 1) where !(s[i] >= 0x41 && s[i] <= 0x5A) { return false }
        return true
    }
}
