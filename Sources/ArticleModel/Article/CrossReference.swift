/// A phrase that points at another place: in the text (`target` non-nil) or outside it (`target` nil).
public struct CrossReference: Hashable, Sendable {
    public var paragraph: Int
    public var range: TextRange
    public var target: [Int]?
    public init(paragraph: Int, range: TextRange, target: [Int]?) {
        self.paragraph = paragraph; self.range = range; self.target = target
    }
}
