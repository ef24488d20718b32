/// A block quotation (one or more paragraphs) and, where the text names it, its source.
public struct Quote: Hashable, Sendable {
    public var paragraphs: [Int]
    /// The source as the introducing sentence names it ("the Financial Times").
    public var source: String?
    /// The entity the source is (index into `Article.entities`), when the source is one of them.
    public var speaker: Int?
    public init(paragraphs: [Int], source: String?, speaker: Int? = nil) {
        self.paragraphs = paragraphs; self.source = source; self.speaker = speaker
    }
}
