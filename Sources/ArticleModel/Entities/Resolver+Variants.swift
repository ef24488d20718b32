/// The resolver's merges of written variants of one name, and the given-name and initials checks
/// its merges of people and acronyms use.
extension Resolver {
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
            let h = TextHash.of(bytes[r.start..<r.end])
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
            guard let space = t.utf8.lastIndex(of: UInt8(ascii: " ")) else { continue }
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
            // (Suffixes and spaces are found on the bytes: String's Character search is slow.)
            let u = t.utf8
            if u.last == UInt8(ascii: "s"), u.dropLast().last != UInt8(ascii: "s"), u.count >= 4, t.count >= 4, let g = form(t.dropLast().utf8) {
                union(g, i)
            }
            for suffix in Resolver.variantSuffixes where u.count >= suffix.count && u.suffix(suffix.count).elementsEqual(suffix) {
                if let g = form(t.dropLast(suffix.count).utf8) { union(g, i) }
            }
            // (Split only a form with " of " in it: splitting every form is slow.)
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
                // "(U.S.) Department of Education" and "Education Department"; "Ministry of Defence" and "Defence Ministry".
                let head = words[of - 1]
                if Resolver.invertibleHeads.contains(head), let g = form((after + " " + head).utf8) { union(g, i) }
            }
            if let space = u.firstIndex(of: UInt8(ascii: " ")), let g = form(t[u.index(after: space)...].utf8), cands[g].knowledge == nil {
                let firstBytes = Array(t[..<space].utf8)
                let first = Knowledge.tokens(firstBytes)
                if first.count == 1,
                   let f = knowledge.forms[Tokenizer.phraseHash(first[...])] ?? knowledge.exactForms[Tokenizer.exactHash(firstBytes, first[0])], !f.isName {
                    union(g, i)
                }
            }
        }
    }

    static let invertibleHeads: Set<Substring> = ["department", "ministry"]

    static let variantSuffixes = [" project", " pipeline", " programme", " program", " initiative", " river", " lake",
                                  " mountains", " island", " islands"].map { Array($0.utf8) }

    /// Whether the bytes of `t` hold " of " (a word "of" between two others needs them).
    static func hasOf(_ t: String) -> Bool {
        var t = t
        return t.withUTF8 { b in
            guard b.count >= 4 else { return false }
            for i in 0...(b.count - 4) where b[i] == UInt8(ascii: " ") && b[i + 1] == UInt8(ascii: "o") && b[i + 2] == UInt8(ascii: "f") && b[i + 3] == UInt8(ascii: " ") { return true }
            return false
        }
    }

    /// "Joe Biden" and "Joseph Biden", "Harry S. Truman" and "Harry Truman": one person.
    /// (`fa` and `fb`: the given names, `given(_:)`.)
    func compatible(_ fa: String, _ fb: String) -> Bool {
        if fa == fb { return true }
        let na = knowledge.nicknames[fa] ?? fa, nb = knowledge.nicknames[fb] ?? fb
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
}
