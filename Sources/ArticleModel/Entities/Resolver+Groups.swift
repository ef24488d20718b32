/// The resolver's groups: the candidates under each union-find root, with what the resolver knows
/// of each group (its longest words, counts of titles and cues, its type).
extension Resolver {
    /// What the resolver knows of a group of candidates. A text of many names has a group a name, so it is
    /// kept small: its members are a range of the resolver's one `memberList` (not an array a group), its
    /// counts 32-bit, the 20-byte name entry first so the narrow fields pack after it (48 bytes).
    struct Group {
        /// The longest words of a member that is not a label.
        var words = NameEntry.none
        /// The group's members are `memberList[memberStart ..< memberStart + memberCount]`, ascending.
        var memberStart: Int32 = 0
        var memberCount: Int32 = 0
        @NarrowInt var titled = 0
        @NarrowInt var speaks = 0
        @NarrowInt var placePrep = 0
        private var knowledgeEntry: Int32 = -1
        var acronym = true
        var labelOnly = true
        /// The type is the default guess for a name of several words (a person), without evidence.
        var guessed = false
        var type: EntityType? = nil
        var knowledge: Int? { knowledgeEntry < 0 ? nil : Int(knowledgeEntry) }
        var mentions: Int { Int(memberCount) }

        init(memberStart: Int32) { self.memberStart = memberStart }

        mutating func add(_ c: Candidate, _ entry: NameEntry) {
            memberCount += 1
            if !c.isLabel { labelOnly = false }
            if c.titled { titled += 1 }
            if c.speaks { speaks += 1 }
            if c.afterPlacePrep { placePrep += 1 }
            if !c.isAcronym { acronym = false }
            if let e = c.knowledge { knowledgeEntry = Int32(e) }
            if !c.isLabel, entry.wordCount > words.wordCount { words = entry }
        }
    }

    /// The candidates in `g`, ascending.
    func members(_ g: Group) -> LazyMapSequence<ArraySlice<Int32>, Int> {
        memberList[Int(g.memberStart)..<Int(g.memberStart + g.memberCount)].lazy.map { Int($0) }
    }


    /// The groups of candidates by their root candidate, in root order (arrays, not a dictionary: no hashing,
    /// and the same order on every run). A root's group is found through a 4-byte slot a candidate, not an
    /// optional group a candidate: groups are far fewer than candidates, and a `Group` is over 100 bytes.
    struct Groups: Sequence {
        /// Index into `groups` of each candidate that is a root, else -1.
        var slots: [Int32] = []
        var groups: [Group] = []
        /// Roots in increasing order.
        var roots: [Int] = []
        subscript(_ root: Int) -> Group? { slots[root] < 0 ? nil : groups[Int(slots[root])] }
        var keys: [Int] { roots }
        var values: [Group] { roots.map { groups[Int(slots[$0])] } }

        struct Iterator: IteratorProtocol {
            let groups: Groups
            var position = 0
            mutating func next() -> (key: Int, value: Group)? {
                guard position < groups.roots.count else { return nil }
                let r = groups.roots[position]
                position += 1
                return (r, groups.groups[Int(groups.slots[r])])
            }
        }
        func makeIterator() -> Iterator { Iterator(groups: self) }
    }

    /// `groups` built again, the old ones released first (a text of many names has many groups).
    mutating func rebuild(_ groups: inout Groups, _ keep: [Bool]) {
        groups = Groups()
        groups = buildGroups(keep)
    }

    mutating func buildGroups(_ keep: [Bool]) -> Groups {
        if !changed, keep == lastKeep { return lastGroups }
        defer { changed = false; lastKeep = keep }
        lastGroups = Groups() // free the previous groups before building the next
        memberList = []
        var groups = Groups(slots: [Int32](repeating: -1, count: cands.count), groups: [], roots: [])
        // The roots and the size of each group first, so that the groups and their members are allocated
        // once, at their size (a text of many names has about a group a name).
        var sizes: [Int32] = []
        for i in cands.indices where keep[i] {
            let root = find(i)
            if groups.slots[root] < 0 {
                groups.slots[root] = Int32(sizes.count)
                sizes.append(0)
                groups.roots.append(root)
            }
            sizes[Int(groups.slots[root])] += 1
        }
        groups.groups.reserveCapacity(sizes.count)
        var start: Int32 = 0
        for n in sizes { groups.groups.append(Group(memberStart: start)); start += n }
        sizes = []
        var list = [Int32](repeating: 0, count: Int(start))
        for i in cands.indices where keep[i] {
            let g = Int(groups.slots[find(i)])
            list[Int(groups.groups[g].memberStart + groups.groups[g].memberCount)] = Int32(i)
            groups.groups[g].add(cands[i], entry(i))
        }
        memberList = list
        groups.roots.sort()
        for g in groups.groups.indices {
            var guessed = false
            groups.groups[g].type = typeOf(groups.groups[g], guessed: &guessed)
            groups.groups[g].guessed = guessed
        }
        typeListedNames(&groups, keep)
        lastGroups = groups
        return groups
    }

    static let types = EntityType.allCases
    static func ordinal(_ t: EntityType) -> Int { types.firstIndex(of: t)! }
    /// The type with most votes (the earlier type on a tie), or nil without votes.
    static func vote(_ v: SIMD8<Int32>) -> EntityType? {
        var best = -1
        for i in types.indices where v[i] > 0 && (best < 0 || v[i] > v[best]) { best = i }
        return best < 0 ? nil : types[best]
    }

    /// The gazetteer's type for a group's name, looked up by its fullest form as written (without "the").
    func gazetteerHit(_ g: Group) -> Gazetteer.Hit? {
        guard let r = writtenForm(g) else { return nil }
        return knowledge.gazetteer.hit(g.words.key, written: bytes[r.start..<r.end])
    }

    /// Where a member writes the group's fullest form, without a leading "the".
    func writtenForm(_ g: Group) -> TextRange? {
        guard g.words.wordCount > 0, let m = members(g).first(where: { entry($0).key == g.words.key }) else { return nil }
        var r = range(m)
        if r.count > 4, bytes[r.start] | 0x20 == UInt8(ascii: "t"), bytes[r.start + 1] | 0x20 == UInt8(ascii: "h"),
           bytes[r.start + 2] | 0x20 == UInt8(ascii: "e"), bytes[r.start + 3] == UInt8(ascii: " ") {
            r.start += 4
        }
        return r
    }

    /// Whether a mention of the group stands inside its sentence, not as its first word (where any word has a capital).
    func writtenInsideASentence(_ g: Group) -> Bool {
        members(g).contains { m in
            let start = sentences[cands[m].sentence].range.start, at = range(m).start
            return bytes[start..<at].contains { Bytes.isASCIILetter($0) || Bytes.isDigit($0) }
        }
    }

    func typeOf(_ g: Group, guessed: inout Bool) -> EntityType? {
        if let e = g.knowledge { return knowledge.entries[e].type }
        // Votes per type (indexed by `EntityType.allCases` order): head words and context cues, counted here
        // from the members rather than kept in every group (64 bytes a group, most of it).
        var heads = SIMD8<Int32>(), cues = SIMD8<Int32>()
        var afterThe = 0, plainWord = 0
        for m in members(g) {
            if cands[m].hasPlainWord { plainWord += 1 }
            if let h = cands[m].head { heads[Resolver.ordinal(h)] += 1 }
            if let q = cands[m].cue { cues[Resolver.ordinal(q)] += 1 }
            if cands[m].afterThe { afterThe += 1 }
        }
        if let h = Resolver.vote(heads) { return h }
        // The gazetteer: a clear name takes its type unless a title (or, for a place, a speaking verb) makes it
        // a person; an ambiguous one ("Reading", "Austin", "Jackson") only with a cue of the same type ("in Austin").
        let hit = gazetteerHit(g)
        if let hit, !hit.ambiguous, g.titled == 0, g.speaks == 0 || hit.type != .place { return hit.type }
        if g.titled > 0 { return .person }
        let cue = Resolver.vote(cues)
        if let hit, g.speaks == 0, cue == hit.type || (hit.type == .place && g.placePrep > 0) { return hit.type }
        // "Google says", "Apple's card": a company says things and owns them as a person does.
        if let hit, hit.onlyAWord, cue == nil || cue == .person, writtenInsideASentence(g) { return hit.type }
        if let q = cue { return q }
        if g.acronym { return .organization }
        // "PayScale", "InsideTrack": a capital inside one word names a company or product, not a person.
        if g.words.wordCount == 1, let m = members(g).first, WordShape.isCamelCase(bytes, range(m)) { return .organization }
        if g.words.wordCount >= 2 {
            // A maker's product ("Nintendo Switch", "Apple AirPods"): no person, and no type the text states.
            if g.speaks == 0, members(g).contains(where: { cands[$0].opensWithMaker }) { return .unknown }
            // A person's name is made of names: "College Greenlight", "National Archives" are not.
            if g.speaks == 0, plainWord * 2 > g.mentions { return .organization }
            guessed = g.speaks == 0
            return .person
        }
        // "the Capitol", "the Presidium": no person is "the" someone, even where it speaks; a place after a place
        // preposition ("in the Bronx").
        // (Weaker evidence from here: `guessed`, so that a list's names typed by the text may type it.)
        guessed = g.titled == 0 && g.speaks == 0
        // ("the Treasury said": it speaks, but as a body does.)
        if g.titled == 0, afterThe * 2 >= g.mentions { return g.speaks == 0 && g.placePrep > 0 ? .place : .organization }
        if g.titled == 0, let m = members(g).first, plural(range(m)) { return .organization } // "Democrats", "Allies"
        if g.speaks > 0 { return .person }
        if g.placePrep > 0, g.placePrep * 2 >= g.mentions { return .place } // "in Majorca", "to Ibiza"
        return nil
    }
}
