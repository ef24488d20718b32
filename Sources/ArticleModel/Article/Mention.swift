/// One occurrence of an entity's name in the text (24 bytes: narrow fields, see `NarrowInt`).
public struct Mention: Hashable, Sendable {
    @NarrowTextRange public var range: TextRange
    /// Index into `Article.entities`.
    @NarrowInt public var entity: Int
    @NarrowInt public var paragraph: Int
    @NarrowInt public var sentence: Int
    public init(entity: Int, range: TextRange, paragraph: Int, sentence: Int) {
        self.entity = entity; self.range = range; self.paragraph = paragraph; self.sentence = sentence
    }
}
