import ArticleModel

/// A place in the text that survives re-wrapping: a paragraph and a byte offset in it
/// (-1 for the rows drawn before the paragraph's text, such as an annotation header).
public struct Anchor: Hashable, Sendable, Comparable {
    public var paragraph: Int
    public var offset: Int
    public init(paragraph: Int, offset: Int) { self.paragraph = paragraph; self.offset = offset }
    public static func < (a: Anchor, b: Anchor) -> Bool { (a.paragraph, a.offset) < (b.paragraph, b.offset) }
}

/// One screen row of the reader.
public struct Row: Hashable, Sendable {
    public enum Kind: UInt8, Sendable { case text, blank, annotationHeader, quoteSource }
    public var kind: Kind
    public var paragraph: Int
    /// Byte range of the text drawn (empty for non-text rows).
    public var start: Int
    public var end: Int
    /// Columns before the text (quote and annotation bars are drawn in it).
    public var indent: Int
    public var anchor: Anchor {
        switch kind {
        case .annotationHeader: return Anchor(paragraph: paragraph, offset: -1)
        case .text: return Anchor(paragraph: paragraph, offset: start)
        case .quoteSource: return Anchor(paragraph: paragraph, offset: end)
        case .blank: return Anchor(paragraph: paragraph, offset: end + 1)
        }
    }
}

/// The article laid out as reader rows for one width. Rebuilt only when the width changes.
public struct Document: Sendable {
    public let width: Int
    public let rows: [Row]
    /// For each paragraph, the index of its first row (its header, when it has one).
    public let firstRow: [Int]

    public init(article a: Article, index: ArticleIndex, width: Int) {
        self.width = width
        var rows: [Row] = []
        var firstRow: [Int] = []
        rows.reserveCapacity(a.paragraphs.count * 4)
        for (p, para) in a.paragraphs.enumerated() {
            firstRow.append(rows.count)
            let an = index.annotationOf[p]
            if an >= 0, a.annotations[an].paragraphs.min() == p {
                rows.append(Row(kind: .annotationHeader, paragraph: p, start: para.range.start, end: para.range.start, indent: 0))
            }
            var indent = 0
            if an >= 0 { indent += 2 }
            if index.quoteOf[p] >= 0 { indent += 4 }
            if para.kind == .listItem { indent += 2 }
            for line in Wrap.lines(a.bytes[para.range.start..<para.range.end], width: max(1, width - indent)) {
                rows.append(Row(kind: .text, paragraph: p, start: para.range.start + line.lowerBound,
                                end: para.range.start + line.upperBound, indent: indent))
            }
            let q = index.quoteOf[p]
            if q >= 0, a.quotes[q].paragraphs.max() == p, a.quotes[q].source != nil {
                rows.append(Row(kind: .quoteSource, paragraph: p, start: para.range.end, end: para.range.end, indent: indent))
            }
            rows.append(Row(kind: .blank, paragraph: p, start: para.range.end, end: para.range.end, indent: 0))
        }
        self.rows = rows
        self.firstRow = firstRow
    }

    /// The first row at or after an anchor; the row containing it for text offsets.
    public func row(for anchor: Anchor) -> Int {
        guard !rows.isEmpty else { return 0 }
        if anchor.offset < 0, anchor.paragraph >= 0, anchor.paragraph < firstRow.count { return firstRow[anchor.paragraph] }
        var l = 0, h = rows.count
        while l < h { let m = (l + h) / 2; if rows[m].anchor <= anchor { l = m + 1 } else { h = m } }
        // l is the first row after the anchor; the row before it contains the anchor.
        return max(0, min(rows.count - 1, l - 1))
    }

    /// The row showing a byte offset of the text.
    public func row(forOffset offset: Int, paragraph p: Int) -> Int {
        row(for: Anchor(paragraph: p, offset: offset))
    }
}
