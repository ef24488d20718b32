import ArticleModel

/// The reader pane: the text laid out at the reader's width (a window of it, for a big text), the first
/// row shown and the cursor's row. Rows move when the text is laid out again (a resize, the window
/// moving, the full model arriving), so places that must survive that are kept as anchors.
public struct ReaderState: Sendable {
    /// The reader's rows at the current reader width.
    public private(set) var document: Document
    public private(set) var top = 0
    public private(set) var cursor = 0
    /// The link chosen with `w`/`b`; it counts only while it is on the cursor's row.
    public private(set) var link: ReaderLink?
    /// The `&` filter's paragraphs (nil: all show).
    public private(set) var only: [Bool]?
    /// The anchors kept by the last resize, while the reader has not moved since.
    private var resizeAnchors: (top: Anchor, cursor: Anchor)?

    init(document: Document) { self.document = document }

    /// The anchors of the top row and the cursor's row.
    public var anchors: (top: Anchor, cursor: Anchor) {
        let rows = document.rows
        let t = rows.indices.contains(top) ? rows[top].anchor : Anchor(paragraph: 0, offset: -1)
        return (t, rows.indices.contains(cursor) ? rows[cursor].anchor : t)
    }

    /// The paragraph the cursor is in.
    public var cursorParagraph: Int? {
        document.rows.indices.contains(cursor) ? document.rows[cursor].paragraph : nil
    }

    mutating func choose(_ link: ReaderLink?) { self.link = link }

    mutating func clamp(height: Int) {
        let n = document.rows.count
        cursor = min(max(0, cursor), max(0, n - 1))
        top = min(max(0, top), max(0, n - height))
    }

    /// Moves the cursor, scrolling just enough to keep it in view (with a little context).
    mutating func moveCursor(to row: Int, height: Int) {
        cursor = row
        clamp(height: height)
        let margin = min(2, (height - 1) / 2)
        if cursor < top + margin { top = cursor - margin }
        if cursor > top + height - 1 - margin { top = cursor - height + 1 + margin }
        clamp(height: height)
    }

    /// Puts a row near the top of the reader with the cursor on it.
    mutating func show(row: Int, height: Int) {
        cursor = row
        top = row - min(2, height / 4)
        clamp(height: height)
    }

    /// Puts the cursor on a row already in view.
    mutating func point(at row: Int, height: Int) {
        cursor = row
        clamp(height: height)
    }

    /// Scrolls the view and the cursor together.
    mutating func scroll(by delta: Int, height: Int) {
        let before = top
        top += delta
        clamp(height: height)
        let moved = top - before
        cursor += moved == 0 ? delta : moved
        cursor = min(max(cursor, top), top + height - 1)
        clamp(height: height)
    }

    /// Puts the top and the cursor back on two anchors of the current layout.
    mutating func go(top t: Anchor, cursor c: Anchor, height: Int) {
        top = document.row(for: t)
        cursor = document.row(for: c)
        clamp(height: height)
    }

    /// Lays the text out again at `width` (a resize). The anchors of the last resize are kept while the
    /// reader has not moved since, so a chain of resizes (120 → 70 → 120 columns) comes back to exactly
    /// the same rows.
    mutating func relayout(_ a: Article, _ index: ArticleIndex, width: Int, height: Int) {
        var here = anchors
        if let saved = resizeAnchors {
            if document.row(for: saved.top) == top { here.top = saved.top }
            if document.row(for: saved.cursor) == cursor { here.cursor = saved.cursor }
        }
        resizeAnchors = here
        if width != document.width {
            document = Document(article: a, index: index, width: width, around: here.cursor.paragraph, only: only)
        }
        go(top: here.top, cursor: here.cursor, height: height)
        if cursor >= top + height || cursor < top { moveCursor(to: cursor, height: height) }
    }

    /// Lays a (new model of the same) text out around paragraph `p`, keeping the reader's place.
    mutating func layOut(_ a: Article, _ index: ArticleIndex, around p: Int, height: Int) {
        let here = anchors
        document = Document(article: a, index: index, width: document.width, around: p, only: only)
        go(top: here.top, cursor: here.cursor, height: height)
    }

    /// Shows only the paragraphs `only` marks (nil: all), keeping the place where it still shows (else
    /// the nearest shown row before it).
    mutating func filter(_ only: [Bool]?, _ a: Article, _ index: ArticleIndex, height: Int) {
        self.only = only
        resizeAnchors = nil
        layOut(a, index, around: anchors.cursor.paragraph, height: height)
    }

    /// The full model replaces the first look: laid out again, the place kept, the resize anchors dropped.
    mutating func replace(_ a: Article, _ index: ArticleIndex, height: Int) {
        resizeAnchors = nil
        layOut(a, index, around: anchors.cursor.paragraph, height: height)
    }

    /// Lays the text out around paragraph `p` when it is outside the laid-out window.
    mutating func reveal(paragraph p: Int, in a: Article, _ index: ArticleIndex, height: Int) {
        guard !document.isWhole, !document.paragraphs.contains(p), a.paragraphs.indices.contains(p) else { return }
        layOut(a, index, around: p, height: height)
    }

    /// While a big text is shown in part, keeps plenty of laid-out rows on either side of the view by
    /// moving the window to the cursor's paragraph when it nears an edge.
    mutating func keepWindowAround(_ a: Article, _ index: ArticleIndex, height: Int) {
        guard !document.isWhole, let p = cursorParagraph else { return }
        let margin = max(200, height * 4)
        let nearStart = top < margin && document.paragraphs.lowerBound > 0
        let nearEnd = top + height > document.rows.count - margin && document.paragraphs.upperBound < a.paragraphs.count
        guard nearStart || nearEnd else { return }
        // A paragraph bigger than the window gives the same window again: nothing to gain.
        if Document.window(a, around: p, bytes: Document.windowBytes) == document.paragraphs { return }
        layOut(a, index, around: p, height: height)
    }
}
