extension Relations {
    /// Reads the words that link two entities' closest mentions in a sentence, for the label of their tie.
    struct PairReading {
        let ms: ArraySlice<Mention>
        let a: Int, b: Int
        let hits: [Hit]
        let c: PairContext
        /// The earlier and the later of the two closest mentions, and their entities.
        let p: TextRange, q: TextRange
        let earlier: Int, later: Int

        init?(_ ms: ArraySlice<Mention>, _ a: Int, _ b: Int, _ hits: [Hit], _ c: PairContext) {
            var best: (TextRange, TextRange, Int)? = nil
            var gap = Int.max
            for x in ms where x.entity == a {
                for y in ms where y.entity == b {
                    let (p, q) = x.range.start < y.range.start ? (x.range, y.range) : (y.range, x.range)
                    let g = q.start - p.end
                    if g >= 0, g < gap { gap = g; best = (p, q, x.range.start < y.range.start ? b : a) }
                }
            }
            guard let (p, q, later) = best else { return nil }
            (self.ms, self.a, self.b, self.hits, self.c) = (ms, a, b, hits, c)
            (self.p, self.q, self.later, self.earlier) = (p, q, later, later == a ? b : a)
        }

        var gap: Int { q.start - p.end }
        var earlierIsPerson: Bool? { c.isPerson(earlier) }
        var laterIsPerson: Bool? { c.isPerson(later) }

        func stated(_ h: Hit) -> UInt32? { h.label & deniedBit != 0 ? nil : h.label & classMask }

        /// Hits are in text order: found by binary search (a long sentence can hold many).
        func firstAtOrAfter(_ x: Int) -> Int {
            var lo = 0, hi = hits.count
            while lo < hi { let mid = (lo + hi) / 2; if hits[mid].start < x { lo = mid + 1 } else { hi = mid } }
            return lo
        }

        func titlesNext(_ r: TextRange) -> Bool {
            let i = firstAtOrAfter(r.end)
            return i < hits.count && hits[i].label & titleBit != 0 && hits[i].start - r.end <= 1
        }

        /// Where the title of the name at `r` starts with the name it has ("Chilean President" before Boric), else
        /// `r.start`: that name is part of the title, not a party between.
        func titledFrom(_ r: TextRange) -> Int {
            let i = firstAtOrAfter(r.start) - 1
            guard i >= 0, hits[i].label & titleBit != 0, r.start - hits[i].end <= 1 else { return r.start }
            return ms.last { $0.range.end <= hits[i].start && hits[i].start - $0.range.end <= 1 }?.range.start ?? r.start
        }

        func othersBetween(_ s: Int, _ e: Int) -> Bool {
            ms.contains { $0.range.start >= s && $0.range.end <= e && $0.entity != a && $0.entity != b }
        }

        /// The label that ties the two, from the words linking their closest mentions: a role the words between
        /// them state; a word between them when no other entity stands between ("Putin met Xi", not "Putin met
        /// Modi and Xi"); for a coordinated pair ("the Chinese-Russian alliance", "the alliance between X and Y",
        /// "X and Y signed"), a word just after or just before. A denied or supposed word gives no label.
        func label() -> UInt32? {
            if let l = linkedRole() { return l }
            // A word that needs "from" may reach further ("I learned the importance of … from Melissa Braxton").
            let far = gap > 90
            if !far || gap <= 180 && !c.fromLabels.isEmpty, !othersBetween(p.end, laterFrom) {
                var k = firstAtOrAfter(p.end)
                while k < hits.count, hits[k].end <= q.start {
                    let h = hits[k]
                    k += 1
                    if far, !c.fromLabels.contains(h.label & classMask) { continue }
                    if h.label & roleBit != 0 {
                        if !othersBetween(p.end, h.start),
                           let l = roleBetween(h, p, q, earlierIsPerson: earlierIsPerson, laterIsPerson: laterIsPerson) { return l }
                        continue
                    }
                    // "X met Russian President Putin": the country titles the person, who is the party, not it.
                    if h.label & locatedBit != 0 || titlesNext(q) || !earlierIsParty(to: h) || laterIsOwner || laterQualifies { return nil }
                    if links(h, toLaterAt: q.start), c.prepositionHolds(h.label & classMask, h.end, q.start) { return stated(h) }
                }
            }
            return coordinated()
        }

        /// A coordinated pair: only a joiner between them ("-", " and ", ", ", "/", " & "; not " in ", " of ", " or ").
        func coordinated() -> UInt32? {
            if gap > 5 { return betweenAcrossAside() }
            guard gap != 4 else { return nil }
            var after = firstAtOrAfter(q.end)
            while after < hits.count, hits[after].label & roleBit != 0 { after += 1 }
            // "X and Y signed": a tie both sides share, unless it has an object of its own ("X and Y warned Z").
            if after < hits.count, hits[after].start - q.end <= 25, !othersBetween(q.end, hits[after].start),
               c.reciprocal.isEmpty || c.reciprocal.contains(hits[after].label & classMask),
               !c.words(q.end, hits[after].start).contains(where: PairContext.clauseMarks.contains),
               !ms.contains(where: { $0.range.start >= hits[after].end && $0.range.start - hits[after].end <= 30 }) {
                return stated(hits[after])
            }
            // "The alliance between X and Y": only a word before "between" labels the pair after it.
            var before = firstAtOrAfter(p.start) - 1
            while before >= 0, hits[before].label & roleBit != 0 { before -= 1 }
            if before >= 0, hits[before].label & betweenBit != 0, hits[before].end <= p.start, p.start - hits[before].end <= 25,
               !othersBetween(hits[before].end, p.start) {
                return stated(hits[before])
            }
            return nil
        }
    }

    /// The label that ties `a` and `b` in the sentence of mentions `ms` (`PairReading.label`).
    static func label(_ ms: ArraySlice<Mention>, _ a: Int, _ b: Int, _ hits: [Hit], context: PairContext = PairContext()) -> UInt32? {
        PairReading(ms, a, b, hits, context)?.label()
    }
}
