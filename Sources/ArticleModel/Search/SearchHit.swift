/// One search hit: the paragraph and the byte range of the matched words.
public struct SearchHit: Hashable, Sendable {
    public var paragraph: Int
    public var range: TextRange
    public init(paragraph: Int, range: TextRange) { self.paragraph = paragraph; self.range = range }
}
