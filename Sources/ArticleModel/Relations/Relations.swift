/// Ties between entities that share sentences: for each pair, how many sentences (`weight`), which
/// ones (`evidence`), and a `label` where the words between or around them say how they are tied.
/// Per sentence, only the pairs of entities in that sentence: linear in the number of mentions
/// for ordinary sentences.
enum Relations {
    /// A word in a sentence that can label a tie ("met", "alliance").
    /// (`label`: the label's class, `Knowledge.labelClass`, so that comparing labels compares numbers.)
    struct Hit { var start: Int; var end: Int; var label: UInt32 }

    /// A word that can label a tie, kept from the recognizer's tokens: 16 bytes, its label as an entry
    /// number of `Knowledge.labels` (the first entry with that label text).
    struct LabelWord {
        var start: Int
        var length: UInt32
        var label: UInt32
        var end: Int { start + Int(length) }
    }

    /// The label words of all sentences, in order, and where each sentence's words end among them.
    struct LabelWords {
        var words: [LabelWord] = []
        var ends: [UInt32] = []
        /// Labels the text writes as a capitalised title ("chief digital service officer"): label class
        /// `knowledge.labels.count + i` is `phrases[i]`.
        var phrases: [String] = []
        /// The text of label class `c`.
        func text(_ c: Int, _ knowledge: Knowledge) -> String {
            c < knowledge.labels.count ? knowledge.labels.value(entry: c) : phrases[c - knowledge.labels.count]
        }
        /// The words of sentence `s`.
        func of(_ s: Int) -> ArraySlice<LabelWord> {
            words[(s == 0 ? 0 : Int(ends[s - 1]))..<Int(ends[s])]
        }
    }

    /// Mentions related at once in a long sentence.
    static let window = 48

    /// Possessive determiners and the like, by hash (a short list: comparing is cheaper than hashing again).
    static let determiners: [UInt64] = ["its", "their", "his", "her", "our", "my", "your", "other", "no"].map { TextHash.of($0.utf8) }

    /// Words before a participle that make it an adjective ("any expelled Germans", "the invaded country").
    static let quantifiers: [UInt64] = ["the", "a", "an", "any", "some", "all", "these", "those", "this", "many", "most",
                                        "several"].map { TextHash.of($0.utf8) }
    static func isParticiple(_ t: Token, _ text: [UInt8]) -> Bool {
        t.end - t.start > 3 && t.end <= text.count && text[t.end - 2] == UInt8(ascii: "e") && text[t.end - 1] == UInt8(ascii: "d")
    }

    /// Bits of a label word's `label` beside its class: a role word ("president", "wife"), and a word in a
    /// denied or supposed clause ("not … an alliance", "would meet").
    static let roleBit: UInt32 = 1 << 31, deniedBit: UInt32 = 1 << 30
    /// A word whose next name is a place it happened in ("met in Beijing"), not a party to it.
    static let locatedBit: UInt32 = 1 << 29
    /// A role as a title right after a name or a possessive ("Russian President Putin", "Chile's foreign
    /// minister"); a role in apposition after a comma and before a preposition ("X, the ambassador to Y");
    /// a role that ties two people ("X's wife Y").
    static let titleBit: UInt32 = 1 << 28, appositionBit: UInt32 = 1 << 27, kinBit: UInt32 = 1 << 26
    /// A word right before "between" or "among" ("the alliance between X and Y"): it may label the pair after it.
    static let betweenBit: UInt32 = 1 << 25
    /// A capitalised role before "of" and a name ("Secretary of Education Arne Duncan").
    static let ofTitleBit: UInt32 = 1 << 24
    static let classMask: UInt32 = creditBit - 1
    static let betweens: [UInt64] = ["between", "among", "amongst"].map { TextHash.of($0.utf8) }
    static let locatives: [UInt64] = ["in", "at", "near", "during", "outside", "inside"].map { TextHash.of($0.utf8) }

    /// Words that deny or only suppose what follows them in their clause.
    static let negators: [UInt64] = [
        "not", "nor", "never", "neither", "no", "without", "cannot", "don't", "doesn't", "didn't", "won't", "wouldn't",
        "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "shouldn't", "hasn't", "haven't", "hadn't",
        "if", "whether", "unless", "would", "could", "might", "hypothetical",
    ].map { TextHash.of($0.utf8) }
    /// Words that end a clause, for the scope of a negator (with , ; : and brackets).
    static let clauseBreaks: [UInt64] = ["but", "while", "whereas", "although", "though"].map { TextHash.of($0.utf8) }
    /// Labels that name a role ("president"): a tie only between a name and the title right before it, or a
    /// name and the role in apposition to it.
    static let roleLabels: [UInt64] = ["president", "premier", "chancellor", "minister", "ambassador", "king", "queen",
                                       "governor", "mayor", "senator", "secretary", "envoy", "spokesman", "spokeswoman",
                                       "spokesperson", "director", "chairman", "chairwoman", "officer", "adviser", "advisor",
                                       "editor", "correspondent", "founder", "deputy", "commander", "consul", "attaché",
                                       "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "widow"]
        .map { TextHash.of($0.utf8) }
    /// Roles that tie two people ("X's wife Y").
    static let kinLabels: [UInt64] = ["wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "widow"]
        .map { TextHash.of($0.utf8) }
    /// Prepositions after a role in apposition ("X, the ambassador to Y", "X, president of Y").
    static let rolePrepositions: [UInt64] = ["of", "to", "at", "for", "in", "from", "with"].map { TextHash.of($0.utf8) }

    /// The words of each sentence that can label a tie: the only tokens this stage reads, picked while
    /// the recognizer holds a paragraph's tokens (appended to `out`).
    static func labelWords(_ tokens: [Token], _ sentenceTokens: [Range<Int>], knowledge: Knowledge, text: [UInt8] = [],
                           into out: inout LabelWords) {
        for r in sentenceTokens {
            var previous: UInt64 = 0
            var denied = false
            if !text.isEmpty, let w = creditRole(tokens, r, text, knowledge, &out) { out.words.append(w) }
            for k in r {
                let t = tokens[k]
                guard t.isWord else {
                    if t.punct == UInt8(ascii: ",") || t.punct == UInt8(ascii: ";") || t.punct == UInt8(ascii: ":")
                        || t.punct == UInt8(ascii: "(") || t.punct == UInt8(ascii: ")") { denied = false }
                    continue
                }
                if negators.contains(t.hash) { denied = true }
                else if clauseBreaks.contains(t.hash) { denied = false }
                // "the US and its allies" ties the US to others, not to the entities around it.
                // ("Post-war": the part of a hyphenated word is no label either.)
                // (`contains`, not a lookup: reading the label would retain and release a String a word.)
                let role = roleLabels.contains(t.hash)
                let apposition = role && appositionPosition(tokens, k, r)
                let ofTitle = role && !apposition && t.isCapitalised && ofTitlePosition(tokens, k, r)
                let title = role && !apposition && !ofTitle && titlePosition(tokens, k, r.lowerBound)
                if !t.isCapitalised || role, !role || title || apposition || ofTitle, t.joined == 0,
                   knowledge.labelWords.mayContain(t.hash),
                   let label = knowledge.labels.entryNumber(t.hash), !determiners.contains(previous) || apposition,
                   !(quantifiers.contains(previous) && isParticiple(t, text)) {
                    var bits = knowledge.labelClass(of: label)
                    if role {
                        bits |= roleBit | (title ? titleBit : apposition ? appositionBit : ofTitleBit)
                        // ", Secretary of State William Seward released": after a comma, an office may title the name after it.
                        if apposition, t.isCapitalised, ofTitlePosition(tokens, k, r) { bits |= ofTitleBit }
                        if kinLabels.contains(t.hash) { bits |= kinBit }
                        if k > r.lowerBound, !text.isEmpty, let c = officePhrase(tokens[k - 1], t, text, knowledge, &out) {
                            bits = bits & ~classMask | c
                        }
                    } else if denied { bits |= deniedBit }
                    if locatedAfter(tokens, k + 1, r.upperBound) { bits |= locatedBit }
                    if k + 1 < r.upperBound, tokens[k + 1].isWord, betweens.contains(tokens[k + 1].hash) { bits |= betweenBit }
                    var start = t.start
                    if apposition, t.isCapitalised, !text.isEmpty, let (s, c) = titlePhrase(tokens, k, r, text, knowledge, &out) {
                        start = s
                        bits = bits & ~classMask | c
                    }
                    out.words.append(LabelWord(start: start, length: UInt32(clamping: t.end - start), label: bits))
                }
                previous = t.hash
            }
            out.ends.append(UInt32(out.words.count))
        }
    }

    /// Whether a locative ("in", "at") comes in the few lower-case words from token `i` (before `end`).
    static func locatedAfter(_ tokens: [Token], _ i: Int, _ end: Int) -> Bool {
        for k in i..<min(end, i + 4) {
            let x = tokens[k]
            if !x.isWord || x.isCapitalised { return false }
            if locatives.contains(x.hash) { return true }
        }
        return false
    }

    /// `labels`: the label words of each sentence (`labelWords`).
    /// `context`: the text and the entities' types (a role title ties a person to a country or body), `PairContext`.
    /// `known`: the ties knowledge states (`knownTies`), labelled so in every sentence of the pair.
    static func build(mentions: [Mention], sentences: [Sentence], labels: LabelWords, knowledge: Knowledge,
                      context: PairContext = PairContext(), known: HashMap<UInt32> = HashMap()) -> [Relation] {
        let tally = countPairs(mentions, labels, context: context, known: known)
        var evidence: [[Evidence]] = tally.pairs.map { x in
            var e: [Evidence] = []
            e.reserveCapacity(x.weight)
            return e
        }
        let chosen = tally.chosenLabels() // each pair's label class, or -1
        // The sentences that state the pair's label first (the one a reader is shown), then those that state
        // another, then the rest, each in text order; the labels as runs over them.
        var runs: [[Relation.LabelRun]] = Array(repeating: [], count: tally.pairs.count)
        for pass in 0..<3 {
            for f in tally.found {
                let n = Int(f.pair)
                guard pass == (f.label < 0 ? 2 : Int(f.label) == chosen[n] ? 0 : 1) else { continue }
                let s = Int(f.sentence)
                evidence[n].append(Evidence(paragraph: sentences[s].paragraph, sentence: s))
                guard f.label >= 0 else { continue }
                let label = labels.text(Int(f.label), knowledge)
                if runs[n].last?.label == label { runs[n][runs[n].count - 1].count += 1 }
                else { runs[n].append(Relation.LabelRun(label: label, count: 1)) }
            }
        }
        // Rank ties the text states before pairs only named together, then by weight, then label, then entity order. Labels are ranked once
        // (few distinct ones; one class a distinct text), so the sort compares integers, not strings.
        var classes: [UInt32] = [] // the distinct label classes chosen (few)
        for c in chosen where c >= 0 && !classes.contains(UInt32(c)) { classes.append(UInt32(c)) }
        classes.sort { labels.text(Int($0), knowledge) < labels.text(Int($1), knowledge) }
        var rank = [Int](repeating: Int.max, count: knowledge.labels.count + labels.phrases.count)
        for (i, c) in classes.enumerated() { rank[Int(c)] = i }
        // (Source and target tell every two relations apart, so the pair's place never decides.) The pairs are
        // ordered first and each relation made once, in its place: making them in pair order and copying them
        // into rank order retained and released every label and evidence list twice.
        let pairs = tally.pairs
        // A tie only the knowledge states (a city to its country) is not stated by the text: it ranks with the
        // pairs only named together.
        let known = Knowledge.knowledgeLabels.compactMap { knowledge.knowledgeLabelClass($0) }
        var keys = pairs.indices.map { n in
            (chosen[n] < 0 || known.contains(UInt32(chosen[n])) ? 1 : 0, -pairs[n].weight, chosen[n] < 0 ? Int.max : rank[chosen[n]], Int(pairs[n].key >> 32),
             Int(pairs[n].key & 0xFFFF_FFFF), n)
        }
        keys.sort { $0 < $1 }
        var out: [Relation] = []
        out.reserveCapacity(pairs.count)
        for key in keys {
            let n = key.5
            var e: [Evidence] = []
            swap(&e, &evidence[n])
            out.append(Relation(source: key.3, target: key.4,
                                label: chosen[n] < 0 ? nil : labels.text(chosen[n], knowledge),
                                weight: pairs[n].weight, evidence: e, labelRuns: runs[n]))
        }
        return out
    }

    /// The pairs of entities mentioned in a sentence together, sentence by sentence, and the labels
    /// the words around them give.
    static func countPairs(_ mentions: [Mention], _ labels: LabelWords, context: PairContext = PairContext(),
                           known: HashMap<UInt32> = HashMap()) -> PairTally {
        var tally = PairTally()
        var hits: [Hit] = []
        var ents: [Int] = []
        var i = 0
        while i < mentions.count {
            let sentence = mentions[i].sentence
            var j = i
            while j < mentions.count, mentions[j].sentence == sentence { j += 1 }
            let all = mentions[i..<j]
            let offices = creditTies(all, labels.of(sentence), context) + officeTies(all, labels.of(sentence), context)
            // Pairs with no label word around are read only for "part of" and a bracketed "(at …)".
            let partCue = context.partOf != nil && context.mayStatePart(all.first!.range.end, all.last!.range.start)
            hits.removeAll(keepingCapacity: true)
            var hitsReady = false
            // A very long "sentence" (a list, a table, text without punctuation): relate mentions that are near
            // each other (within a window of mentions), so the work stays linear in the text.
            let windowed = all.count > window
            var seenPairs = windowed ? WordSet() : nil // allocated only for long sentences
            var w = all.startIndex
            while w < all.endIndex {
                let ms = all[w..<min(w + window, all.endIndex)]
                w = windowed ? w + window / 2 : all.endIndex
                if windowed, ms.endIndex == all.endIndex { w = all.endIndex }
                ents.removeAll(keepingCapacity: true)
                for m in ms where !ents.contains(m.entity) { ents.append(m.entity) }
                guard ents.count > 1 else { continue }
                ents.sort()
                if !hitsReady {
                    hitsReady = true
                    for w in labels.of(sentence) { hits.append(Hit(start: w.start, end: w.end, label: w.label)) }
                }
                for a in 0..<ents.count {
                    for b in (a + 1)..<ents.count {
                        let key = UInt64(ents[a]) << 32 | UInt64(ents[b])
                        if windowed {
                            if seenPairs!.contains(key) { continue }
                            seenPairs!.insert(key)
                        }
                        let n = tally.add(key, sentence: sentence)
                        if let l = known[key] { tally.addLabel(l, pair: n) } // knowledge, whatever words stand around
                        else if let t = offices.first(where: { $0.key == key }) { tally.addLabel(t.label, pair: n) }
                        else if !hits.isEmpty || partCue, let l = label(ms, ents[a], ents[b], hits, context: context) { tally.addLabel(l, pair: n) }
                    }
                }
            }
            // An office's body the sentence does not name ("Secretary of Education Arne Duncan sees …").
            for t in offices where !all.contains(where: { $0.entity == Int(t.key >> 32) }) || !all.contains(where: { $0.entity == Int(t.key & 0xFFFF_FFFF) }) {
                tally.addLabel(t.label, pair: tally.add(t.key, sentence: sentence))
            }
            i = j
        }
        return tally
    }

    /// "Secretary of Education Arne Duncan": the person a title of an office names, tied to the body that holds the
    /// office when the text names it ("the Department of Education"), by pair key, with the role's label class.
    static func officeTies(_ ms: ArraySlice<Mention>, _ words: ArraySlice<LabelWord>, _ c: PairContext) -> [(key: UInt64, label: UInt32)] {
        guard !c.offices.isEmpty, words.contains(where: { $0.label & ofTitleBit != 0 }) else { return [] }
        var out: [(key: UInt64, label: UInt32)] = []
        for w in words where w.label & ofTitleBit != 0 {
            // The person's name may hold the title ("Secretary of State William Seward" as one name).
            let holder = ms.first { $0.range.start <= w.start && $0.range.end > w.end }
            guard let m = holder ?? ms.first(where: { $0.range.start > w.end }), m.range.start - w.end <= 48, c.isPerson(m.entity) == true
            else { continue }
            var office = c.words(w.end, holder == nil ? m.range.start : m.range.end)
            guard office.first == "of" else { continue }
            office.removeFirst()
            if office.first == "the" { office.removeFirst() }
            // Within the name, the office is the longest run of its words after "of" that names one, before the person's own.
            if holder != nil, let n = (1..<max(1, office.count)).reversed().first(where: { c.offices[office.prefix($0).joined(separator: " ")] != nil }) {
                office = Array(office.prefix(n))
            }
            guard !office.contains(where: PairContext.clauseMarks.contains), let body = c.offices[office.joined(separator: " ")],
                  body != m.entity else { continue }
            let key = pairKey(body, m.entity)
            if !out.contains(where: { $0.key == key }) { out.append((key, w.label & classMask)) }
        }
        return out
    }
}
