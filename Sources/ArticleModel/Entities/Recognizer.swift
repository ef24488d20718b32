/// What the recognizer hands on: the candidates and their names' words for the resolver, and the
/// words that can label a tie for the relations.
struct Recognized {
    var candidates: [Candidate]
    var names: NamePool
    var labels: Relations.LabelWords
    /// The capitalised words the text writes alone in running prose (`WordEvidence.proseCap`).
    var proseCap = WordSet()
}

/// Finds entity mentions in an article's sentences without any per-article list of names:
/// capitalised name sequences (with connectors such as "of", "bin", "van"), known countries,
/// demonyms, places and organisations from `Knowledge`, titles that mark people, compounds
/// ("Chinese-Russian", "Xi-Putin") and possessives, acronyms, and transcript speaker labels.
/// Works on UTF-8 bytes and hashes; linear in the text size.
///
/// What only reads lives in helper values (`FormLookup`, `NameChecks`, `WordShape`, `WordEvidence`),
/// which are handed the tokens they read: a method of the recognizer itself that only reads would be
/// handed a copy of the recognizer's two dozen fields when the scan calls it.
struct Recognizer {
    let text: [UInt8]
    let knowledge: Knowledge
    /// Knowledge forms, titles and connectors looked up at a token.
    let forms: FormLookup
    /// The checks on a name before it is recorded.
    let checks: NameChecks
    /// The tokens of the paragraph at hand (the recognizer reads one paragraph at a time, twice: a whole
    /// text's tokens, 24 bytes a word or mark, would be about five times the text).
    var tokens: [Token] = []
    /// Token range of each sentence of the paragraph, and the index of its first sentence.
    var sentenceTokens: [Range<Int>] = []
    var firstSentence = 0
    /// A short text's tokens and their `initial` marks, kept from the first pass for the second (reading
    /// them is a fifth of the work).
    var kept = KeptTokens()
    /// Paragraphs longer than this are read a run of sentences at a time (`pieceBytes`; tests lower it).
    var pieceLimit = Recognizer.pieceBytes
    /// The words that can label a tie, for the relations.
    var labels = Relations.LabelWords()
    /// What the whole text says about each word (the first pass).
    var evidence = WordEvidence()
    /// Per token of the paragraph at hand: it opens a sentence (so its capital says nothing).
    var initial: [Bool] = []
    /// Per token of the paragraph at hand: it is inside a quoted headline (`markQuotedTitles`).
    var quotedTitle: [Bool] = []
    var candidates: [Candidate] = []
    /// The words of the candidates' names.
    var names = NamePool()
    /// Whether each paragraph is a headline line (`isHeadline`), found in the first pass for the second.
    var headline: [Bool] = []
    /// Whether each paragraph is written in capitals (`isShouting`), found in the first pass for the second.
    var shouting: [Bool] = []
    /// Tokens already used as an acronym in brackets.
    var usedAcronym: [Int] = []
    /// Tokens of known forms inside the name being emitted (never dropped as common words).
    var protected: [Int] = []
    /// Lists reused from name to name (`Scratch`).
    var scratch = Scratch()
    /// The last candidate is an acronym in brackets that the name being emitted goes before.
    var pendingAcronym = false
    /// The run being emitted ends before a role and a given name ("Browns DL Sheldon …"): its names are no person's.
    var beforeRole = false

    init(bytes: [UInt8], knowledge: Knowledge) {
        text = bytes
        self.knowledge = knowledge
        forms = FormLookup(text: bytes, knowledge: knowledge)
        checks = NameChecks(text: bytes, knowledge: knowledge, forms: forms)
    }

    /// The candidates, and for the relation stage the words of each sentence that can label a tie
    /// (`Relations.labelWords`), by sentence.
    static func recognize(_ bytes: [UInt8], paragraphs: [Paragraph], sentences: [Sentence], knowledge: Knowledge,
                          keptTokensLimit: Int = Recognizer.keptTokensLimit,
                          pieceLimit: Int = Recognizer.pieceBytes) -> Recognized {
        var r = Recognizer(bytes: bytes, knowledge: knowledge)
        r.kept.isOn = bytes.count <= keptTokensLimit
        r.pieceLimit = pieceLimit
        r.run(paragraphs: paragraphs, sentences: sentences)
        return Recognized(candidates: r.candidates, names: r.names, labels: r.labels, proseCap: r.evidence.proseCap)
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
        if long { kept.isOn = false }
        if kept.isOn {
            // About a token per 4 bytes of English (a word and its space, some punctuation): reserving that
            // saves growing the kept list a dozen times, copying it each time.
            kept.tokens.reserveCapacity(text.count / 4)
            kept.initial.reserveCapacity(text.count / 4)
            kept.sentenceTokens.reserveCapacity(sentences.count)
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
            if kept.isOn {
                let base = kept.tokens.count
                kept.tokens.append(contentsOf: tokens)
                kept.initial.append(contentsOf: initial[..<tokens.count])
                for r in sentenceTokens { kept.sentenceTokens.append((base + r.lowerBound)..<(base + r.upperBound)) }
            }
        }
        labels.ends.reserveCapacity(sentences.count)
        for p in paragraphs {
            usedAcronym.clear()
            for piece in long ? Self.pieces(p, sentences, limit: pieceLimit) : [p.sentences] {
                if kept.isOn { readKeptTokens(p) } else { readTokens(piece, sentences); markInitials() }
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
                Relations.labelWords(tokens, sentenceTokens, knowledge: knowledge, text: text, into: &labels)
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
            Tokenizer.tokens(text, sentences[si].range, into: &tokens)
            sentenceTokens.append(a..<tokens.count)
        }
    }

    /// The tokens of paragraph `p` and their `initial` marks as the first pass read them.
    mutating func readKeptTokens(_ p: Paragraph) {
        tokens.clear()
        sentenceTokens.clear()
        initial.clear()
        firstSentence = p.sentences.lowerBound
        guard let first = p.sentences.first else { return }
        let base = kept.sentenceTokens[first].lowerBound
        let end = kept.sentenceTokens[p.sentences.upperBound - 1].upperBound
        tokens.append(contentsOf: kept.tokens[base..<end])
        initial.append(contentsOf: kept.initial[base..<end])
        for si in p.sentences {
            let r = kept.sentenceTokens[si]
            sentenceTokens.append((r.lowerBound - base)..<(r.upperBound - base))
        }
    }

    /// Token range of sentence `si` (of the paragraph at hand) in `tokens`.
    func sentenceRange(_ si: Int) -> Range<Int> { sentenceTokens[si - firstSentence] }

    /// The tokens of every paragraph of a short text and their `initial` marks, as the first pass read them.
    struct KeptTokens {
        var isOn = false
        var tokens: [Token] = []
        var initial: [Bool] = []
        /// Token range of each sentence of the text in `tokens`.
        var sentenceTokens: [Range<Int>] = []
    }

    /// Lists reused from name to name (a list made per name would be most of the allocations): a run's
    /// items, a stretch of unknown words, a name's tokens, a segment of them, its name words, and the
    /// words and word ranges of the name being recorded. Each is taken out while in use (so that it holds
    /// the only reference to its storage) and put back.
    struct Scratch {
        var runItems: [Item] = []
        var stretchItems: [Item] = []
        var nameTokens: [Int] = []
        var segmentTokens: [Int] = []
        var wordTokens: [Int] = []
        var words: [UInt64] = []
        var ranges: [TextRange] = []
    }
}
