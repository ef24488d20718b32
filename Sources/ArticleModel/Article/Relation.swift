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
    /// The labels the evidence sentences state, as runs over the start of `evidence` (the sentences that
    /// state `label` come first, then those stating other labels, then the ones that state none). Kept
    /// beside the evidence, not in it: a piece of evidence stays 8 bytes, and most pairs have no run.
    public var labelRuns: [LabelRun]
    public struct LabelRun: Hashable, Sendable {
        public var label: String
        public var count: Int
        public init(label: String, count: Int) { self.label = label; self.count = count }
    }
    public init(source: Int, target: Int, label: String?, weight: Int, evidence: [Evidence], labelRuns: [LabelRun] = []) {
        self.source = source; self.target = target; self.label = label; self.weight = weight; self.evidence = evidence
        self.labelRuns = labelRuns
    }

    /// The label that evidence sentence `i` states, or nil.
    public func label(ofEvidence i: Int) -> String? {
        var end = 0
        for run in labelRuns {
            end += run.count
            if i < end { return run.label }
        }
        return nil
    }
}
