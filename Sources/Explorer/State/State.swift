import ArticleModel

/// A text line the user is typing into.
public enum InputLine: Hashable, Sendable {
    case search, filter, helpSearch
    /// `&`: the pattern of the paragraphs to show.
    case paragraphFilter

    /// The longest a line may grow (a paste of a megabyte is cut here, and each key stays fast).
    public static let maxLength = 1024
}

public enum ThemeName: String, Sendable { case dark, light }

/// The mark key typed, waiting for its letter: `m` sets a mark, `'` goes to one.
public enum MarkKey: Sendable { case set, go }

/// Everything the explorer shows, as a value. `reduce` makes the next one; `render` draws it.
/// It is composed of the panes' own values (the reader, the lists with their `ListCursor`s, the search,
/// the help overlay), each changing only through its methods; only the reducer writes a field
/// (`internal(set)`), so the terminal backend changes it by sending actions.
public struct State: Sendable {
    public private(set) var article: Article
    public private(set) var index: ArticleIndex
    /// True while the article shown is a first look (paragraphs only) and the full model is still
    /// being built in the background; `replaceArticle` ends it.
    public internal(set) var modelPending = false
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var layout: Layout
    public internal(set) var focus: Pane = .reader
    // The panes.
    public internal(set) var reader: ReaderState
    public internal(set) var sectionList = ListCursor()
    /// The entities pane and the selected entity's relations.
    public internal(set) var entityPane = EntitiesState()
    // The line being typed into, the search, the help overlay.
    public internal(set) var input: InputLine?
    public internal(set) var search = SearchState()
    public internal(set) var paragraphFilter = ParagraphFilter()
    public internal(set) var help = HelpState()
    public internal(set) var jumps = JumpsState()
    /// Places marked with `m` and a letter, and the mark key waiting for its letter.
    public internal(set) var marks: [Character: Place] = [:]
    public internal(set) var pendingMark: MarkKey?
    /// The relations pane's evidence view (`f` on a relation).
    public internal(set) var evidence = EvidenceState()
    // History of jumps.
    public internal(set) var history: History
    // Terminal wishes the backend acts on.
    public internal(set) var mouseEnabled = true
    public internal(set) var theme: ThemeName = .dark
    /// The reader's widest line in columns (`+`, `-`, `=`); a wider pane centres the text.
    public internal(set) var textWidth = State.defaultTextWidth
    /// Paragraph numbers in the reader's gutter, and in update headers (`#`).
    public internal(set) var paragraphNumbers = false
    public internal(set) var quitRequested = false
    public internal(set) var redrawRequested = 0
    /// A one-shot note for the status line ("no annotation below").
    public internal(set) var message: String?

    public init(article: Article, width: Int, height: Int, theme: ThemeName = .dark, textWidth: Int = State.defaultTextWidth,
                modelPending: Bool = false) {
        self.article = article
        self.theme = theme
        self.textWidth = min(max(textWidth, State.textWidths.lowerBound), State.textWidths.upperBound)
        self.modelPending = modelPending
        index = ArticleIndex(article)
        self.width = width
        self.height = height
        layout = Layout.compute(width: width, height: height, focus: .reader)
        reader = ReaderState(document: Document(article: article, index: index,
                                                width: State.wrapWidth(pane: layout.readerTextWidth, text: self.textWidth, numbers: 0)))
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
    /// The reader's rows at the current reader width.
    public var document: Document { reader.document }
    /// The reader's first visible row and the cursor's row (links on it are followed with `f`).
    public var readerTop: Int { reader.top }
    public var readerCursor: Int { reader.cursor }

    /// The paragraph the reader's cursor is in.
    public var cursorParagraph: Int? { reader.cursorParagraph }

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
        let (top, cur) = reader.anchors
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

    mutating func moveCursor(to row: Int) { reader.moveCursor(to: row, height: readerHeight) }
    mutating func show(row: Int) { reader.show(row: row, height: readerHeight) }
    mutating func scroll(by delta: Int) { reader.scroll(by: delta, height: readerHeight) }

    mutating func relayout(width: Int, height: Int) {
        self.width = width
        self.height = height
        layout = Layout.compute(width: width, height: height, focus: focus)
        reader.relayout(article, index, width: wrapWidth, height: readerHeight)
        sectionList.keepInView(height: layout.contentHeight(.sections))
        entityPane.keepInView(entities: layout.contentHeight(.entities), relations: layout.contentHeight(.relations))
        evidence.keepInView(height: layout.contentHeight(.relations) - 1)
    }

    /// Swaps in the full model for the paragraphs-only article shown while it was built, keeping
    /// the reader's place (paragraph indices and byte offsets are the same in both), the focus, the jump
    /// list and what was typed.
    /// Pass `index` when it was built off the main thread (it costs a sort of every mention).
    mutating func replaceArticle(_ full: Article, index prepared: ArticleIndex? = nil) {
        article = full
        index = prepared ?? ArticleIndex(full)
        modelPending = false
        reader.replace(full, index, height: readerHeight)
        sectionList.select(index.sectionOf.indices.contains(cursorParagraph ?? -1) ? index.sectionOf[cursorParagraph!] : 0,
                           count: index.sections.count, height: layout.contentHeight(.sections))
        recomputeEntityRows()
        if selectedEntity == nil, let first = entityRows.first { select(entity: first) }
        search.rerun(in: full)
        rerunParagraphFilter()
        // The jump list stays (a resumed one included): its anchors are the same in both articles.
        history.replaceCurrent(with: place)
    }

    // MARK: The laid-out window of a big text

    /// Lays the text out around paragraph `p` when it is outside the laid-out window, keeping the
    /// reader's place where it is still inside. Call before asking `document` for `p`'s rows.
    mutating func reveal(paragraph p: Int) {
        reader.reveal(paragraph: p, in: article, index, height: readerHeight)
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

    /// After every action: while a big text is shown in part, keeps laid-out rows around the view.
    mutating func keepWindowAroundReader() {
        reader.keepWindowAround(article, index, height: readerHeight)
    }

    /// Puts the reader's top and cursor back on two anchors (laying them out if need be).
    mutating func returnTo(top: Anchor, cursor: Anchor) {
        reveal(paragraph: cursor.paragraph)
        reader.go(top: top, cursor: cursor, height: readerHeight)
    }

    mutating func restore(_ p: Place) {
        reveal(paragraph: p.readerTop.paragraph)
        focus = p.focus
        reader.go(top: p.readerTop, cursor: p.readerCursor, height: readerHeight)
        sectionList.select(p.sectionSelection, count: index.sections.count, height: layout.contentHeight(.sections))
        let me = self
        entityPane.restore(p, in: article, detailCount: { e in e.map { DetailRow.rows(for: $0, in: me).count } ?? 0 },
                           entities: layout.contentHeight(.entities), relations: layout.contentHeight(.relations))
    }
}
