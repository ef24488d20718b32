/// Entity-level precision and recall against hand labels: a labelled entity is found when one
/// listed entity carries its name (its name or an alias equals the label's name or an accepted
/// other name); a second listed entity for the same labelled entity, and a listed entity that
/// matches no label, count against precision.
public struct EntityLabel: Sendable, Hashable {
    public var type: EntityType?
    public var name: String
    public var alternatives: [String]
}

public struct QualityReport: Sendable {
    public var labelled: Int
    public var listed: Int
    public var found: Int
    public var correct: Int
    public var missed: [String]
    public var spurious: [String]
    /// Listed entities that repeat an entity already listed under another name.
    public var duplicates: [String]
    /// Found with the labelled type; and listed entities whose type is not the label's (name, listed type, labelled type).
    public var typedCorrect = 0
    public var mistyped: [(name: String, listed: EntityType, labelled: EntityType)] = []
    public var typedPrecision: Double { listed == 0 ? 1 : Double(typedCorrect) / Double(listed) }
    public var typedRecall: Double { labelled == 0 ? 1 : Double(typedCorrect) / Double(labelled) }
    public var typedF1: Double {
        typedPrecision + typedRecall == 0 ? 0 : 2 * typedPrecision * typedRecall / (typedPrecision + typedRecall)
    }
    public var precision: Double { listed == 0 ? 1 : Double(correct) / Double(listed) }
    public var recall: Double { labelled == 0 ? 1 : Double(found) / Double(labelled) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

public enum EntityQuality {
    /// Parses a labels table: `type<TAB>name<TAB>other|names`, `#` comments; any line ends (LF, CRLF, CR),
    /// a byte-order mark ignored.
    public static func parseLabels(_ text: String) -> [EntityLabel] {
        var out: [EntityLabel] = []
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let line = line.hasPrefix("\u{FEFF}") ? line.dropFirst() : line
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 2, !cols[1].isEmpty else { continue }
            let alts = cols.count > 2 ? cols[2].split(separator: "|").map(String.init) : []
            out.append(EntityLabel(type: EntityType(rawValue: cols[0]), name: cols[1], alternatives: alts))
        }
        return out
    }

    /// Case-folded, spaces collapsed, ’ as ', a leading "the " dropped: "The Kremlin" is "kremlin".
    static func normal(_ s: String) -> String {
        var out = ""
        var space = false
        for ch in s.lowercased() {
            if ch == " " { space = true; continue }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            out.append(ch == "’" ? "'" : ch)
        }
        return out.hasPrefix("the ") ? String(out.dropFirst(4)) : out
    }

    /// Another tool's entity list, to score side by side: one entity a line, name TAB type TAB aliases
    /// joined by "|" (a type outside the export's list, or none, is read as a person); `#` lines are comments.
    public static func parseListed(_ text: String) -> [Entity] {
        text.split(separator: "\n").compactMap { line -> Entity? in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let name = f.first, !name.isEmpty else { return nil }
            let type = f.count > 1 ? EntityType(rawValue: f[1]) ?? .person : .person
            let aliases = f.count > 2 ? f[2].split(separator: "|").map(String.init) : []
            return Entity(id: name, name: name, type: type, aliases: aliases, mentionCount: 1, paragraphs: [])
        }
    }

    public static func score(_ entities: [Entity], labels: [EntityLabel]) -> QualityReport {
        var byName: [String: [Int]] = [:]
        for (i, l) in labels.enumerated() {
            for n in Set(([l.name] + l.alternatives).map(normal)) { byName[n, default: []].append(i) }
        }
        var found = [Bool](repeating: false, count: labels.count)
        var correct = 0
        var spurious: [String] = []
        var duplicates: [String] = []
        var typedCorrect = 0
        var mistyped: [(name: String, listed: EntityType, labelled: EntityType)] = []
        for e in entities {
            var matches = Set<Int>()
            for n in [e.name] + e.aliases { for i in byName[normal(n)] ?? [] { matches.insert(i) } }
            if matches.isEmpty { spurious.append(e.name); continue }
            if let i = matches.sorted().first(where: { !found[$0] }) {
                found[i] = true
                correct += 1
                if let want = labels[i].type {
                    if want == e.type { typedCorrect += 1 } else { mistyped.append((e.name, e.type, want)) }
                }
            } else {
                duplicates.append(e.name)
            }
        }
        let missed = labels.indices.filter { !found[$0] }.map { labels[$0].name }
        return QualityReport(labelled: labels.count, listed: entities.count, found: found.filter { $0 }.count, correct: correct,
                             missed: missed, spurious: spurious, duplicates: duplicates,
                             typedCorrect: typedCorrect, mistyped: mistyped)
    }
}
