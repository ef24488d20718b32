/// The words that tie two names or show they are not tied: roles the words between state ("Dendias, Greece's
/// foreign minister", "18F, part of GSA"), and who is the subject and the object of a word between them.
extension Relations.PairReading {
    typealias Hit = Relations.Hit

    /// Words that start a clause about the name right before them ("X, who …").
    static let relativeWords: Set<String> = ["who", "which", "that", "whom", "whose"]
    /// Words that start another clause or predicate ("X and signed …"): its subject is not the name before.
    static let coordinators: Set<String> = ["and", "or", "but", "while", "whereas", "although", "though", "because"]
    /// Words after "and" that keep its subject ("the US and its allies warned …").
    static let dependents: Set<String> = ["its", "their", "his", "her", "other", "our"]
    /// Prepositions that link a noun to its other party ("alliance with Y", "friends of Y", "visit to Y").
    static let linkPrepositions: Set<String> = ["with", "to", "of", "between", "against", "for", "from", "on", "towards",
                                                "toward", "among", "by", "over"]
    static let articles: Set<String> = ["the", "its", "their", "his", "her", "our"]
    /// Label words that are nouns: a noun between two names ties them only when the later one is its object
    /// ("their alliance with Russia"), not when the noun belongs to a phrase of its own ("the Western alliance and …").
    static let nouns: Set<String> = [
        "meeting", "meetings", "summit", "talks", "visit", "visits", "alliance", "alliances", "ally", "allies", "partnership",
        "partners", "support", "backing", "sanctions", "invasion", "attacks", "war", "conflict", "leader", "agreement",
        "agreements", "treaty", "trade", "cooperation", "conversation", "conversations", "friend", "friends", "enemy",
        "enemies", "rival", "liaison", "relationship", "relations", "negotiations", "request", "requests", "funds", "wrangling",
    ]
    /// Nouns of a party, not an event: "of" ties their holder to the later name ("friends of Vietnam").
    static let agents: Set<String> = ["ally", "allies", "partners", "leader", "friend", "friends", "enemy", "enemies", "rival",
                                      "liaison", "support", "backing"]
    static let places: Set<String> = ["in", "at", "near", "inside", "outside", "during"]

    /// A role the words between the two state: "Dendias, Greece's foreign minister"; and "part of" for two bodies
    /// ("18F, part of GSA", "18F (at GSA)").
    func linkedRole() -> UInt32? {
        guard gap <= 48, q.start <= c.text.count else { return nil }
        // (Bytes first: most pairs have neither a comma nor a bracket right after the earlier name.)
        let mark = c.text[p.end..<q.start].first { $0 != UInt8(ascii: " ") }
        guard mark == UInt8(ascii: "(") || mark == UInt8(ascii: ",") && gap <= 7 || saysPart else { return nil }
        // "Dendias, Greece's foreign minister", "Adams, the U.S. Minister in London": the role of the earlier name at the later one.
        if mark == UInt8(ascii: ","), gap <= 7, [[","], [",", "the"]].contains(c.words(p.end, q.start)) {
            let after = firstAtOrAfter(q.end)
            if after < hits.count, !othersBetween(q.end, hits[after].start), hits[after].label & (Relations.titleBit | Relations.appositionBit) != 0,
               hits[after].start - q.end <= 24,
               Relations.roleFits(hits[after], person: earlierIsPerson, other: laterIsPerson) {
                return hits[after].label & Relations.classMask
            }
        }
        if let part = c.partOf, c.isBody(earlier) || c.isBody(later), c.isPerson(earlier) == false, c.isPerson(later) == false,
           Self.statesPart(c.words(p.end, q.start), bothBodies: c.isBody(earlier) && c.isBody(later)) {
            return part
        }
        return nil
    }

    /// Whether "part of" stands between the two (a byte search, before reading the words).
    var saysPart: Bool {
        var i = p.end
        while i + 7 <= q.start {
            if c.text[i] == UInt8(ascii: "p"), c.text[i + 1] == UInt8(ascii: "a"), c.text[i + 2] == UInt8(ascii: "r"),
               c.text[i + 3] == UInt8(ascii: "t"), c.text[i + 5] == UInt8(ascii: "o"), c.text[i + 6] == UInt8(ascii: "f") { return true }
            i += 1
        }
        return false
    }

    /// "X, part of Y", "X, which is part of the Y" and, for two bodies, "X (at Y)".
    static func statesPart(_ between: [String], bothBodies: Bool) -> Bool {
        var rest = between.filter { $0 != "," }
        let bracketed = rest.first == "("
        if bracketed { rest.removeFirst() }
        if rest.last == "the" { rest.removeLast() }
        while let w = rest.first, ["which", "is", "now", "a", "an"].contains(w) { rest.removeFirst() }
        if rest == ["part", "of"] { return between.first == "," || bracketed || between.first == "is" }
        return bracketed && bothBodies && (rest == ["at"] || rest == ["within"])
    }

    /// Whether the earlier name is the party of hit `h` after it: not a place ("a presence in the Baltic
    /// allied to Russia") nor a name that only qualifies another ("Ambassador Bohlen of the US met …"), not the
    /// object of an earlier clause ("… addressing Truman, expressing the desire for cooperation with …"), not
    /// before a new predicate ("Taiwan and imposing sanctions on …").
    func earlierIsParty(to h: Hit) -> Bool {
        let from = titledFrom(p)
        var before = c.words(max(0, from - 24), from)
        if before.last == "the" { before.removeLast() }
        if let w = before.last, Self.places.contains(w) { return false }
        if before.last == "of", ms.contains(where: { $0.range.end <= from && from - $0.range.end <= 8 && $0.entity != earlier }) {
            return false
        }
        // The first name of the sentence is its subject, whatever clauses follow it ("Eisenhower, in turn, received
        // the letter and replied to Bulganin").
        if !ms.contains(where: { $0.range.end <= from && $0.entity != earlier }) { return true }
        let words = c.words(p.end, h.end)
        if let m = words.firstIndex(where: PairContext.clauseMarks.contains) {
            let next = m + 1 < words.count ? words[m + 1] : ""
            if !(Self.relativeWords.contains(next) || next.hasSuffix("ed")) { return false }
        }
        for (i, w) in words.dropLast().enumerated() where Self.coordinators.contains(w) {
            if i + 1 >= words.count || !Self.dependents.contains(words[i + 1]) { return false }
        }
        return true
    }

    /// Whether the later name only owns the party ("headed by President Xi's Chief of Staff", "met Chile's foreign
    /// minister"): a possessive before a title or a role.
    var laterIsOwner: Bool {
        let end = min(c.text.count, q.end + 40)
        guard q.end < end, c.text[q.end] == UInt8(ascii: "'") || c.text[q.end] == 0xE2 else { return false }
        let words = c.words(q.end, end)
        guard words.first == "'s" || words.first == "'" else { return false }
        let i = firstAtOrAfter(q.end)
        if i < hits.count, hits[i].label & Relations.roleBit != 0, hits[i].start - q.end <= 28 { return true }
        // A capitalised word right after the possessive: a title or a name.
        var k = q.end
        while k < end, c.text[k] != UInt8(ascii: " ") { k += 1 }
        return k + 1 < end && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(c.text[k + 1])
    }

    /// Whether hit `h` reaches the later name at `end`: no clause mark between them ("… was threatened, the
    /// American people"), and a noun only through a preposition ("alliance with Russia", not "the Western
    /// alliance and … US").
    func links(_ h: Hit, toLaterAt end: Int) -> Bool {
        var words = c.words(h.end, titledFrom(q), lower: false)
        // A title before the later name is part of it ("talks with Foreign Minister Gromyko"), and so is a mark that
        // opens it ("the Soviet leader, Khrushchev", "the data system (NSLDS)").
        while let w = words.last, w.first.map({ $0.isUppercase }) ?? false || w == "," || w == "(" { words.removeLast() }
        if words.contains(where: PairContext.clauseMarks.contains) { return false }
        // "welcome you back to the White House", "thanked him for Y": the pronoun is the word's object, not the name.
        if words.contains(where: Self.objectPronouns.contains) { return false }
        var rest = words.map { $0.lowercased() }[...]
        guard let word = c.words(h.start, h.end).last, Self.nouns.contains(word) else {
            // "Y praised the alliance between X and Z": the verb's object is a tie of others, not the later name.
            return !zip(rest, rest.dropFirst()).contains { Self.nouns.contains($0) && $1 == "between" }
        }
        // A word or two may come before the preposition ("talks yesterday with"), but not a new clause ("and for").
        // (Without one, the word is a verb with its object: "visits the Soviet Union".)
        if let at = rest.prefix(3).firstIndex(where: Self.linkPrepositions.contains) {
            // "at the meeting of the Council": an event "of" the later name is its own, not a tie with the earlier.
            if rest[at] == "of", !Self.agents.contains(word) { return false }
            // "Y praised the alliance between X and Z": the two after "between" are its parties, not Y.
            if rest[at] == "between" { return false }
            rest = rest[(at + 1)...]
        }
        if let w = rest.first, Self.articles.contains(w) { rest = rest.dropFirst() }
        return rest.count <= 1 && rest.first.map { $0 != "a" && $0 != "an" } ?? true
    }

    static let objectPronouns: Set<String> = ["you", "him", "her", "them", "us", "me", "it"]

    /// "The wrangling between the State Department, represented by …, and the CIA": an aside after the first
    /// party, closed by ", and" before the second.
    func betweenAcrossAside() -> UInt32? {
        guard gap <= 160 else { return nil }
        var before = firstAtOrAfter(p.start) - 1
        while before >= 0, hits[before].label & Relations.roleBit != 0 { before -= 1 }
        guard before >= 0, hits[before].label & Relations.betweenBit != 0, hits[before].end <= p.start,
              p.start - hits[before].end <= 25, !othersBetween(hits[before].end, p.start) else { return nil }
        var words = c.words(p.end, q.start)[...]
        if words.last == "the" { words = words.dropLast() }
        guard words.first == ",", words.count >= 4, Array(words.suffix(2)) == [",", "and"] else { return nil }
        return stated(hits[before])
    }
}
