/// Merges the recognizer's candidates into entities: all forms of a known country or
/// organisation; "Putin", "President Putin" and "Vladimir Putin"; "Xi" and "Xi Jinping"; an
/// acronym and its expansion; speaker labels and the person they name. Two people who share a
/// surname stay apart when the text gives both full names. Names each entity by the fullest form
/// the text uses and counts mentions by the rule of the export contract (a name form counts once, a
/// compound once for each part).
struct Resolver {
    let bytes: [UInt8]
    let knowledge: Knowledge
    var cands: [Candidate]
    /// The keys and words of the candidates' names (let go before the entities are made, which do not read it).
    var names: NamePool
    let sentences: [Sentence]
    /// The capitalised words the text writes alone in running prose (`WordEvidence.proseCap`).
    let proseCap: WordSet
    /// Group of each candidate (union-find parent array over candidates; 4 bytes a candidate).
    var parent: [Int32]
    /// Unions since the groups were last built.
    var changed = true
    /// The members of every group of the last groups built, group after group (see `Group.memberStart`).
    var memberList: [Int32] = []
    /// The last groups built and the `keep` they were built for (built again only after a union or a drop).
    var lastGroups = Groups()
    var lastKeep: [Bool] = []

    init(bytes: [UInt8], knowledge: Knowledge, recognized: consuming Recognized, sentences: [Sentence]) {
        self.bytes = bytes; self.knowledge = knowledge; cands = recognized.candidates; names = recognized.names; self.sentences = sentences
        proseCap = recognized.proseCap
        parent = (0..<Int32(cands.count)).map { $0 }
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while Int(parent[x]) != x { parent[x] = parent[Int(parent[x])]; x = Int(parent[x]) }
        return x
    }
    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = Int32(min(ra, rb)); changed = true }
    }

    /// Whether the form at `r` ends in a plural "s" (not "ss", "us", "is").
    func plural(_ r: TextRange) -> Bool {
        r.count >= 4 && bytes[r.end - 1] == UInt8(ascii: "s") && bytes[r.end - 2] != UInt8(ascii: "s") && bytes[r.end - 2] != UInt8(ascii: "u")
            && bytes[r.end - 2] != UInt8(ascii: "i")
    }

    /// The written form of a name, with any line break or run of spaces inside it made one space.
    func text(_ r: TextRange) -> String {
        var plain = true
        for i in r.start..<r.end where bytes[i] == UInt8(ascii: "\n") || bytes[i] == UInt8(ascii: "\t")
            || (bytes[i] == UInt8(ascii: " ") && i + 1 < r.end && bytes[i + 1] == UInt8(ascii: " ")) {
            plain = false; break
        }
        if plain { return String(decoding: bytes[r.start..<r.end], as: UTF8.self) }
        var out: [UInt8] = []
        for i in r.start..<r.end {
            let b = Bytes.isSpace(bytes[i]) ? UInt8(ascii: " ") : bytes[i]
            if b == UInt8(ascii: " "), out.last == UInt8(ascii: " ") { continue }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }


    /// The entities and mentions of the recognizer's candidates. The resolver takes `recognized`, so that
    /// it holds the only reference to the names and can let them go before the entities are made.
    static func resolve(_ bytes: [UInt8], _ recognized: consuming Recognized, sentences: [Sentence],
                        knowledge: Knowledge) -> (entities: [Entity], mentions: [Mention]) {
        var r = Resolver(bytes: bytes, knowledge: knowledge, recognized: recognized, sentences: sentences)
        return r.run()
    }

    func words(_ g: Group) -> ArraySlice<UInt64> { names.words(g.words) }
    func entry(_ i: Int) -> NameEntry { names.entry(cands[i]) }
    func range(_ i: Int) -> TextRange { cands[i].range(in: sentences) }

    /// The merges in order, each on the groups the ones before it left, then the entities.
    mutating func run() -> (entities: [Entity], mentions: [Mention]) {
        // (Indices, not `for c in cands`: copying a candidate retains and releases its arrays. Hash tables keyed
        // by the text hashes themselves, not Swift's Set and Dictionary, which hash every key again. Each step's
        // tables live in a function of their own: they go before the next step's.)
        var keep = keptOutsideHeadlines()
        mergeSameNames(keep)
        // 2. Acronym in brackets after its expansion.
        for i in cands.indices where keep[i] {
            if cands[i].followsExpansion, i > 0, keep[i - 1] { union(i - 1, i) }
        }
        mergeVariants(keep)
        var groups = buildGroups(keep)
        mergeFullNames(groups)
        rebuild(&groups, keep)
        mergeSingleNames(groups)
        rebuild(&groups, keep)
        mergeSpeakerLabels(groups, &keep)
        rebuild(&groups, keep)
        mergeAcronymInitials(groups)
        rebuild(&groups, keep)
        mergeGovernmentAcronyms(groups)
        rebuild(&groups, keep)
        if dropFragments(groups, &keep) { rebuild(&groups, keep) }
        if dropCommonWords(groups, &keep) { rebuild(&groups, keep) }
        if dropCommonPhrases(groups, &keep) { rebuild(&groups, keep) }
        // The groups and names go before the entities are made (`makeEntities` then holds the only
        // reference to the groups): for a text of many names they are most of the resolver's memory.
        lastGroups = Groups()
        lastKeep = []
        names = NamePool()
        return makeEntities(&groups, keep)
    }

    /// Names in headline lines count only when the body uses them too (or a title vouches for them).
    func keptOutsideHeadlines() -> [Bool] {
        var keep = [Bool](repeating: true, count: cands.count)
        var bodyKeys = HashSet()
        for i in cands.indices where !cands[i].inHeadline && !cands[i].isLabel && cands[i].knowledge == nil {
            bodyKeys.insert(entry(i).key)
        }
        for i in cands.indices where cands[i].inHeadline && cands[i].knowledge == nil {
            // A title vouches for a name even in a headline ("Remarks by President Biden").
            if !bodyKeys.contains(entry(i).key) && !cands[i].titled { keep[i] = false }
        }
        return keep
    }

    /// 1. Same known entry, or same written key.
    mutating func mergeSameNames(_ keep: [Bool]) {
        var byEntry = HashMap<Int>(capacity: 64)
        var byKey = HashMap<Int>() // (grows with the distinct names, not the mentions)
        for i in cands.indices where keep[i] && !cands[i].isLabel {
            if let e = cands[i].knowledge {
                let ek = UInt64(truncatingIfNeeded: e)
                if let g = byEntry[ek] { union(g, i) } else { byEntry[ek] = i }
            } else if let g = byKey[entry(i).key] { union(g, i) } else { byKey[entry(i).key] = i }
        }
    }

    /// 3. People: full names with the same surname and compatible given names.
    mutating func mergeFullNames(_ groups: Groups) {
        let persons = groups.keys.filter { groups[$0]!.type == .person }
        var bySurname: [UInt64: [Int]] = [:]
        for g in persons.sorted() where groups[g]!.words.wordCount >= 2 {
            bySurname[words(groups[g]!).last!, default: []].append(g)
        }
        // (Pairs within a surname: bounded, so a text full of one family name stays fast.)
        for (_, list) in bySurname where list.count > 1 && list.count <= 64 {
            let given = list.map { self.given(groups[$0]!) } // (once a group, not once a pair)
            for a in 0..<list.count {
                for b in (a + 1)..<list.count where compatible(given[a], given[b]) { union(list[a], list[b]) }
            }
        }
    }

    /// 3. Then single names: with the full name whose surname (else first name) they are.
    mutating func mergeSingleNames(_ groups: Groups) {
        var multi: [UInt64: [Int]] = [:]     // surname → full-name groups
        var firstNames: [UInt64: [Int]] = [:] // first word → full-name groups
        for (g, grp) in groups where grp.type == .person && grp.words.wordCount >= 2 {
            multi[words(grp).last!, default: []].append(g)
            firstNames[words(grp).first!, default: []].append(g)
        }
        // Short forms of two-word names that are not people: the first word ("Wagner" for "the Wagner
        // Group") or the last ("the Scorecard" for "the College Scorecard").
        var shortForms: [UInt64: [Int]] = [:]
        for (g, grp) in groups where grp.type != .person && grp.knowledge == nil && grp.words.wordCount == 2 {
            let pair = words(grp)
            shortForms[pair.first!, default: []].append(g)
            if pair.last! != pair.first! { shortForms[pair.last!, default: []].append(g) }
        }
        for (g, grp) in groups where grp.words.wordCount == 1 && grp.knowledge == nil
            && (grp.type == .person || grp.type == nil || gazetteerHit(grp) != nil) {
            let w = words(grp).first!
            let options = multi[w] ?? firstNames[w] ?? []
            if let best = options.max(by: { (groups[$0]!.mentions, -$0) < (groups[$1]!.mentions, -$1) }) {
                union(best, g)
            } else if grp.titled == 0, grp.speaks == 0, let long = shortForms[w], long.count == 1,
                      gazetteerHit(grp).map({ $0.type == groups[long[0]]!.type }) ?? true { // ("Wagner" known as the Group's)
                union(long[0], g)
            }
        }
    }

    /// 4. Speaker labels: the person whose name has the label's last word, else the one person whose initials the
    /// label is ("MK:" for Melody Kramer); else the label is dropped.
    mutating func mergeSpeakerLabels(_ groups: Groups, _ keep: inout [Bool]) {
        var byWord: [UInt64: [Int]] = [:]
        var byInitials: [String: [Int]] = [:]
        for (g, grp) in groups where grp.type == .person {
            for w in words(grp) { byWord[w, default: []].append(g) }
            byInitials[initialsOf(grp), default: []].append(g)
        }
        for i in cands.indices where cands[i].isLabel {
            guard let w = names.words(entry(i)).last, let options = byWord[w] else {
                let label = text(range(i))
                if names.words(entry(i)).count == 1, (2...3).contains(label.count), let options = byInitials[label], options.count == 1 {
                    union(options[0], i)
                } else { keep[i] = false }
                continue
            }
            let best = options.max { (groups[$0]!.mentions, -$0) < (groups[$1]!.mentions, -$1) }!
            union(best, i)
        }
    }

    /// 5. Unknown acronyms whose letters are the initials of a name in the text.
    mutating func mergeAcronymInitials(_ groups: Groups) {
        var initials: [String: [Int]] = [:]
        for (g, grp) in groups where grp.knowledge == nil && grp.type != .person && grp.words.wordCount >= 2 {
            initials[initialsOf(grp), default: []].append(g)
        }
        for (g, grp) in groups where grp.knowledge == nil && grp.acronym {
            let a = text(range(members(grp).first!)).filter { $0 != "." }
            if let options = initials[a], options.count == 1 { union(options[0], g) }
        }
    }

    /// 5b. A government written as an acronym, as diplomatic papers write it, is its country when exactly
    /// one country of the text fits: "USG" (a country's own acronym and G) and "GOG" (GO and the initial
    /// of the country's name: the Government of Greece).
    mutating func mergeGovernmentAcronyms(_ groups: Groups) {
        let countries = countryForms(groups)
        guard !countries.isEmpty else { return }
        for (g, grp) in groups where grp.knowledge == nil && grp.acronym {
            let a = text(range(members(grp).first!)).filter { $0 != "." }
            guard (3...4).contains(a.count), a.hasPrefix("GO") || a.hasSuffix("G") else { continue }
            let fits = countries.filter { c in
                a.hasPrefix("GO") && a.count == 3 && c.name.first == a.last || a.hasSuffix("G") && c.forms.contains(String(a.dropLast()))
            }
            if fits.count == 1 { union(fits[0].group, g) }
        }
    }

    /// The text's countries: group, name and the forms the text writes it in (without full stops).
    func countryForms(_ groups: Groups) -> [(group: Int, name: String, forms: Set<String>)] {
        var countries: [(group: Int, name: String, forms: Set<String>)] = []
        for (g, grp) in groups where grp.type == .country {
            guard let k = grp.knowledge else { continue }
            var forms = Set<String>()
            for m in members(grp) { forms.insert(text(range(m)).filter { $0 != "." }) }
            countries.append((g, knowledge.entries[k].name, forms))
        }
        return countries
    }

    /// 6. A lone word that only occurs as part of a longer name ("the Strategic — Comprehensive Strategic
    /// Partnership"): a fragment, not an entity of its own. Returns whether any was dropped.
    func dropFragments(_ groups: Groups, _ keep: inout [Bool]) -> Bool {
        var dropped = false
        var inNames = Set<UInt64>()
        for grp in groups.values where grp.words.wordCount >= 2 && grp.type != .person { inNames.formUnion(words(grp)) }
        for grp in groups.values where grp.knowledge == nil && grp.words.wordCount == 1 && grp.titled == 0 && grp.mentions <= 2
            && !grp.acronym && inNames.contains(words(grp).first!) {
            for m in members(grp) { keep[m] = false }
            dropped = true
        }
        return dropped
    }
}
