// An index, a range of indices or a text range stored in 32-bit integers behind its `Int` form. The
// model holds hundreds of thousands of paragraphs, sentences, mentions and pieces of evidence for a
// long text, so their fields are narrow (a mention is 24 bytes). Text offsets stay 64-bit;
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

/// A text range stored as its start (in two 32-bit halves, so the struct is 4-byte aligned) and a 32-bit
/// length: 12 bytes, after which a 32-bit field packs in (a sentence is 20 bytes).
@propertyWrapper
public struct NarrowTextRange: Hashable, Sendable {
    private var startLow: UInt32, startHigh: UInt32, length: Int32
    public init(wrappedValue: TextRange) {
        let start = UInt64(bitPattern: Int64(wrappedValue.start))
        startLow = UInt32(truncatingIfNeeded: start); startHigh = UInt32(start >> 32); length = Int32(wrappedValue.count)
    }
    public var wrappedValue: TextRange {
        get {
            let start = Int(Int64(bitPattern: UInt64(startHigh) << 32 | UInt64(startLow)))
            return TextRange(start, start + Int(length))
        }
        set { self = NarrowTextRange(wrappedValue: newValue) }
    }
}
