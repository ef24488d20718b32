// An index, a range of indices or a text range stored in 32-bit integers behind its `Int` form. The
// model holds hundreds of thousands of paragraphs, sentences, mentions and pieces of evidence for a
// long text, so their fields are narrow (a mention is 24 bytes, not 40). Text offsets stay 64-bit;
// an index or a length of 2^31 or more (a single paragraph of 2 GB) traps rather than wrapping.

/// An index stored in 32 bits.
@propertyWrapper
public struct NarrowInt: Hashable, Sendable {
    private var stored: Int32
    public init(wrappedValue: Int) { stored = Int32(wrappedValue) }
    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(newValue) }
    }
}

/// A range of indices stored as a 32-bit start and count.
@propertyWrapper
public struct NarrowIndices: Hashable, Sendable {
    private var lower: Int32, count: Int32
    public init(wrappedValue: Range<Int>) { lower = Int32(wrappedValue.lowerBound); count = Int32(wrappedValue.count) }
    public var wrappedValue: Range<Int> {
        get { Int(lower)..<(Int(lower) + Int(count)) }
        set { self = NarrowIndices(wrappedValue: newValue) }
    }
}

/// A text range stored as its start and a 32-bit length (12 bytes, where the next field can start).
@propertyWrapper
public struct NarrowTextRange: Hashable, Sendable {
    private var start: Int, length: Int32
    public init(wrappedValue: TextRange) { start = wrappedValue.start; length = Int32(wrappedValue.count) }
    public var wrappedValue: TextRange {
        get { TextRange(start, start + Int(length)) }
        set { self = NarrowTextRange(wrappedValue: newValue) }
    }
}
