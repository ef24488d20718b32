/// Ties between entities that share sentences: for each pair, how many sentences (`weight`), which
/// ones (`evidence`), and a `label` where the words between or around them say how they are tied.
/// Per sentence, only the pairs of entities in that sentence: linear in the number of mentions
/// for ordinary sentences.
enum Relations {
    static func build(_ bytes: [UInt8], mentions: [Mention], sentences: [Sentence], entities: [Entity],
                      knowledge: Knowledge) -> [Relation] {
        struct Acc { var weight = 0; var evidence: [Evidence] = []; var labels: [String: Int] = [:]; var firstLabel: [String: Int] = [:] }
        var acc: [UInt64: Acc] = [:]
        var i = 0
        var tokens: [Token] = []
        while i < mentions.count {
            let sentence = mentions[i].sentence
            var j = i
            while j < mentions.count, mentions[j].sentence == sentence { j += 1 }
            let ms = mentions[i..<j]
            let ents = Array(Set(ms.map(\.entity))).sorted()
            if ents.count > 1 {
                tokens.removeAll(keepingCapacity: true)
                Tokenizer.tokens(bytes, sentences[sentence].range, into: &tokens)
                for a in 0..<ents.count {
                    for b in (a + 1)..<ents.count {
                        let key = UInt64(ents[a]) << 32 | UInt64(ents[b])
                        var x = acc[key] ?? Acc()
                        x.weight += 1
                        x.evidence.append(Evidence(paragraph: sentences[sentence].paragraph, sentence: sentence))
                        if let l = label(ms, ents[a], ents[b], tokens, knowledge) {
                            x.labels[l, default: 0] += 1
                            if x.firstLabel[l] == nil { x.firstLabel[l] = x.weight }
                        }
                        acc[key] = x
                    }
                }
            }
            i = j
        }
        var out: [Relation] = []
        out.reserveCapacity(acc.count)
        for (key, x) in acc {
            let l = x.labels.max { ($0.value, -(x.firstLabel[$0.key] ?? 0)) < ($1.value, -(x.firstLabel[$1.key] ?? 0)) }?.key
            out.append(Relation(source: Int(key >> 32), target: Int(key & 0xFFFF_FFFF), label: l, weight: x.weight, evidence: x.evidence))
        }
        out.sort { a, b in
            if a.weight != b.weight { return a.weight > b.weight }
            if (a.label == nil) != (b.label == nil) { return a.label != nil }
            if let la = a.label, let lb = b.label, la != lb { return la < lb }
            return (a.source, a.target) < (b.source, b.target)
        }
        return out
    }

    /// The label word nearest to the closest pair of mentions of `a` and `b`: between them first,
    /// then a few words after the later one ("Chinese-Russian alliance"), then before the earlier one.
    static func label(_ ms: ArraySlice<Mention>, _ a: Int, _ b: Int, _ tokens: [Token], _ k: Knowledge) -> String? {
        var best: (Mention, Mention)? = nil
        var gap = Int.max
        for x in ms where x.entity == a {
            for y in ms where y.entity == b {
                let (p, q) = x.range.start < y.range.start ? (x, y) : (y, x)
                let g = q.range.start - p.range.end
                if g >= 0, g < gap { gap = g; best = (p, q) }
            }
        }
        guard let (p, q) = best else { return nil }
        var between: [Token] = []
        var after: [Token] = []
        var before: [Token] = []
        for t in tokens where t.isWord {
            if t.start >= p.range.end && t.end <= q.range.start { between.append(t) }
            else if t.start >= q.range.end { if after.count < 3 { after.append(t) } }
            else if t.end <= p.range.start { before.append(t) }
        }
        if between.count <= 12, let l = between.lazy.compactMap({ k.labels[$0.hash] }).first { return l }
        if let l = after.lazy.compactMap({ k.labels[$0.hash] }).first { return l }
        if let l = before.suffix(3).reversed().lazy.compactMap({ k.labels[$0.hash] }).first { return l }
        return nil
    }
}
