/// A sentence of a paragraph (20 bytes: a narrow range and 32-bit fields, see `NarrowInt`).
public struct Sentence: Hashable, Sendable {
    @NarrowTextRange public var range: TextRange
    @NarrowInt public var index: Int
    @NarrowInt public var paragraph: Int
    public init(index: Int, paragraph: Int, range: TextRange) {
        self.index = index; self.paragraph = paragraph; self.range = range
    }
}
