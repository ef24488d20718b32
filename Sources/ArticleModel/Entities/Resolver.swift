/// Merges the recognizer's candidates into entities: all forms of a known country or
/// organisation; "Putin", "President Putin" and "Vladimir Putin"; "Xi" and "Xi Jinping"; an
/// acronym and its expansion; speaker labels and the person they name. Two people who share a
/// surname stay apart when the text gives both full names. Names each entity by the fullest form
/// the text uses and counts mentions by the rule of GUIDE section 4.
struct Resolver {
    let s: [UInt8]
    let k: Knowledge
    var cands: [Candidate]
    /// The keys and words of the candidates' names (let go before the entities are made, which do not read it).
    var names: NamePool
    let sentences: [Sentence]
    /// Group of each candidate (union-find parent array over candidates; 4 bytes a candidate).
    var parent: [Int32]

    init(bytes: [UInt8], knowledge: Knowledge, recognized: consuming Recognized, sentences: [Sentence]) {
        s = bytes; k = knowledge; cands = recognized.candidates; names = recognized.names; self.sentences = sentences
        parent = (0..<Int32(cands.count)).map { $0 }
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while Int(parent[x]) != x { parent[x] = parent[Int(parent[x])]; x = Int(parent[x]) }
        return x
    }
    /// Unions since the groups were last built.
    var changed = true
    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = Int32(min(ra, rb)); changed = true }
    }

    func plural(_ r: TextRange) -> Bool {
        r.count >= 4 && s[r.end - 1] == 0x73 && s[r.end - 2] != 0x73 && s[r.end - 2] != 0x75 && s[r.end - 2] != 0x69
    }

    /// The written form of a name, with any line break or run of spaces inside it made one space.
    func text(_ r: TextRange) -> String {
        var plain = true
        for i in r.start..<r.end where s[i] == 0x0A || s[i] == 0x09 || (s[i] == 0x20 && i + 1 < r.end && s[i + 1] == 0x20) {
            plain = false; break
        }
        if plain { return String(decoding: s[r.start..<r.end], as: UTF8.self) }
        var out: [UInt8] = []
        for i in r.start..<r.end {
            let b = s[i] == 0x0A || s[i] == 0x09 || s[i] == 0x0D ? 0x20 : s[i]
            if b == 0x20, out.last == 0x20 { continue }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// What the resolver knows of a group of candidates. A text of many names has a group a name, so it is
    /// kept small: its members are a range of the resolver's one `memberList` (not an array a group), its
    /// counts 32-bit, the 20-byte name entry first so the narrow fields pack after it (48 bytes, not 144).
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

    /// The members of every group of the last groups built, group after group (see `Group.memberStart`).
    var memberList: [Int32] = []
    /// The candidates in `g`, ascending.
    func members(_ g: Group) -> LazyMapSequence<ArraySlice<Int32>, Int> {
        memberList[Int(g.memberStart)..<Int(g.memberStart + g.memberCount)].lazy.map { Int($0) }
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

    mutating func run() -> (entities: [Entity], mentions: [Mention]) {
        // Names in headline lines count only when the body uses them too.
        // (Indices, not `for c in cands`: copying a candidate retains and releases its arrays. Hash tables keyed
        // by the text hashes themselves, not Swift's Set and Dictionary, which hash every key again.)
        // (Each step's tables in a scope of their own: they go before the next step's, and before the entities
        // are made, the resolver's peak for a text of many names.)
        var keep = [Bool](repeating: true, count: cands.count)
        do {
            var bodyKeys = HashSet()
            for i in cands.indices where !cands[i].inHeadline && !cands[i].isLabel && cands[i].knowledge == nil {
                bodyKeys.insert(entry(i).key)
            }
            for i in cands.indices where cands[i].inHeadline && cands[i].knowledge == nil {
                // A title vouches for a name even in a headline ("Remarks by President Biden").
                if !bodyKeys.contains(entry(i).key) && !cands[i].titled { keep[i] = false }
            }

            // 1. Same known entry, or same written key.
            var byEntry = HashMap<Int>(capacity: 64)
            var byKey = HashMap<Int>() // (grows with the distinct names, not the mentions)
            for i in cands.indices where keep[i] && !cands[i].isLabel {
                if let e = cands[i].knowledge {
                    let ek = UInt64(truncatingIfNeeded: e)
                    if let g = byEntry[ek] { union(g, i) } else { byEntry[ek] = i }
                } else if let g = byKey[entry(i).key] { union(g, i) } else { byKey[entry(i).key] = i }
            }
        }
        // 2. Acronym in brackets after its expansion.
        for i in cands.indices where keep[i] {
            if cands[i].followsExpansion, i > 0, keep[i - 1] { union(i - 1, i) }
        }
        mergeVariants(keep)
        var groups = buildGroups(keep)

        // 3. People: full names with the same surname and compatible given names; then single names.
        do {
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
        rebuild(&groups, keep)
        do {
            var multi: [UInt64: [Int]] = [:]     // surname → full-name groups
            var firstNames: [UInt64: [Int]] = [:] // first word → full-name groups
            for (g, grp) in groups where grp.type == .person && grp.words.wordCount >= 2 {
                multi[words(grp).last!, default: []].append(g)
                firstNames[words(grp).first!, default: []].append(g)
            }
            for (g, grp) in groups where grp.words.wordCount == 1 && grp.knowledge == nil && (grp.type == .person || grp.type == nil) {
                let w = words(grp).first!
                let options = multi[w] ?? firstNames[w] ?? []
                if let best = options.max(by: { (groups[$0]!.mentions, -$0) < (groups[$1]!.mentions, -$1) }) {
                    union(best, g)
                }
            }
        }
        // 4. Speaker labels: the person whose name has the label's last word.
        rebuild(&groups, keep)
        do {
            var byWord: [UInt64: [Int]] = [:]
            for (g, grp) in groups where grp.type == .person {
                for w in words(grp) { byWord[w, default: []].append(g) }
            }
            for i in cands.indices where cands[i].isLabel {
                guard let w = names.words(entry(i)).last, let options = byWord[w] else { keep[i] = false; continue }
                let best = options.max { (groups[$0]!.mentions, -$0) < (groups[$1]!.mentions, -$1) }!
                union(best, i)
            }
        }
        // 5. Unknown acronyms whose letters are the initials of a name in the text.
        rebuild(&groups, keep)
        do {
            var initials: [String: [Int]] = [:]
            for (g, grp) in groups where grp.knowledge == nil && grp.type != .person && grp.words.wordCount >= 2 {
                initials[initialsOf(grp), default: []].append(g)
            }
            for (g, grp) in groups where grp.knowledge == nil && grp.acronym {
                let a = text(range(members(grp).first!)).filter { $0 != "." }
                if let options = initials[a], options.count == 1 { union(options[0], g) }
            }
        }
        rebuild(&groups, keep)
        // 6. A lone word that only occurs as part of a longer name ("the Strategic — Comprehensive Strategic
        //    Partnership"): a fragment, not an entity of its own.
        var dropped = false
        do {
            var inNames = Set<UInt64>()
            for grp in groups.values where grp.words.wordCount >= 2 && grp.type != .person { inNames.formUnion(words(grp)) }
            for grp in groups.values where grp.knowledge == nil && grp.words.wordCount == 1 && grp.titled == 0 && grp.mentions <= 2
                && !grp.acronym && inNames.contains(words(grp).first!) {
                for m in members(grp) { keep[m] = false }
                dropped = true
            }
        }
        if dropped { rebuild(&groups, keep) }
        // (The groups go once the entities are drafted: `makeEntities` holds the only reference then.)
        lastGroups = Groups()
        lastKeep = [] // (a copy since the labels and fragments were dropped from `keep`)
        names = NamePool() // (most of the recognizer's memory for a text of many names)
        return makeEntities(&groups, keep)
    }

    static let placeHeads: Set<String> = ["city", "free city", "province", "region", "district", "republic", "kingdom",
                                          "state", "oblast", "county", "duchy", "principality"]

    /// Written variants of one name: "Patriots" and "Patriot", "Potsdam Agreements" and "Potsdam Agreement";
    /// "Silk Road Project" and "Silk Road"; "Oder River" and "Oder"; "Moscow Conference of Foreign Ministers"
    /// and "Moscow Conference"; "Province of Brandenburg" and "Brandenburg"; "Polish Provisional Government
    /// of National Unity" and "Provisional Government of National Unity".
    mutating func mergeVariants(_ keep: [Bool]) {
        // Lower-cased forms by the hash of their bytes (the first candidate of each), and their texts in the
        // same order: lookups hash the bytes of a part of a form instead of making a String of it.
        var byText = HashMap<Int>()
        var texts: [String] = []
        func form<S: Sequence<UInt8>>(_ bytes: S) -> Int? { byText[TextHash.of(bytes)] }
        var seen = HashSet()
        for i in cands.indices where keep[i] && !cands[i].isLabel {
            let r = range(i)
            let h = TextHash.of(s[r.start..<r.end])
            if seen.contains(h) { continue } // one String per distinct written form
            seen.insert(h)
            let t = text(r).lowercased()
            if byText.entry(TextHash.of(t.utf8), orAdd: i).added { texts.append(t) }
        }
        // "Comprehensive Strategic Partners" and "… Partnership": the same words but for forms of the last.
        var byStem: [String: [(last: Substring, i: Int)]] = [:]
        // (The unions do not depend on the order of the forms: a group's root is its first candidate.)
        for (e, t) in texts.enumerated() {
            let i = byText.value(entry: e)
            guard cands[i].knowledge == nil, entry(i).wordCount >= 2 else { continue }
            guard let space = t.utf8.lastIndex(of: 0x20) else { continue }
            byStem[String(t[..<space]), default: []].append((t[t.utf8.index(after: space)...], i))
        }
        for list in byStem.values where list.count > 1 && list.count <= 64 {
            for a in 0..<list.count {
                for b in (a + 1)..<list.count where zip(list[a].last, list[b].last).prefix(while: { $0 == $1 }).count >= 6 {
                    union(list[a].i, list[b].i)
                }
            }
        }
        for (e, t) in texts.enumerated() {
            let i = byText.value(entry: e)
            guard cands[i].knowledge == nil else { continue }
            // (Suffixes and spaces are found on the bytes: String's Character search was most of this function's time.)
            let u = t.utf8
            if u.last == 0x73, u.dropLast().last != 0x73, u.count >= 4, t.count >= 4, let g = form(t.dropLast().utf8) {
                union(g, i)
            }
            for suffix in Resolver.variantSuffixes where u.count >= suffix.count && u.suffix(suffix.count).elementsEqual(suffix) {
                if let g = form(t.dropLast(suffix.count).utf8) { union(g, i) }
            }
            // (Split only a form with " of " in it: splitting every form was most of this function's time.)
            let words = Resolver.hasOf(t) ? t.split(separator: " ") : []
            if let of = words.firstIndex(of: "of"), of > 0, of + 1 < words.count {
                let before = words[..<of].joined(separator: " ")
                let after = words[(words[of + 1] == "the" ? of + 2 : of + 1)...].joined(separator: " ")
                // "Moscow Conference of Foreign Ministers" and "Moscow Conference"; "Politburo of the Communist
                // Party of China" and the known "Politburo".
                if let g = form(before.utf8) { union(g, i) }
                // "10th Central Committee of …" and "Central Committee": an ordinal in front changes nothing.
                if let space = before.firstIndex(of: " "), before.first?.isNumber == true,
                   let g = form(before[before.index(after: space)...].utf8) { union(g, i) }
                if Resolver.placeHeads.contains(before), let g = form(after.utf8) { union(g, i) }
            }
            if let space = u.firstIndex(of: 0x20), let g = form(t[u.index(after: space)...].utf8), cands[g].knowledge == nil {
                let firstBytes = Array(t[..<space].utf8)
                let first = Knowledge.tokens(firstBytes)
                if first.count == 1,
                   let f = k.forms[Tokenizer.phraseHash(first[...])] ?? k.exactForms[Tokenizer.exactHash(firstBytes, first[0])], !f.isName {
                    union(g, i)
                }
            }
        }
    }

    static let variantSuffixes = [" project", " pipeline", " programme", " program", " initiative", " river", " lake",
                                  " mountains", " island", " islands"].map { Array($0.utf8) }

    /// Whether the bytes of `t` hold " of " (a word "of" between two others needs them).
    static func hasOf(_ t: String) -> Bool {
        var t = t
        return t.withUTF8 { b in
            guard b.count >= 4 else { return false }
            for i in 0...(b.count - 4) where b[i] == 0x20 && b[i + 1] == 0x6F && b[i + 2] == 0x66 && b[i + 3] == 0x20 { return true }
            return false
        }
    }

    /// "Joe Biden" and "Joseph Biden", "Harry S. Truman" and "Harry Truman": one person.
    /// (`fa` and `fb`: the given names, `given(_:)`.)
    func compatible(_ fa: String, _ fb: String) -> Bool {
        if fa == fb { return true }
        let na = k.nicknames[fa] ?? fa, nb = k.nicknames[fb] ?? fb
        if na == nb { return true }
        if fa.count == 1 || fb.count == 1 { return fa.first == fb.first }
        return false
    }

    func given(_ g: Group) -> String {
        for m in members(g) where entry(m).rangeCount >= 2 && !cands[m].isLabel {
            return text(names.ranges(entry(m)).first!).lowercased()
        }
        return ""
    }

    func initialsOf(_ g: Group) -> String {
        for m in members(g) where entry(m).rangeCount >= 2 {
            return String(names.ranges(entry(m)).compactMap { text($0).first }).uppercased()
        }
        return ""
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

    var lastGroups = Groups()
    var lastKeep: [Bool] = []

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
        for g in groups.groups.indices { groups.groups[g].type = typeOf(groups.groups[g]) }
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

    func typeOf(_ g: Group) -> EntityType? {
        if let e = g.knowledge { return k.entries[e].type }
        // Votes per type (indexed by `EntityType.allCases` order): head words and context cues, counted here
        // from the members rather than kept in every group (64 bytes a group, most of it).
        var heads = SIMD8<Int32>(), cues = SIMD8<Int32>()
        for m in members(g) {
            if let h = cands[m].head { heads[Resolver.ordinal(h)] += 1 }
            if let q = cands[m].cue { cues[Resolver.ordinal(q)] += 1 }
        }
        if let h = Resolver.vote(heads) { return h }
        if g.titled > 0 { return .person }
        if let q = Resolver.vote(cues) { return q }
        if g.acronym { return .organization }
        if g.words.wordCount >= 2 { return .person }
        if g.titled == 0, let m = members(g).first, plural(range(m)) { return .organization } // "Democrats", "Allies"
        if g.speaks > 0 { return .person }
        if g.placePrep > 0, g.placePrep * 2 >= g.mentions { return .place } // "in Majorca", "to Ibiza"
        return nil
    }

    mutating func makeEntities(_ groups: inout Groups, _ keep: [Bool]) -> (entities: [Entity], mentions: [Mention]) {
        // The entities in group order, then put in their final order in place (a text of many names has an
        // entity a name: a second array of them, or drafts holding them, was the build's peak).
        var entities: [Entity] = []
        var drafts: [(root: Int32, first: Int)] = []
        entities.reserveCapacity(groups.roots.count)
        drafts.reserveCapacity(groups.roots.count)
        // Forms by the hash of their bytes (mixed with the group), so a String is made only per distinct form.
        // Only a group's own forms are looked up, so the tables start again when they have grown large.
        var byHash = HashMap<Int>()
        var titled = HashMap<Int>()
        // (Reused from group to group: lists made per group were a good part of this stage's allocations.)
        var forms: [(range: TextRange, n: Int, isName: Bool)] = []
        var titledForms: [(range: TextRange, n: Int)] = []
        for (root, g) in groups where !g.labelOnly {
            let type = g.type ?? .person
            forms.removeAll(keepingCapacity: true)
            titledForms.removeAll(keepingCapacity: true)
            if byHash.count > 4096 { byHash = HashMap() }
            if titled.count > 4096 { titled = HashMap() }
            var paragraphs: [Int] = []
            if g.mentions > 64 {
                // A large group's list at its size, not doubled to it: the entities' lists are kept in the model.
                var distinct = 0, last = -1
                for m in members(g) {
                    let p = sentences[cands[m].sentence].paragraph
                    if p != last { distinct += 1; last = p }
                }
                paragraphs.reserveCapacity(distinct)
            }
            for m in members(g) {
                let c = cands[m]
                let range = range(m)
                let paragraph = sentences[c.sentence].paragraph
                if paragraphs.last != paragraph { paragraphs.append(paragraph) }
                if c.isLabel { continue }
                let h = TextHash.combine(TextHash.of(s[range.start..<range.end]), 1, UInt64(root))
                if let f = byHash[h] { forms[f].n += 1 } else { byHash[h] = forms.count; forms.append((range, 1, c.isNameForm)) }
                if let t = c.titleStart(before: range) {
                    let r = TextRange(t, range.end)
                    let th = TextHash.combine(TextHash.of(s[r.start..<r.end]), 1, UInt64(root))
                    if let f = titled[th] { titledForms[f].n += 1 } else { titled[th] = titledForms.count; titledForms.append((r, 1)) }
                }
            }
            var counts: [String: (n: Int, isName: Bool, first: Int)] = [:]
            for f in forms {
                let t = text(f.range)
                let old = counts[t] ?? (0, f.isName, 0)
                counts[t] = (old.n + f.n, old.isName, 0)
            }
            var titledCounts: [String: Int] = [:]
            for f in titledForms { titledCounts[text(f.range), default: 0] += f.n }
            let name = chooseName(g, type, counts)
            var aliases = counts.filter { $0.key != name }.sorted { ($1.value.n, $0.key) < ($0.value.n, $1.key) }.map(\.key)
            for (f, _) in titledCounts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) where f != name && !aliases.contains(f) {
                aliases.append(f)
            }
            paragraphs.sort()
            // Duplicates removed in place.
            var kept = 0
            for j in paragraphs.indices where kept == 0 || paragraphs[kept - 1] != paragraphs[j] {
                paragraphs[kept] = paragraphs[j]
                kept += 1
            }
            paragraphs.removeSubrange(kept...)
            entities.append(Entity(id: "", name: name, type: type, aliases: aliases, mentionCount: g.mentions, paragraphs: paragraphs))
            var first: Int? = nil
            for m in members(g) { first = min(first ?? Int.max, range(m).start) }
            drafts.append((Int32(root), first ?? 0))
        }
        groups = Groups()
        memberList = []
        byHash = HashMap(); titled = HashMap()
        // Sort the indices (the same stable sort, the same order): moving entities would copy them.
        let order = entities.indices.sorted {
            (entities[$0].mentionCount, entities[$1].name, drafts[$1].first)
                > (entities[$1].mentionCount, entities[$0].name, drafts[$0].first)
        }
        // Each candidate's entity, in the union-find array rather than in a second array a candidate: every
        // candidate's root there first, then each root's slot made -2 - its entity (-1 without one).
        for i in parent.indices { parent[i] = Int32(find(i)) }
        for r in parent.indices where parent[r] == Int32(r) { parent[r] = -1 }
        for (i, di) in order.enumerated() { parent[Int(drafts[di].root)] = Int32(-2 - i) }
        func entity(_ i: Int) -> Int {
            let p = parent[i], code = p < 0 ? p : parent[Int(p)]
            return code <= -2 ? Int(-2 - code) : -1
        }
        drafts = []
        // Entity `order[i]` to place i, cycle by cycle.
        var placed = [Bool](repeating: false, count: entities.count)
        for i in entities.indices where !placed[i] {
            let held = entities[i]
            var j = i
            while true {
                placed[j] = true
                let from = order[j]
                if from == i { entities[j] = held; break }
                entities[j] = entities[from]
                j = from
            }
        }
        placed = []
        var used = Set<String>()
        used.reserveCapacity(entities.count)
        for i in entities.indices {
            var id = Resolver.slug(entities[i].name)
            if used.contains(id) { var n = 2; while used.contains("\(id)-\(n)") { n += 1 }; id = "\(id)-\(n)" }
            used.insert(id)
            entities[i].id = id
        }
        used = []
        var count = 0
        for i in cands.indices where keep[i] && entity(i) >= 0 { count += 1 }
        var mentions: [Mention] = []
        mentions.reserveCapacity(count)
        for i in cands.indices {
            let e = entity(i)
            guard keep[i], e >= 0 else { continue }
            let c = cands[i]
            mentions.append(Mention(entity: e, range: c.range(in: sentences), paragraph: sentences[c.sentence].paragraph,
                                    sentence: c.sentence))
        }
        // Candidates come in text order but for a few (acronyms, labels): sort only when needed. (The sort is
        // stable, so on sorted input it changes nothing.)
        if !zip(mentions, mentions.dropFirst()).allSatisfy({ !($1.range < $0.range) }) { mentions.sort { $0.range < $1.range } }
        return (entities, mentions)
    }

    func chooseName(_ g: Group, _ type: EntityType, _ counts: [String: (n: Int, isName: Bool, first: Int)]) -> String {
        if let e = g.knowledge {
            let canonical = k.entries[e].name
            if counts[canonical] != nil || counts.keys.contains(where: { $0.lowercased() == canonical.lowercased() }) { return canonical }
            // A form written in capitals ("PEOPLE'S REPUBLIC OF CHINA") names it only if it is an acronym.
            let names = counts.filter {
                ($0.value.isName && !$0.key.hasSuffix(".") || $0.value.isName && $0.key.utf8.count > 2)
                    && ($0.key.contains(where: \.isLowercase) || $0.key.utf8.count <= 6)
            }
            if let best = names.max(by: { ($0.value.n, $0.key.utf8.count, $1.key) < ($1.value.n, $1.key.utf8.count, $0.key) }) {
                return best.key
            }
            return canonical
        }
        // The fullest form: not all capitals, most words, then longest, then most used. Keys are computed once
        // per form on its bytes (counting Characters is slow).
        func key(_ f: String, _ n: Int) -> (Int, Int, Int, Int) {
            var words = 1, lower = false
            for b in f.utf8 {
                if b == 0x20 || b == 0x2D { words += 1 }
                if (b >= 0x61 && b <= 0x7A) || b >= 0x80 { lower = true }
            }
            return (lower ? 1 : 0, words, f.utf8.count, n)
        }
        // A plural of another form ("Potsdam Agreements") is not the name.
        let singular = counts.filter { !($0.key.hasSuffix("s") && counts[String($0.key.dropLast())] != nil) }
        var best: (key: (Int, Int, Int, Int), name: String)? = nil
        for (f, v) in singular.isEmpty ? counts : singular {
            let kf = key(f, v.n)
            if let b = best, kf < b.key || (kf == b.key && f > b.name) { continue }
            best = (kf, f)
        }
        return best?.name ?? ""
    }

    /// "Vladimir Putin" → "vladimir-putin"; letters and digits kept (lower-cased), the rest a hyphen.
    static func slug(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            var dash = false
            for b in name.utf8 {
                if b == 0x27 || b == 0x2E { continue }
                let l = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                if (l >= 0x61 && l <= 0x7A) || (l >= 0x30 && l <= 0x39) {
                    if dash, !out.isEmpty { out.append(0x2D) }
                    out.append(l); dash = false
                } else { dash = true }
            }
            return out.isEmpty ? "entity" : String(decoding: out, as: UTF8.self)
        }
        var out = ""
        var dash = false
        for ch in name.lowercased() {
            if ch == "'" || ch == "’" || ch == "." { continue }
            if ch.isLetter || ch.isNumber {
                if dash, !out.isEmpty { out.append("-") }
                out.append(ch); dash = false
            } else { dash = true }
        }
        return out.isEmpty ? "entity" : out
    }
}
