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

/// What a paragraph is, as in the export contract (`dossier export`, see the README).
public enum ParagraphKind: String, Sendable, Codable, CaseIterable {
    case title, byline, dateline, heading, body, quote
    case listItem = "list-item"
    case annotation, note, aside
}

// Paragraphs, sentences, mentions and evidence store their fields narrow (see `NarrowInt`): a 12-byte,
// 4-byte-aligned range and 32-bit fields (a sentence is 20 bytes, a mention 24, a paragraph 24).

/// (24 bytes: the range's start is stored as a 32-bit low part and a 16-bit high part, texts up to 2^48
/// bytes, so that with the kind it fits beside the 32-bit fields.)
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

public struct Sentence: Hashable, Sendable {
    @NarrowTextRange public var range: TextRange
    @NarrowInt public var index: Int
    @NarrowInt public var paragraph: Int
    public init(index: Int, paragraph: Int, range: TextRange) {
        self.index = index; self.paragraph = paragraph; self.range = range
    }
}

/// (32 bytes, not 40: a text of a million one-line paragraphs has a hundred thousand sections.)
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

/// Paragraphs the author added later to update an older text, and the paragraphs they update.
public struct Annotation: Hashable, Sendable {
    public var paragraphs: [Int]
    public var annotates: [Int]
    public init(paragraphs: [Int], annotates: [Int]) { self.paragraphs = paragraphs; self.annotates = annotates }
}

/// A block quotation (one or more paragraphs) and, where the text names it, its source.
public struct Quote: Hashable, Sendable {
    public var paragraphs: [Int]
    public var source: String?
    public init(paragraphs: [Int], source: String?) { self.paragraphs = paragraphs; self.source = source }
}

/// A phrase that points at another place: in the text (`target` non-nil) or outside it (`target` nil).
public struct CrossReference: Hashable, Sendable {
    public var paragraph: Int
    public var range: TextRange
    public var target: [Int]?
    public init(paragraph: Int, range: TextRange, target: [Int]?) {
        self.paragraph = paragraph; self.range = range; self.target = target
    }
}

public enum EntityType: String, Sendable, Codable, CaseIterable {
    case person, country, organization, place, event, media, project
}

/// One occurrence of an entity's name in the text.
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

public struct Entity: Hashable, Sendable {
    /// Stable slug, e.g. "vladimir-putin".
    public var id: String
    /// The fullest name form the text uses.
    public var name: String
    public var type: EntityType
    /// Other forms the text uses for it (not including `name`).
    public var aliases: [String]
    /// Number of mentions: each occurrence of a name form once, a compound once for each part.
    public var mentionCount: Int
    /// Paragraphs it is mentioned in, ascending, without repeats.
    public var paragraphs: [Int]
    public init(id: String, name: String, type: EntityType, aliases: [String], mentionCount: Int, paragraphs: [Int]) {
        self.id = id; self.name = name; self.type = type; self.aliases = aliases
        self.mentionCount = mentionCount; self.paragraphs = paragraphs
    }
}

public struct Evidence: Hashable, Sendable {
    @NarrowInt public var paragraph: Int
    /// Index into `Article.sentences`.
    @NarrowInt public var sentence: Int
    public init(paragraph: Int, sentence: Int) { self.paragraph = paragraph; self.sentence = sentence }
}

/// Two entities tied by the sentences they share.
public struct Relation: Hashable, Sendable {
    /// Indices into `Article.entities`.
    public var source: Int
    public var target: Int
    public var label: String?
    /// Number of sentences that tie the two.
    public var weight: Int
    public var evidence: [Evidence]
    public init(source: Int, target: Int, label: String?, weight: Int, evidence: [Evidence]) {
        self.source = source; self.target = target; self.label = label; self.weight = weight; self.evidence = evidence
    }
}

/// Everything Dossier knows about one text. Immutable once built; all positions are UTF-8 byte
/// offsets into `bytes` (the normalised text), and `source` maps them back to the original file.
public struct Article: Sendable {
    public var bytes: [UInt8]
    public var source: SourceMap
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    public var sections: [Section]
    public var annotations: [Annotation]
    public var quotes: [Quote]
    public var crossReferences: [CrossReference]
    public var entities: [Entity]
    public var mentions: [Mention]
    public var relations: [Relation]
    /// Word and prefix search over the text (see `search(_:)`).
    public var searchIndex: SearchIndex = SearchIndex()

    public init(bytes: [UInt8], source: SourceMap, paragraphs: [Paragraph], sentences: [Sentence],
                sections: [Section] = [], annotations: [Annotation] = [], quotes: [Quote] = [],
                crossReferences: [CrossReference] = [], entities: [Entity] = [], mentions: [Mention] = [],
                relations: [Relation] = []) {
        self.bytes = bytes; self.source = source; self.paragraphs = paragraphs; self.sentences = sentences
        self.sections = sections; self.annotations = annotations; self.quotes = quotes
        self.crossReferences = crossReferences; self.entities = entities; self.mentions = mentions
        self.relations = relations
    }

    /// The text of a range of the normalised text.
    public func text(_ range: TextRange) -> String {
        String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }
    public func text(of paragraph: Paragraph) -> String { text(paragraph.range) }

    /// The start of `range`, at most `maxBytes` long and cut between characters, and whether it was cut:
    /// a view of a huge paragraph or sentence reads only what it can show.
    public func prefix(of range: TextRange, maxBytes: Int) -> (range: TextRange, cut: Bool) {
        guard range.count > maxBytes else { return (range, false) }
        var end = range.start + maxBytes
        while end > range.start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return (TextRange(range.start, end), true)
    }
    public func text(of sentence: Sentence) -> String { text(sentence.range) }

    /// The title: the text of the first paragraph when it is of kind `title`.
    public var title: String? {
        guard let first = paragraphs.first, first.kind == .title else { return nil }
        return text(first.range)
    }

    public var isEmpty: Bool { paragraphs.isEmpty }
}
