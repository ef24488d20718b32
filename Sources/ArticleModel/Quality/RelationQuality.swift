/// A hand-labelled tie (`NAME.relations.tsv`): two labelled entities, the label the text states
/// (empty where it states none, or denies it), and whether a reader most needs it.
public struct RelationLabel: Sendable, Equatable {
    public var first: String
    public var second: String
    public var label: String?
    public var mustHave: Bool

    public static func parse(_ text: String) -> [RelationLabel] {
        var out: [RelationLabel] = []
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { continue }
            var label = fields[2]
            let mustHave = label.hasPrefix("*")
            if mustHave { label.removeFirst() }
            out.append(RelationLabel(first: fields[0], second: fields[1], label: label.isEmpty ? nil : label, mustHave: mustHave))
        }
        return out
    }
}

public struct RelationScore: Sendable {
    /// Labelled relations among the top ones shown: right, and the wrong ones as "A — B: label (key: …)".
    public var shownLabelled = 0
    public var right = 0
    public var wrong: [String] = []
    /// Ties a reader most needs, and those listed (anywhere, not only among the first) with a right label.
    public var mustHave = 0
    public var mustHaveFound = 0
    public var missedMustHave: [String] = []
    public var precision: Double { shownLabelled == 0 ? 1 : Double(right) / Double(shownLabelled) }
    public var mustHaveRecall: Double { mustHave == 0 ? 1 : Double(mustHaveFound) / Double(mustHave) }
}

public enum RelationQuality {
    /// Scores the labels of the first `top` relations. A tool entity stands for the labelled entity
    /// whose names it carries (as in `EntityQuality`); a label is right when the key gives the pair a
    /// label with the same words or the same head word ("ambassador" / "ambassador to").
    public static func score(_ article: Article, entityLabels: [EntityLabel], relationLabels: [RelationLabel],
                             top: Int = 40) -> RelationScore {
        var keyOfName: [String: String] = [:]
        for label in entityLabels {
            for name in [label.name] + label.alternatives { keyOfName[EntityQuality.normal(name)] = label.name }
        }
        let keyOfEntity: [String?] = article.entities.map { entity in
            ([entity.name] + entity.aliases).lazy.compactMap { keyOfName[EntityQuality.normal($0)] }.first
        }
        var labelsOfPair: [Set<String>: [String?]] = [:]
        for tie in relationLabels { labelsOfPair[[tie.first, tie.second], default: []].append(tie.label) }

        var score = RelationScore()
        var rightPairs = Set<Set<String>>()
        for (rank, relation) in article.relations.enumerated() {
            guard let label = relation.label else { continue }
            let shownFirst = rank < top
            if shownFirst { score.shownLabelled += 1 }
            let names = (article.entities[relation.source].name, article.entities[relation.target].name)
            let shown = "\(names.0) — \(names.1): \(label)"
            guard let a = keyOfEntity[relation.source], let b = keyOfEntity[relation.target], a != b else {
                if shownFirst { score.wrong.append(shown + " (an entity not in the key)") }
                continue
            }
            let keyed = labelsOfPair[[a, b]] ?? []
            if keyed.contains(where: { $0.map { sameTie(label, $0) } ?? false }) {
                if shownFirst { score.right += 1 }
                rightPairs.insert([a, b])
            } else if shownFirst {
                let stated = keyed.compactMap { $0 }
                score.wrong.append(shown + (keyed.isEmpty ? " (the key has no such tie)"
                                            : stated.isEmpty ? " (the key: no tie stated)" : " (the key: \(stated.joined(separator: ", ")))"))
            }
        }
        let needed = Set(relationLabels.filter(\.mustHave).map { Set([$0.first, $0.second]) })
        score.mustHave = needed.count
        for pair in needed.sorted(by: { $0.sorted().joined() < $1.sorted().joined() }) {
            if rightPairs.contains(pair) { score.mustHaveFound += 1 } else { score.missedMustHave.append(pair.sorted().joined(separator: " — ")) }
        }
        return score
    }

    /// Same words after case-folding, or the same head word: the first word that is not an
    /// auxiliary or article, compared by stem ("ambassador" / "ambassador to", "welcomed" / "will welcome").
    static func sameTie(_ shown: String, _ keyed: String) -> Bool {
        let a = shown.lowercased().split(separator: " "), b = keyed.lowercased().split(separator: " ")
        if a == b { return true }
        let skipped: Set<Substring> = ["will", "would", "to", "the", "a", "an", "is", "was", "has", "have", "had", "be", "of"]
        guard let x = a.first(where: { !skipped.contains($0) }), let y = b.first(where: { !skipped.contains($0) }) else { return false }
        let common = zip(x, y).prefix { $0 == $1 }.count
        return x == y || (common >= min(5, x.count, y.count) && min(x.count, y.count) >= 4)
    }
}
