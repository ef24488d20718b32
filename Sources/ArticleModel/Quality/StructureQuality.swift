/// A text's structure scored against its hand labels (`StructureLabels`): per paragraph kind,
/// precision and recall; heading levels; section boundaries and titles; annotation targets;
/// footnote markers linked to their notes.
public struct StructureScore: Sendable {
    public struct Counts: Sendable, Equatable {
        public var labelled = 0
        public var listed = 0
        public var correct = 0
        public var precision: Double { listed == 0 ? (labelled == 0 ? 1 : 0) : Double(correct) / Double(listed) }
        public var recall: Double { labelled == 0 ? 1 : Double(correct) / Double(labelled) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        /// Neither labelled nor listed: nothing to score.
        public var isEmpty: Bool { labelled == 0 && listed == 0 }
    }

    /// Per kind of the export contract (labels' `subtitle` is scored apart, see `score`).
    public var kinds: [String: Counts] = [:]
    /// Headings found with the level the labels give them, of headings found.
    public var headingLevels = (right: 0, of: 0)
    /// Sections whose first paragraph and level both equal a labelled section's.
    public var sections = Counts()
    public var annotationTargets = (right: 0, of: 0)
    public var markers = (right: 0, of: 0)
    /// Labelled outline beside the tool's: (level, title) pairs.
    public var labelledOutline: [(level: Int, title: String)] = []
    public var toolOutline: [(level: Int, title: String)] = []
    /// Tool sections that start at a byline, caption, dateline or aside, or are titled with a
    /// comma-joined pair of single words.
    public var badSections: [String] = []

    /// The kinds reported, in the order they are printed.
    public static let reportedKinds = ["heading", "quote", "list-item", "note", "caption", "annotation",
                                       "byline", "dateline", "aside", "subtitle"]
}

public enum StructureQuality {
    /// Scores `article` against `labels`. A labelled `subtitle` counts as found when the tool calls
    /// it a subtitle or a heading; such a paragraph is left out of the heading scores, so that the
    /// choice between the two is not counted against either.
    public static func score(_ article: Article, labels: StructureLabels) -> StructureScore {
        let paragraphs = article.paragraphs
        let index = OpeningIndex(texts: paragraphs.map { article.text(of: $0) })
        let resolved = labels.resolve(in: index)
        var score = StructureScore()
        var gold: [Int: String] = [:]
        var unresolved: [String: Int] = [:]
        var goldLevel: [Int: Int] = [:]
        for (label, at) in zip(labels.kinds, resolved.kinds) {
            guard let at else { unresolved[label.kind, default: 0] += 1; continue }
            gold[at] = label.kind
            if let level = label.level { goldLevel[at] = level }
        }
        let toolKinds = paragraphs.map { $0.kind.rawValue }
        let startingAt = Dictionary(grouping: article.sections, by: \.first)
        for kind in StructureScore.reportedKinds {
            var c = StructureScore.Counts()
            c.labelled = gold.values.filter { $0 == kind }.count + unresolved[kind, default: 0]
            for (p, toolKind) in toolKinds.enumerated() {
                let goldKind = gold[p] ?? "body"
                let listed = kind == "subtitle" ? goldKind == "subtitle" && (toolKind == "heading" || toolKind == "subtitle")
                                                : toolKind == kind && !(kind == "heading" && goldKind == "subtitle")
                guard listed else { continue }
                c.listed += 1
                if goldKind == kind { c.correct += 1 }
            }
            score.kinds[kind] = c
        }
        for (p, level) in goldLevel where gold[p] == "heading" && toolKinds[p] == "heading" {
            score.headingLevels.of += 1
            if toolLevel(article, p, startingAt) == level { score.headingLevels.right += 1 }
        }
        scoreSections(article, labels, resolved, gold: gold, into: &score)
        scoreAnnotations(article, labels, index, into: &score)
        scoreMarkers(article, labels, index, into: &score)
        return score
    }

    /// The level the tool gives heading `p`: that of the section it titles (a first child may start at
    /// its parent's heading, one paragraph up), else the top level of the sections starting there.
    static func toolLevel(_ article: Article, _ p: Int, _ startingAt: [Int: [Section]]) -> Int? {
        func titles(_ section: Section, _ q: Int) -> Bool {
            let title = section.title.hasSuffix("…") ? String(section.title.dropLast()) : section.title
            return !title.isEmpty && article.text(of: article.paragraphs[q]).hasPrefix(title)
        }
        if let titled = startingAt[p]?.first(where: { titles($0, p) }) { return titled.level }
        if p > 0, article.paragraphs[p - 1].kind == .heading,
           let child = startingAt[p - 1]?.first(where: { titles($0, p) && !titles($0, p - 1) }) { return child.level }
        return startingAt[p]?.map(\.level).min()
    }

    static func scoreSections(_ article: Article, _ labels: StructureLabels, _ resolved: StructureLabels.Resolved,
                              gold: [Int: String], into score: inout StructureScore) {
        var wanted = Set<[Int]>()
        for (label, at) in zip(labels.sections, resolved.sections) {
            if let at { wanted.insert([at, label.level]) }
            score.labelledOutline.append((label.level, label.title))
        }
        score.sections.labelled = labels.sections.count
        for section in article.sections {
            score.sections.listed += 1
            if wanted.contains([section.first, section.level]) { score.sections.correct += 1 }
            score.toolOutline.append((section.level, section.title))
            if let kind = gold[section.first], ["byline", "caption", "dateline", "aside"].contains(kind) {
                score.badSections.append("'\(section.title)' starts at a \(kind)")
            } else if isWordPair(section.title) {
                score.badSections.append("'\(section.title)' is two comma-joined words")
            }
        }
    }

    /// "History, hope": two single words joined by a comma, the shape of a title made of keywords.
    static func isWordPair(_ title: String) -> Bool {
        let parts = title.split(separator: ",", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy {
            let words = $0.split(separator: " ")
            return words.count == 1
        }
    }

    static func scoreAnnotations(_ article: Article, _ labels: StructureLabels, _ index: OpeningIndex,
                                 into score: inout StructureScore) {
        for label in labels.annotations {
            score.annotationTargets.of += 1
            guard let at = index.first(label.annotation), let first = index.first(label.first) else { continue }
            let last = label.last.flatMap { index.first($0) } ?? first
            let wanted = Array(first...max(first, last))
            if article.annotations.contains(where: { $0.paragraphs.contains(at) && $0.annotates == wanted }) {
                score.annotationTargets.right += 1
            }
        }
    }

    static func scoreMarkers(_ article: Article, _ labels: StructureLabels, _ index: OpeningIndex,
                             into score: inout StructureScore) {
        for label in labels.markers {
            score.markers.of += 1
            guard let note = index.first(label.note) else { continue }
            let linked = article.crossReferences.contains { reference in
                reference.paragraph != note && (reference.target ?? []).contains(note)
                    && article.text(reference.range).contains(label.marker)
            }
            if linked { score.markers.right += 1 }
        }
    }
}
