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
    /// The structure the markup stated, when the article came from HTML, Markdown or EPUB.
    public var markup: MarkupHints?

    public init(bytes: [UInt8], source: SourceMap, paragraphs: [Paragraph], sentences: [Sentence],
                sections: [Section] = [], annotations: [Annotation] = [], quotes: [Quote] = [],
                crossReferences: [CrossReference] = [], entities: [Entity] = [], mentions: [Mention] = [],
                relations: [Relation] = [], markup: MarkupHints? = nil) {
        self.bytes = bytes; self.source = source; self.paragraphs = paragraphs; self.sentences = sentences
        self.sections = sections; self.annotations = annotations; self.quotes = quotes
        self.crossReferences = crossReferences; self.entities = entities; self.mentions = mentions
        self.relations = relations; self.markup = markup
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

    /// The title: the text of the first paragraph of kind `title` (the second under a chapter number).
    /// How far down the title is looked for: below a chapter number, a document-type or a classification line.
    static let titleReach = 4

    public var title: String? {
        guard let first = paragraphs.prefix(Self.titleReach).first(where: { $0.kind == .title }) else { return nil }
        return text(first.range)
    }

    public var isEmpty: Bool { paragraphs.isEmpty }
}
