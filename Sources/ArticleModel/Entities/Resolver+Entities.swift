/// The resolver's last step: an entity for each group (its name, aliases and paragraphs), in their
/// final order (most mentioned first), with ids, and each kept candidate's mention.
extension Resolver {
    mutating func makeEntities(_ groups: inout Groups, _ keep: [Bool]) -> (entities: [Entity], mentions: [Mention]) {
        var (entities, order) = draftEntities(groups)
        // The groups go once the entities are drafted (a text of many names has a group a name).
        groups = Groups()
        memberList = []
        Resolver.placeInOrder(&entities, order)
        Resolver.assignIDs(&entities)
        return (entities, mentions(keep))
    }

    /// The entities in group order, and the order they go in (by mentions, then name, then first
    /// mention); each candidate's entity is coded in `parent` (see `entityOf`).
    mutating func draftEntities(_ groups: Groups) -> (entities: [Entity], order: [Int]) {
        // A text of many names has an entity a name: the entities are drafted once and then put in their
        // final order in place (a second array of them would be the build's peak).
        var entities: [Entity] = []
        var drafts: [(root: Int32, first: Int)] = []
        entities.reserveCapacity(groups.roots.count)
        drafts.reserveCapacity(groups.roots.count)
        var tally = FormTally()
        for (root, g) in groups where !g.labelOnly {
            entities.append(draftEntity(root, g, &tally))
            var first: Int? = nil
            for m in members(g) { first = min(first ?? Int.max, range(m).start) }
            drafts.append((Int32(root), first ?? 0))
        }
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
        return (entities, order)
    }

    /// Candidate `i`'s entity (as `draftEntities` coded it in `parent`), -1 without one.
    func entityOf(_ i: Int) -> Int {
        let p = parent[i], code = p < 0 ? p : parent[Int(p)]
        return code <= -2 ? Int(-2 - code) : -1
    }

    /// The forms of one group's names and of its titled names ("President Putin"), counted by the
    /// hash of their bytes mixed with the group, so a String is made only per distinct form. Reused
    /// from group to group; only a group's own forms are looked up, so the tables start again when
    /// they have grown large.
    struct FormTally {
        var byHash = HashMap<Int>()
        var titled = HashMap<Int>()
        var forms: [(range: TextRange, uses: Int, isName: Bool)] = []
        var titledForms: [(range: TextRange, uses: Int)] = []

        mutating func clear() {
            forms.removeAll(keepingCapacity: true)
            titledForms.removeAll(keepingCapacity: true)
            if byHash.count > 4096 { byHash = HashMap() }
            if titled.count > 4096 { titled = HashMap() }
        }
    }

    /// The entity of group `g` (its id comes later): named by its forms, aliases by use, its paragraphs.
    func draftEntity(_ root: Int, _ g: Group, _ tally: inout FormTally) -> Entity {
        let type = g.type ?? .person
        tally.clear()
        for m in members(g) {
            let c = cands[m]
            if c.isLabel { continue }
            let range = range(m)
            let h = TextHash.combine(TextHash.of(bytes[range.start..<range.end]), 1, UInt64(root))
            if let f = tally.byHash[h] { tally.forms[f].uses += 1 } else {
                tally.byHash[h] = tally.forms.count; tally.forms.append((range, 1, c.isNameForm))
            }
            if let t = c.titleStart(before: range) {
                let r = TextRange(t, range.end)
                let th = TextHash.combine(TextHash.of(bytes[r.start..<r.end]), 1, UInt64(root))
                if let f = tally.titled[th] { tally.titledForms[f].uses += 1 } else {
                    tally.titled[th] = tally.titledForms.count; tally.titledForms.append((r, 1))
                }
            }
        }
        var counts: [String: (uses: Int, isName: Bool, first: Int)] = [:]
        for f in tally.forms {
            let t = text(f.range)
            let old = counts[t] ?? (0, f.isName, 0)
            counts[t] = (old.uses + f.uses, old.isName, 0)
        }
        var titledCounts: [String: Int] = [:]
        for f in tally.titledForms { titledCounts[text(f.range), default: 0] += f.uses }
        let name = EntityNaming.name(knowledgeEntry: g.knowledge, knowledge, counts)
        var aliases = counts.filter { $0.key != name }.sorted { ($1.value.uses, $0.key) < ($0.value.uses, $1.key) }.map(\.key)
        for (f, _) in titledCounts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) where f != name && !aliases.contains(f) {
            aliases.append(f)
        }
        return Entity(id: "", name: name, type: type, aliases: aliases, mentionCount: g.mentions, paragraphs: paragraphs(g))
    }

    /// The paragraphs the group's members are in, ascending, each once.
    func paragraphs(_ g: Group) -> [Int] {
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
            let paragraph = sentences[cands[m].sentence].paragraph
            if paragraphs.last != paragraph { paragraphs.append(paragraph) }
        }
        paragraphs.sort()
        // Duplicates removed in place.
        var kept = 0
        for j in paragraphs.indices where kept == 0 || paragraphs[kept - 1] != paragraphs[j] {
            paragraphs[kept] = paragraphs[j]
            kept += 1
        }
        paragraphs.removeSubrange(kept...)
        return paragraphs
    }

    /// Entity `order[i]` moved to place i, cycle by cycle (in place: a text of many names has an
    /// entity a name).
    static func placeInOrder(_ entities: inout [Entity], _ order: [Int]) {
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
    }

    /// Each entity's id: the slug of its name, numbered from 2 when an earlier entity has it.
    static func assignIDs(_ entities: inout [Entity]) {
        var used = Set<String>()
        used.reserveCapacity(entities.count)
        for i in entities.indices {
            var id = EntityNaming.slug(entities[i].name)
            if used.contains(id) { var n = 2; while used.contains("\(id)-\(n)") { n += 1 }; id = "\(id)-\(n)" }
            used.insert(id)
            entities[i].id = id
        }
    }

    /// A mention for each kept candidate of an entity, in text order.
    func mentions(_ keep: [Bool]) -> [Mention] {
        var count = 0
        for i in cands.indices where keep[i] && entityOf(i) >= 0 { count += 1 }
        var mentions: [Mention] = []
        mentions.reserveCapacity(count)
        for i in cands.indices {
            let e = entityOf(i)
            guard keep[i], e >= 0 else { continue }
            let c = cands[i]
            mentions.append(Mention(entity: e, range: c.range(in: sentences), paragraph: sentences[c.sentence].paragraph,
                                    sentence: c.sentence))
        }
        // Candidates come in text order but for a few (acronyms, labels): sort only when needed. (The sort is
        // stable, so on sorted input it changes nothing.)
        if !zip(mentions, mentions.dropFirst()).allSatisfy({ !($1.range < $0.range) }) { mentions.sort { $0.range < $1.range } }
        return mentions
    }
}
