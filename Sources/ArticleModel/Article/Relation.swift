/// A sentence that mentions both entities of a relation.
public struct Evidence: Hashable, Sendable {
    @NarrowInt public var paragraph: Int
    /// Index into `Article.sentences`.
    @NarrowInt public var sentence: Int
    public init(paragraph: Int, sentence: Int) { self.paragraph = paragraph; self.sentence = sentence }
}

/// Two entities tied by the sentences they share.
public struct Relation: Hashable, Sendable {
    /// Indices into `Article.entities`.
    public var source: Int
    public var target: Int
    public var label: String?
    /// Number of sentences that tie the two.
    public var weight: Int
    public var evidence: [Evidence]
    public init(source: Int, target: Int, label: String?, weight: Int, evidence: [Evidence]) {
        self.source = source; self.target = target; self.label = label; self.weight = weight; self.evidence = evidence
    }
}
