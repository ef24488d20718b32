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

/// The article laid out as reader rows for one width. Rebuilt only when the width changes, or
/// when the reader nears the edge of the window it covers.
///
/// A text up to `windowBytes` is laid out whole. A bigger one (a 100 MB dump) is laid out only
/// around the place being read: the paragraphs within `windowBytes / 2` of text on either side
/// (always whole paragraphs), so opening it, resizing and jumping cost the same as for a short
/// article. Row numbers then count from the window's first paragraph; `State` moves the window
/// (`State.reveal`) before it needs a row outside it.
public struct Document: Sendable {
    /// Texts up to this size are laid out whole; bigger ones this much around the reader.
    public static let windowBytes = 1 << 20

    public let width: Int
    public let rows: [Row]
    /// The paragraphs laid out (all of them unless the text is bigger than `windowBytes`).
    public let paragraphs: Range<Int>
    /// For each paragraph of the window, the index of its first row (its header, when it has one),
    /// indexed from `paragraphs.lowerBound`. See `firstRow(of:)`.
    public let firstRow: [Int]
    /// True when the window is the whole article.
    public let isWhole: Bool

    /// `only`, when given, says for each paragraph whether it shows (the `&` filter); a hidden one has no
    /// rows, and its first row is the next shown paragraph's.
    public init(article a: Article, index: ArticleIndex, width: Int, around centre: Int = 0, windowBytes: Int = Document.windowBytes,
                only: [Bool]? = nil) {
        self.width = width
        let window = Document.window(a, around: centre, bytes: windowBytes)
        paragraphs = window
        isWhole = window.count == a.paragraphs.count
        var rows: [Row] = []
        var firstRow: [Int] = []
        rows.reserveCapacity(window.count * 4)
        firstRow.reserveCapacity(window.count)
        for p in window {
            let para = a.paragraphs[p]
            firstRow.append(rows.count)
            if let only, only.indices.contains(p), !only[p] { continue }
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

    /// Whole paragraphs within `bytes / 2` of text either side of paragraph `centre`, or all of them
    /// for a text of at most `bytes`.
    static func window(_ a: Article, around centre: Int, bytes: Int) -> Range<Int> {
        let n = a.paragraphs.count
        guard n > 0 else { return 0..<0 }
        if a.bytes.count <= bytes { return 0..<n }
        let c = min(max(0, centre), n - 1)
        let half = bytes / 2
        var lo = c
        while lo > 0, a.paragraphs[c].range.start - a.paragraphs[lo - 1].range.start < half { lo -= 1 }
        var hi = c + 1
        while hi < n, a.paragraphs[hi].range.end - a.paragraphs[c].range.end < half { hi += 1 }
        return lo..<hi
    }

    /// The first row of paragraph `p`, or nil when it is outside the window.
    public func firstRow(of p: Int) -> Int? {
        paragraphs.contains(p) ? firstRow[p - paragraphs.lowerBound] : nil
    }

    /// The first row at or after an anchor; the row containing it for text offsets.
    public func row(for anchor: Anchor) -> Int {
        guard !rows.isEmpty else { return 0 }
        if anchor.offset < 0, let r = firstRow(of: anchor.paragraph) { return r }
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
