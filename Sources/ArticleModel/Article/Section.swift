/// (32 bytes: a text of a million one-line paragraphs has a hundred thousand sections.)
public struct Section: Hashable, Sendable {
    public var title: String
    /// 1 is the top level.
    @NarrowInt public var level: Int
    /// First and last paragraph index, inclusive.
    @NarrowInt public var first: Int
    @NarrowInt public var last: Int
    public init(title: String, level: Int, first: Int, last: Int) {
        self.title = title; self.level = level; self.first = first; self.last = last
    }
}
