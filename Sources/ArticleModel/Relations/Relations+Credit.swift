/// A quote's credit line: "– Name, Role, Organization" on its own line after a dash (or after a closing quote) states
/// that the person holds the role at the first organisation it names, and that each organisation it names is part of
/// the next one named right after a comma ("– Ana Ruiz, Dean, Hale College, Corran University").
extension Relations {
    /// A credit line's role phrase, kept as a label word.
    static let creditBit: UInt32 = 1 << 23
    /// Lower-case words a role phrase may hold ("Social Justice and Communications Coordinator").
    static let creditJoiners: [UInt64] = ["and"].map { TextHash.of($0.utf8) }
    /// Words a credit line's role phrase may have at most.
    static let creditRoleWords = 6

    /// The role phrase of sentence `r` when it is a credit line: a dash at the start of its line (or after a closing
    /// quote), a name of capitalised words, a comma, then capitalised words up to a comma or a preposition ("at").
    /// Its label class is the phrase in lower case, added to `out.phrases`.
    static func creditRole(_ tokens: [Token], _ r: Range<Int>, _ text: [UInt8], _ knowledge: Knowledge,
                           _ out: inout LabelWords) -> LabelWord? {
        guard let f = r.first(where: { tokens[$0].isWord }), tokens[f].isCapitalised, creditDash(before: tokens[f].start, text) else { return nil }
        var k = f
        // (An initial's period may stand in the name: "Jay M. Bernhardt".)
        while k < r.upperBound, tokens[k].isWord ? tokens[k].isCapitalised : tokens[k].punct == UInt8(ascii: "."), k - f < 6 { k += 1 }
        guard k < r.upperBound, !tokens[k].isWord, tokens[k].punct == UInt8(ascii: ","), k - f >= 2 else { return nil }
        let s = k + 1
        var e = s
        while e < r.upperBound, tokens[e].isWord, e - s < creditRoleWords, tokens[e].isCapitalised || creditJoiners.contains(tokens[e].hash) {
            e += 1
        }
        guard e > s, e < r.upperBound, !creditJoiners.contains(tokens[e - 1].hash),
              !tokens[e].isWord ? tokens[e].punct == UInt8(ascii: ",") : rolePrepositions.contains(tokens[e].hash) else { return nil }
        let phrase = String(decoding: text[tokens[s].start..<tokens[e - 1].end], as: UTF8.self).lowercased()
        let i = out.phrases.firstIndex(of: phrase) ?? { out.phrases.append(phrase); return out.phrases.count - 1 }()
        let label = UInt32(knowledge.labels.count + i) | roleBit | creditBit
        return LabelWord(start: tokens[s].start, length: UInt32(clamping: tokens[e - 1].end - tokens[s].start), label: label)
    }

    /// Whether a dash stands before byte `a`, with only spaces between, at the start of a line or after a closing quote.
    static func creditDash(before a: Int, _ text: [UInt8]) -> Bool {
        var i = a
        while i > 0, text[i - 1] == UInt8(ascii: " ") { i -= 1 }
        if i >= 1, text[i - 1] == UInt8(ascii: "-") { i -= 1 }
        else if i >= 3, text[i - 3] == 0xE2, text[i - 2] == 0x80, text[i - 1] == 0x93 || text[i - 1] == 0x94 { i -= 3 }
        else { return false }
        while i > 0, text[i - 1] == UInt8(ascii: " ") { i -= 1 }
        if i == 0 || text[i - 1] == UInt8(ascii: "\n") || text[i - 1] == UInt8(ascii: "\"") { return true }
        return i >= 3 && text[i - 3] == 0xE2 && text[i - 2] == 0x80 && text[i - 1] == 0x9D
    }

    /// The ties a credit line states, by pair key: the person named first to the first organisation after the role
    /// phrase (labelled with it), and each organisation to the next after only a comma ("part of"). The name right
    /// before the role's comma is the person whatever type the recognizer gave it (the line's shape says so).
    static func creditTies(_ ms: ArraySlice<Mention>, _ words: ArraySlice<LabelWord>, _ c: PairContext) -> [(key: UInt64, label: UInt32)] {
        guard let w = words.first(where: { $0.label & creditBit != 0 }), let person = ms.first, person.range.end <= w.start,
              w.start - person.range.end <= 3 else { return [] }
        var bodies: [Mention] = []
        for m in ms where m.range.start >= w.end && c.isBody(m.entity) && m.entity != person.entity && !bodies.contains(where: { $0.entity == m.entity }) {
            bodies.append(m)
        }
        guard let first = bodies.first else { return [] }
        var out = [(key: pairKey(person.entity, first.entity), label: w.label & classMask)]
        if let part = c.partOf {
            for (a, b) in zip(bodies, bodies.dropFirst()) where c.words(a.range.end, b.range.start) == [","] {
                out.append((pairKey(a.entity, b.entity), part))
            }
        }
        return out
    }
}
