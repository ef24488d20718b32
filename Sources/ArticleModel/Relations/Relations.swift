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
        /// The words of sentence `s`.
        func of(_ s: Int) -> ArraySlice<LabelWord> {
            words[(s == 0 ? 0 : Int(ends[s - 1]))..<Int(ends[s])]
        }
    }

    /// Mentions related at once in a long sentence.
    static let window = 48

    /// Possessive determiners and the like, by hash (a short list: comparing is cheaper than hashing again).
    static let determiners: [UInt64] = ["its", "their", "his", "her", "our", "my", "your", "other", "no"].map { TextHash.of($0.utf8) }

    /// The words of each sentence that can label a tie: the only tokens this stage reads, picked while
    /// the recognizer holds a paragraph's tokens (appended to `out`).
    static func labelWords(_ tokens: [Token], _ sentenceTokens: [Range<Int>], knowledge: Knowledge,
                           into out: inout LabelWords) {
        for r in sentenceTokens {
            var previous: UInt64 = 0
            for t in tokens[r] where t.isWord {
                // "the US and its allies" ties the US to others, not to the entities around it.
                // ("Post-war": the part of a hyphenated word is no label either.)
                // (`contains`, not a lookup: reading the label would retain and release a String a word.)
                if !t.isCapitalised, t.joined == 0, knowledge.labelWords.mayContain(t.hash), let label = knowledge.labels.entryNumber(t.hash),
                   !determiners.contains(previous) {
                    out.words.append(LabelWord(start: t.start, length: UInt32(clamping: t.end - t.start), label: knowledge.labelClass(of: label)))
                }
                previous = t.hash
            }
            out.ends.append(UInt32(out.words.count))
        }
    }

    /// `labels`: the label words of each sentence (`labelWords`).
    static func build(mentions: [Mention], sentences: [Sentence], labels: LabelWords, knowledge: Knowledge) -> [Relation] {
        let tally = countPairs(mentions, labels)
        var evidence: [[Evidence]] = tally.pairs.map { x in
            var e: [Evidence] = []
            e.reserveCapacity(x.weight)
            return e
        }
        for f in tally.found {
            let s = Int(f.sentence)
            evidence[Int(f.pair)].append(Evidence(paragraph: sentences[s].paragraph, sentence: s))
        }
        let chosen = tally.chosenLabels() // each pair's label class, or -1
        // Rank by weight, then labelled before unlabelled, then label, then entity order. Labels are ranked once
        // (few distinct ones; one class a distinct text), so the sort compares integers, not strings.
        var classes: [UInt32] = [] // the distinct label classes chosen (few)
        for c in chosen where c >= 0 && !classes.contains(UInt32(c)) { classes.append(UInt32(c)) }
        classes.sort { knowledge.labels.value(entry: Int($0)) < knowledge.labels.value(entry: Int($1)) }
        var rank = [Int](repeating: Int.max, count: knowledge.labels.count)
        for (i, c) in classes.enumerated() { rank[Int(c)] = i }
        // (Source and target tell every two relations apart, so the pair's place never decides.) The pairs are
        // ordered first and each relation made once, in its place: making them in pair order and copying them
        // into rank order retained and released every label and evidence list twice.
        let pairs = tally.pairs
        var keys = pairs.indices.map { n in
            (-pairs[n].weight, chosen[n] < 0 ? Int.max : rank[chosen[n]], Int(pairs[n].key >> 32), Int(pairs[n].key & 0xFFFF_FFFF), n)
        }
        keys.sort { $0 < $1 }
        var out: [Relation] = []
        out.reserveCapacity(pairs.count)
        for key in keys {
            let n = key.4
            var e: [Evidence] = []
            swap(&e, &evidence[n])
            out.append(Relation(source: key.2, target: key.3,
                                label: chosen[n] < 0 ? nil : knowledge.labels.value(entry: chosen[n]),
                                weight: pairs[n].weight, evidence: e))
        }
        return out
    }

    /// The pairs of entities mentioned in a sentence together, sentence by sentence, and the labels
    /// the words around them give.
    static func countPairs(_ mentions: [Mention], _ labels: LabelWords) -> PairTally {
        var tally = PairTally()
        var hits: [Hit] = []
        var ents: [Int] = []
        var i = 0
        while i < mentions.count {
            let sentence = mentions[i].sentence
            var j = i
            while j < mentions.count, mentions[j].sentence == sentence { j += 1 }
            let all = mentions[i..<j]
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
                        if !hits.isEmpty, let l = label(ms, ents[a], ents[b], hits) { tally.addLabel(l, pair: n) }
                    }
                }
            }
            i = j
        }
        return tally
    }

    /// The label word nearest to the closest pair of mentions of `a` and `b`: between them (when they
    /// are near), then just after the later one ("Chinese-Russian alliance"), then just before the earlier.
    static func label(_ ms: ArraySlice<Mention>, _ a: Int, _ b: Int, _ hits: [Hit]) -> UInt32? {
        var best: (TextRange, TextRange)? = nil
        var gap = Int.max
        for x in ms where x.entity == a {
            for y in ms where y.entity == b {
                let (p, q) = x.range.start < y.range.start ? (x.range, y.range) : (y.range, x.range)
                let g = q.start - p.end
                if g >= 0, g < gap { gap = g; best = (p, q) }
            }
        }
        guard let (p, q) = best else { return nil }
        // Hits are in text order: find by binary search (a long sentence can hold many).
        func firstAtOrAfter(_ x: Int) -> Int {
            var lo = 0, hi = hits.count
            while lo < hi { let mid = (lo + hi) / 2; if hits[mid].start < x { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        // Between the two, when no other entity stands between them ("Putin met Xi", not "Putin met Modi and Xi").
        let between = firstAtOrAfter(p.end)
        if gap <= 90, between < hits.count, hits[between].end <= q.start,
           !ms.contains(where: { $0.range.start >= p.end && $0.range.end <= q.start && $0.entity != a && $0.entity != b }) {
            return hits[between].label
        }
        let after = firstAtOrAfter(q.end)
        if after < hits.count, hits[after].start - q.end <= 25 { return hits[after].label }
        let before = firstAtOrAfter(p.start) - 1
        if before >= 0, hits[before].end <= p.start, p.start - hits[before].end <= 25 { return hits[before].label }
        return nil
    }
}
