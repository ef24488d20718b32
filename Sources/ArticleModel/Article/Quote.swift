/// A block quotation (one or more paragraphs) and, where the text names it, its source.
public struct Quote: Hashable, Sendable {
    public var paragraphs: [Int]
    public var source: String?
    public init(paragraphs: [Int], source: String?) { self.paragraphs = paragraphs; self.source = source }
}
