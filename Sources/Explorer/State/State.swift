import ArticleModel

/// A text line the user is typing into.
public enum InputLine: Hashable, Sendable {
    case search, filter, helpSearch

    /// The longest a line may grow (a paste of a megabyte is cut here, and each key stays fast).
    public static let maxLength = 1024
}

public enum ThemeName: String, Sendable { case dark, light }

/// Everything the explorer shows, as a value. `reduce` makes the next one; `render` draws it.
public struct State: Sendable {
    public private(set) var article: Article
    public private(set) var index: ArticleIndex
    /// True while the article shown is a first look (paragraphs only) and the full model is still
    /// being built in the background; `replaceArticle` ends it.
    public internal(set) var modelPending = false
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var layout: Layout
    /// The reader's rows at the current reader width.
    public internal(set) var document: Document

    public internal(set) var focus: Pane = .reader
    // Reader: first visible row and the cursor row (links on it are followed with `f`).
    public internal(set) var readerTop = 0
    public internal(set) var readerCursor = 0
    // The list panes, each with its own cursor.
    public internal(set) var sectionList = ListCursor()
    // Entities and the selected entity's relations.
    public internal(set) var entityPane = EntitiesState()
    // Text input, search.
    public internal(set) var input: InputLine?
    public internal(set) var search = SearchState()
    var resizeAnchors: [Anchor]? = nil
    // Help overlay.
    public internal(set) var help = HelpState()
    // History of jumps.
    public internal(set) var history: History
    // Terminal wishes the backend acts on.
    public internal(set) var mouseEnabled = true
    public internal(set) var theme: ThemeName = .dark
    public internal(set) var quitRequested = false
    public internal(set) var redrawRequested = 0
    /// A one-shot note for the status line ("no annotation below").
    public internal(set) var message: String?

    public init(article: Article, width: Int, height: Int, theme: ThemeName = .dark, modelPending: Bool = false) {
        self.article = article
        self.theme = theme
        self.modelPending = modelPending
        index = ArticleIndex(article)
        self.width = width
        self.height = height
        layout = Layout.compute(width: width, height: height, focus: .reader)
        document = Document(article: article, index: index, width: layout.readerTextWidth)
        history = History(start: Place(focus: .reader, readerTop: Anchor(paragraph: 0, offset: -1),
                                       readerCursor: Anchor(paragraph: 0, offset: -1), sectionSelection: 0,
                                       entitySelection: 0, selectedEntity: nil, entityDetail: nil,
                                       detailSelection: 0, relationSelection: 0))
        recomputeEntityRows()
        if let first = entityRows.first { select(entity: first) }
        history = History(start: place)
    }

    // MARK: Derived values

    public var sectionSelection: Int { sectionList.selection }
    public var entitySelection: Int { entityPane.list.selection }
    public var detailSelection: Int { entityPane.detailList.selection }
    public var relationSelection: Int { entityPane.relationList.selection }
    public var entityList: ListCursor { entityPane.list }
    public var detailList: ListCursor { entityPane.detailList }
    public var relationList: ListCursor { entityPane.relationList }
    public var entityFilter: String { entityPane.filter }
    public var typeFilter: EntityType? { entityPane.typeFilter }
    public var sort: EntitySort { entityPane.sort }
    public var entityRows: [Int] { entityPane.rows }
    public var selectedEntity: Int? { entityPane.selected }
    public var entityDetail: Int? { entityPane.detail }
    public var neighbours: [Neighbour] { entityPane.neighbours }
    public var showGraph: Bool { entityPane.showGraph }

    public var query: String { search.query }
    public var hits: [TextRange] { search.hits }
    public var currentHit: Int? { search.current }

    public var readerHeight: Int { layout.contentHeight(.reader) }

    /// The paragraph the reader's cursor is in.
    public var cursorParagraph: Int? {
        document.rows.indices.contains(readerCursor) ? document.rows[readerCursor].paragraph : nil
    }

    /// The section being read (where the cursor is).
    public var currentSection: Int? {
        guard let p = cursorParagraph, index.sectionOf.indices.contains(p) else { return index.sections.isEmpty ? nil : 0 }
        return index.sectionOf[p]
    }

    /// How far through the text the reader is, 0...100.
    public var percent: Int {
        if !document.isWhole {
            // Only part of a big text is laid out: how far through its bytes the top row is.
            guard document.rows.indices.contains(readerTop), article.bytes.count > 0 else { return 0 }
            if document.paragraphs.upperBound == article.paragraphs.count, readerTop >= document.rows.count - readerHeight { return 100 }
            return min(100, document.rows[readerTop].start * 100 / article.bytes.count)
        }
        let scrollable = document.rows.count - readerHeight
        guard scrollable > 0 else { return 100 }
        return min(100, max(0, readerTop * 100 / scrollable))
    }

    /// The current place, for history.
    public var place: Place {
        let rows = document.rows
        let top = rows.indices.contains(readerTop) ? rows[readerTop].anchor : Anchor(paragraph: 0, offset: -1)
        let cur = rows.indices.contains(readerCursor) ? rows[readerCursor].anchor : top
        return Place(focus: focus, readerTop: top, readerCursor: cur, sectionSelection: sectionSelection,
                     entitySelection: entitySelection, selectedEntity: selectedEntity, entityDetail: entityDetail,
                     detailSelection: detailSelection, relationSelection: relationSelection)
    }

    // MARK: Entities

    mutating func recomputeEntityRows() {
        entityPane.relist(article, index, height: layout.contentHeight(.entities))
    }

    mutating func select(entity: Int?) {
        entityPane.select(entity, in: article, height: layout.contentHeight(.entities))
    }

    /// The rows of the entity detail view.
    public var detailRows: [DetailRow] {
        guard let e = entityDetail, article.entities.indices.contains(e) else { return [] }
        return DetailRow.rows(for: e, in: self)
    }

    // MARK: Reader

    mutating func clampReader() {
        let n = document.rows.count
        readerCursor = min(max(0, readerCursor), max(0, n - 1))
        readerTop = min(max(0, readerTop), max(0, n - readerHeight))
    }

    /// Moves the cursor, scrolling just enough to keep it in view (with a little context).
    mutating func moveCursor(to row: Int) {
        readerCursor = row
        clampReader()
        let h = readerHeight
        let margin = min(2, (h - 1) / 2)
        if readerCursor < readerTop + margin { readerTop = readerCursor - margin }
        if readerCursor > readerTop + h - 1 - margin { readerTop = readerCursor - h + 1 + margin }
        clampReader()
    }

    /// Puts a row near the top of the reader with the cursor on it.
    mutating func show(row: Int) {
        readerCursor = row
        readerTop = row - min(2, readerHeight / 4)
        clampReader()
    }

    /// Scrolls the view and the cursor together.
    mutating func scroll(by delta: Int) {
        let before = readerTop
        readerTop += delta
        clampReader()
        let moved = readerTop - before
        readerCursor += moved == 0 ? delta : moved
        readerCursor = min(max(readerCursor, readerTop), readerTop + readerHeight - 1)
        clampReader()
    }

    mutating func relayout(width: Int, height: Int) {
        // Keep the anchors of the last resize while the reader has not moved since, so a chain of
        // resizes (120 → 70 → 120 columns) comes back to exactly the same rows.
        var top = place
        if let saved = resizeAnchors {
            if document.row(for: saved[0]) == readerTop { top.readerTop = saved[0] }
            if document.row(for: saved[1]) == readerCursor { top.readerCursor = saved[1] }
        }
        resizeAnchors = [top.readerTop, top.readerCursor]
        self.width = width
        self.height = height
        layout = Layout.compute(width: width, height: height, focus: focus)
        if layout.readerTextWidth != document.width {
            document = Document(article: article, index: index, width: layout.readerTextWidth, around: top.readerCursor.paragraph)
        }
        readerTop = document.row(for: top.readerTop)
        readerCursor = document.row(for: top.readerCursor)
        clampReader()
        if readerCursor >= readerTop + readerHeight || readerCursor < readerTop { moveCursor(to: readerCursor) }
        sectionList.keepInView(height: layout.contentHeight(.sections))
        entityPane.keepInView(entities: layout.contentHeight(.entities), relations: layout.contentHeight(.relations))
    }

    /// Swaps in the full model for the paragraphs-only article shown while it was built, keeping
    /// the reader's place (paragraph indices and byte offsets are the same in both), the focus and
    /// what was typed.
    /// Pass `index` when it was built off the main thread (it costs a sort of every mention).
    mutating func replaceArticle(_ full: Article, index prepared: ArticleIndex? = nil) {
        let here = place
        article = full
        index = prepared ?? ArticleIndex(full)
        modelPending = false
        document = Document(article: full, index: index, width: layout.readerTextWidth, around: here.readerCursor.paragraph)
        resizeAnchors = nil
        readerTop = document.row(for: here.readerTop)
        readerCursor = document.row(for: here.readerCursor)
        clampReader()
        sectionList.select(index.sectionOf.indices.contains(cursorParagraph ?? -1) ? index.sectionOf[cursorParagraph!] : 0,
                           count: index.sections.count, height: layout.contentHeight(.sections))
        recomputeEntityRows()
        if selectedEntity == nil, let first = entityRows.first { select(entity: first) }
        search.rerun(in: full)
        history = History(start: place)
    }

    // MARK: The laid-out window of a big text

    /// Lays the text out around paragraph `p` when it is outside the laid-out window, keeping the
    /// reader's place where it is still inside. Call before asking `document` for `p`'s rows.
    mutating func reveal(paragraph p: Int) {
        guard !document.isWhole, !document.paragraphs.contains(p), article.paragraphs.indices.contains(p) else { return }
        rewindow(around: p)
    }

    /// The first row of paragraph `p` (laying it out first if need be), or nil for no such paragraph.
    mutating func rowOf(paragraph p: Int) -> Int? {
        reveal(paragraph: p)
        return document.firstRow(of: p)
    }

    /// The anchor of paragraph `p`'s first row: its annotation header, or its text.
    func headAnchor(of p: Int) -> Anchor {
        let an = index.annotationOf.indices.contains(p) ? index.annotationOf[p] : -1
        if an >= 0, article.annotations[an].paragraphs.min() == p { return Anchor(paragraph: p, offset: -1) }
        return Anchor(paragraph: p, offset: article.paragraphs[p].range.start)
    }

    mutating func rewindow(around p: Int) {
        let here = place
        document = Document(article: article, index: index, width: layout.readerTextWidth, around: p)
        readerTop = document.row(for: here.readerTop)
        readerCursor = document.row(for: here.readerCursor)
        clampReader()
    }

    /// After every action: while a big text is shown in part, keeps plenty of laid-out rows on
    /// either side of the view by moving the window to the cursor's paragraph when it nears an edge.
    mutating func keepWindowAroundReader() {
        guard !document.isWhole, let p = cursorParagraph else { return }
        let margin = max(200, readerHeight * 4)
        let nearStart = readerTop < margin && document.paragraphs.lowerBound > 0
        let nearEnd = readerTop + readerHeight > document.rows.count - margin && document.paragraphs.upperBound < article.paragraphs.count
        guard nearStart || nearEnd else { return }
        // A paragraph bigger than the window gives the same window again: nothing to gain.
        if Document.window(article, around: p, bytes: Document.windowBytes) == document.paragraphs { return }
        rewindow(around: p)
    }

    /// Puts the reader's top and cursor back on two anchors (laying them out if need be).
    mutating func returnTo(top: Anchor, cursor: Anchor) {
        reveal(paragraph: cursor.paragraph)
        readerTop = document.row(for: top)
        readerCursor = document.row(for: cursor)
        clampReader()
    }

    mutating func restore(_ p: Place) {
        reveal(paragraph: p.readerTop.paragraph)
        focus = p.focus
        readerTop = document.row(for: p.readerTop)
        readerCursor = document.row(for: p.readerCursor)
        clampReader()
        sectionList.select(p.sectionSelection, count: index.sections.count, height: layout.contentHeight(.sections))
        let me = self
        entityPane.restore(p, in: article, detailCount: { e in e.map { DetailRow.rows(for: $0, in: me).count } ?? 0 },
                           entities: layout.contentHeight(.entities), relations: layout.contentHeight(.relations))
    }
}
