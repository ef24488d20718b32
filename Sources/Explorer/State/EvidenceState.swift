import ArticleModel

/// The relations pane's evidence view: every sentence of the selected relation, the ones that state
/// its label first (marked), each followable into the reader.
public struct EvidenceState: Sendable {
    public struct Row: Hashable, Sendable {
        public var evidence: Evidence
        /// The sentence has a word of the relation's label in it.
        public var statesLabel: Bool
    }
    /// The neighbour whose evidence is open, or nil when the pane shows the list of relations.
    public private(set) var neighbour: Int?
    /// The entity whose relation it is; selecting another entity closes the view.
    public private(set) var owner: Int?
    public private(set) var rows: [Row] = []
    public private(set) var list = ListCursor()

    public init() {}

    /// Sentences checked for the label's words; past this the rest keep their order (a dump's tie can
    /// have a hundred thousand sentences).
    static let labelChecks = 5_000

    mutating func open(_ n: Neighbour, of owner: Int?, in a: Article) {
        neighbour = n.entity
        self.owner = owner
        let words = Set(n.labels.flatMap { $0.lowercased().split(separator: " ").map(String.init) }.filter { $0.count > 2 })
        var stating: [Row] = [], others: [Row] = []
        for (i, ev) in n.evidence.enumerated() {
            var states = false
            if i < EvidenceState.labelChecks, !words.isEmpty, a.sentences.indices.contains(ev.sentence) {
                let (shown, _) = a.prefix(of: a.sentences[ev.sentence].range, maxBytes: 2048)
                let text = a.text(shown).lowercased()
                states = words.contains { text.contains($0) }
            }
            if states { stating.append(Row(evidence: ev, statesLabel: true)) } else { others.append(Row(evidence: ev, statesLabel: false)) }
        }
        rows = stating + others
        list = ListCursor()
    }

    mutating func close() { neighbour = nil; owner = nil; rows = []; list = ListCursor() }

    mutating func move(by delta: Int, height: Int) {
        list.move(by: delta, count: rows.count, height: height)
    }

    mutating func select(_ row: Int, height: Int) { list.select(row, count: rows.count, height: height) }

    mutating func keepInView(height: Int) { list.keepInView(height: height) }
}
