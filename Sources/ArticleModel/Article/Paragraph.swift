/// What a paragraph is, as in the export contract (`dossier export`, see the README).
public enum ParagraphKind: String, Sendable, Codable, CaseIterable {
    case title, byline, dateline, heading, body, quote
    case listItem = "list-item"
    case annotation, note, aside
    /// A figure's or table's caption (from markup).
    case caption
}

/// (24 bytes: paragraphs store their fields narrow, see `NarrowInt`; the range's start is stored as a
/// 32-bit low part and a 16-bit high part, texts up to 2^48 bytes, so that with the kind it fits beside
/// the 32-bit fields.)
public struct Paragraph: Hashable, Sendable {
    private var startLow: UInt32
    private var length: Int32
    /// Position in reading order, from 0 (the title included).
    @NarrowInt public var index: Int
    /// Indices into `Article.sentences`.
    @NarrowIndices public var sentences: Range<Int>
    private var startHigh: UInt16
    public var kind: ParagraphKind
    /// The paragraph's text in the normalised text (trimmed of surrounding blanks).
    public var range: TextRange {
        get {
            let start = Int(UInt64(startHigh) << 32 | UInt64(startLow))
            return TextRange(start, start + Int(length))
        }
        set {
            startLow = UInt32(truncatingIfNeeded: newValue.start)
            startHigh = UInt16(newValue.start >> 32)
            length = Int32(newValue.count)
        }
    }
    public init(index: Int, kind: ParagraphKind, range: TextRange, sentences: Range<Int>) {
        startLow = UInt32(truncatingIfNeeded: range.start); startHigh = UInt16(range.start >> 32); length = Int32(range.count)
        self.index = index; self.kind = kind; self.sentences = sentences
    }
}
