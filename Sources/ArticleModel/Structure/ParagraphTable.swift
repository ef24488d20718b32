/// The paragraphs as the structure stage reads them: the text, each paragraph's range and shape,
/// and its kind (the classifier's, then marked by the quote and annotation finders).
struct ParagraphTable {
    let text: [UInt8]
    let ranges: ParagraphRanges
    let shapes: [ParagraphShape]
    var kinds: [ParagraphKind]
    var count: Int { ranges.count }

    init(text: [UInt8], paragraphs: [Paragraph]) {
        self.text = text
        ranges = ParagraphRanges(paragraphs: paragraphs)
        shapes = paragraphs.map { ParagraphShape(text, $0.range) }
        kinds = [ParagraphKind](repeating: .body, count: paragraphs.count)
    }
}

/// The paragraphs' ranges, read from the paragraphs themselves (not a copy of them).
struct ParagraphRanges: RandomAccessCollection {
    let paragraphs: [Paragraph]
    var startIndex: Int { 0 }
    var endIndex: Int { paragraphs.count }
    subscript(_ p: Int) -> TextRange { paragraphs[p].range }
}
