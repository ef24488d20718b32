/// Types from lists: names listed together ("Niche, College Greenlight, Noodle and Tractus Insight") are of one kind.
extension Resolver {
    /// A name in a list of three names or more that has no evidence of its type takes the one type that the
    /// list's names typed by the text (head words, cues; not the knowledge, which knows places and people
    /// listed together) share, unless that type is person.
    mutating func typeListedNames(_ groups: inout Groups, _ keep: [Bool]) {
        var chain: [Int] = []
        var last = -1
        for i in cands.indices where keep[i] && !cands[i].isLabel {
            let g = Int(groups.slots[find(i)])
            if last >= 0, cands[last].sentence == cands[i].sentence, isListGap(range(last).end, range(i).start) {
                if !chain.contains(g) { chain.append(g) }
            } else {
                Resolver.typeList(&groups, chain)
                chain.removeAll(keepingCapacity: true)
                chain.append(g)
            }
            last = i
        }
        Resolver.typeList(&groups, chain)
    }

    static func typeList(_ groups: inout Groups, _ chain: [Int]) {
        guard chain.count >= 3 else { return }
        var shared: EntityType? = nil
        for g in chain {
            let grp = groups.groups[g]
            guard let t = grp.type, !grp.guessed, grp.knowledge == nil else { continue }
            if shared == nil { shared = t } else if shared != t { return }
        }
        guard let shared, shared != .person else { return }
        for g in chain where groups.groups[g].type == nil || groups.groups[g].guessed {
            groups.groups[g].type = shared
            groups.groups[g].guessed = false
        }
    }

    /// Whether only a comma, "and" or "or" (or a comma and one of them) lies between two names.
    func isListGap(_ a: Int, _ b: Int) -> Bool {
        guard b > a, b - a <= 8 else { return false }
        var word: [UInt8] = [], commas = 0
        for x in a..<b {
            let c = bytes[x]
            if c == UInt8(ascii: ",") { commas += 1 } else if !Bytes.isSpace(c) { word.append(c) }
        }
        return commas <= 1 && (word.isEmpty ? commas == 1 : word == Resolver.andBytes || word == Resolver.orBytes)
    }
    static let andBytes = Array("and".utf8), orBytes = Array("or".utf8)
}
