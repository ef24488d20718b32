/// A name that only qualifies the person after it ("former 18F strategist Ed Mullen", "the Kremlin spokesman
/// Peskov"): the person is the party of a word before them, not the body or country that qualifies them.
extension Relations.PairReading {
    /// Lower-case words that join or relate names rather than name a role between them ("X told Y", "X and Y").
    static let notRoleWords: Set<String> = [
        "and", "or", "but", "nor", "of", "to", "in", "at", "on", "for", "from", "with", "by", "the", "a", "an", "as", "than",
        "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "not", "that",
        "who", "which", "whom", "says", "said", "told", "tells", "asks", "calls", "sees", "gives", "gave", "sent", "sends",
    ]

    /// Whether the non-person at `m` qualifies the person mentioned at `n`: one to three lower-case role words
    /// between them, none a label word, a word that relates names, or a verb in "-ed".
    func qualifies(_ m: TextRange, _ mEntity: Int, _ n: TextRange, _ nEntity: Int) -> Bool {
        guard n.start > m.end, n.start - m.end <= 40, nEntity != mEntity, c.isPerson(mEntity) == false,
              c.isPerson(nEntity) == true else { return false }
        let k = firstAtOrAfter(m.end)
        if k < hits.count, hits[k].start < n.start { return false }
        let words = c.words(m.end, n.start, lower: false)
        guard (1...3).contains(words.count) else { return false }
        return words.allSatisfy { w in
            guard let f = w.unicodeScalars.first, ("a"..."z").contains(f) else { return false }
            return !Self.notRoleWords.contains(w) && !w.hasSuffix("ed")
        }
    }

    /// Whether the later name only qualifies a person right after it ("I learned from 18F strategist Ed Mullen").
    var laterQualifies: Bool {
        guard c.isPerson(later) == false, let n = ms.first(where: { $0.range.start > q.end }) else { return false }
        return qualifies(q, later, n.range, n.entity)
    }

    /// Where the later name's qualifier starts ("18F" in "18F strategist Ed Mullen"), else `titledFrom(q)`: the
    /// qualifier stands between the two without being another party.
    var laterFrom: Int {
        let t = titledFrom(q)
        guard c.isPerson(later) == true, let m = ms.last(where: { $0.range.end < t }), m.range.start >= p.end,
              qualifies(m.range, m.entity, q, later) else { return t }
        return m.range.start
    }
}
