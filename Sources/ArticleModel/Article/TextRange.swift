/// A half-open range of UTF-8 byte offsets into an article's normalised text.
public struct TextRange: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    public var count: Int { end - start }
    public var isEmpty: Bool { start >= end }
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public static func < (a: TextRange, b: TextRange) -> Bool { (a.start, a.end) < (b.start, b.end) }
}
