/// How a resolved entity is named: its display name from the forms the text uses, and its id.
enum EntityNaming {
    /// The entity's name: a known entity's canonical name when the text writes it (else its most used
    /// name form); an unknown one's fullest form (not all capitals, most words, then longest, then
    /// most used), not a plural of another form.
    static func name(knowledgeEntry: Int?, _ knowledge: Knowledge, _ counts: [String: (uses: Int, isName: Bool, first: Int)]) -> String {
        if let e = knowledgeEntry {
            let canonical = knowledge.entries[e].name
            if counts[canonical] != nil || counts.keys.contains(where: { $0.lowercased() == canonical.lowercased() }) { return canonical }
            // A form written in capitals ("PEOPLE'S REPUBLIC OF CHINA") names it only if it is an acronym.
            let names = counts.filter {
                ($0.value.isName && !$0.key.hasSuffix(".") || $0.value.isName && $0.key.utf8.count > 2)
                    && ($0.key.contains(where: \.isLowercase) || $0.key.utf8.count <= 6)
            }
            if let best = names.max(by: { ($0.value.uses, $0.key.utf8.count, $1.key) < ($1.value.uses, $1.key.utf8.count, $0.key) }) {
                return best.key
            }
            return canonical
        }
        // Keys are computed once per form on its bytes (counting Characters is slow).
        func key(_ f: String, _ n: Int) -> (Int, Int, Int, Int) {
            var words = 1, lower = false
            for b in f.utf8 {
                if b == UInt8(ascii: " ") || b == UInt8(ascii: "-") { words += 1 }
                if Bytes.isLower(b) || b >= 0x80 { lower = true }
            }
            return (lower ? 1 : 0, words, f.utf8.count, n)
        }
        // A plural of another form ("Potsdam Agreements") is not the name.
        let singular = counts.filter { !($0.key.hasSuffix("s") && counts[String($0.key.dropLast())] != nil) }
        var best: (key: (Int, Int, Int, Int), name: String)? = nil
        for (f, v) in singular.isEmpty ? counts : singular {
            let kf = key(f, v.uses)
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
                if b == UInt8(ascii: "'") || b == UInt8(ascii: ".") { continue }
                let l = Bytes.lower(b)
                if Bytes.isLower(l) || Bytes.isDigit(l) {
                    if dash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
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
