import ArticleModel

/// The reader's links: choosing one on the cursor's row (`w`/`b`), following it (`f`, Enter, a click).
extension State {
    /// The links on the reader's cursor row.
    public var cursorLinks: [ReaderLink] {
        guard document.rows.indices.contains(readerCursor) else { return [] }
        return ReaderLink.on(document.rows[readerCursor], in: article, index)
    }

    /// The link `f` follows: the one chosen on the cursor's row, else the row's first.
    public var currentLink: ReaderLink? {
        let links = cursorLinks
        return links.first { $0 == reader.link } ?? links.first
    }

    /// Rows scanned for the next link before giving up (a text with no links stays fast).
    static let linkScanRows = 2_000

    /// `w` (1) and `b` (-1): the next or previous link on the row, then on the rows below or above.
    mutating func stepLink(_ dir: Int) {
        guard focus == .reader else { message = "w and b move between links in the reader (2)"; return }
        let links = cursorLinks
        if let current = currentLink, let i = links.firstIndex(of: current), links.indices.contains(i + dir) {
            reader.choose(links[i + dir])
            return
        }
        var r = readerCursor + dir
        var scanned = 0
        while document.rows.indices.contains(r), scanned < State.linkScanRows {
            let found = ReaderLink.on(document.rows[r], in: article, index)
            if let pick = dir > 0 ? found.first : found.last {
                moveCursor(to: r)
                reader.choose(pick)
                return
            }
            r += dir
            scanned += 1
        }
        message = dir > 0 ? "no link below" : "no link above"
    }

    /// `f`: the reader's current link, or the focused list item's link (a related entity's evidence).
    mutating func follow() {
        switch focus {
        case .sections, .entities: open()
        case .relations: followEvidence()
        case .reader:
            if let link = currentLink { follow(link) } else { message = "nothing to follow on this line" }
        }
    }

    mutating func follow(_ link: ReaderLink) {
        switch link.kind {
        case .crossReference(let c):
            if let t = article.crossReferences[c].target?.first(where: { article.paragraphs.indices.contains($0) }) { jump(toParagraph: t) }
        case .annotation(let an):
            if let t = article.annotations[an].annotates.first(where: { article.paragraphs.indices.contains($0) }) { jump(toParagraph: t) }
        case .update(let an):
            if let first = article.annotations[an].paragraphs.min() { jump(toParagraph: first) }
        case .mention(let m):
            let e = article.mentions[m].entity
            jump { s in
                s.showDetail(of: e)
                s.setFocus(.entities)
            }
        }
    }

    /// A recorded jump to the start of paragraph `p` in the reader.
    mutating func jump(toParagraph p: Int) {
        jump { s in
            if let r = s.rowOf(paragraph: p) { s.show(row: r) }
            s.setFocus(.reader)
        }
    }

    /// `f` on a relation opens its evidence, every sentence; `f` or Enter on one shows it in the reader.
    mutating func followEvidence() {
        guard neighbours.indices.contains(relationSelection) else { message = "no relation selected"; return }
        let n = neighbours[relationSelection]
        guard evidence.neighbour == n.entity else {
            if n.evidence.isEmpty { message = "no evidence to follow"; return }
            evidence.open(n, of: selectedEntity, in: article)
            return
        }
        guard evidence.rows.indices.contains(evidence.list.selection) else { return }
        let ev = evidence.rows[evidence.list.selection].evidence
        guard article.sentences.indices.contains(ev.sentence) else { message = "no evidence to follow"; return }
        let sentence = article.sentences[ev.sentence]
        jump { s in
            s.reveal(paragraph: sentence.paragraph)
            s.show(row: s.document.row(forOffset: sentence.range.start, paragraph: sentence.paragraph))
            s.setFocus(.reader)
        }
    }

    /// A click on reader row `row`, `column` cells into its text: the cursor goes there, and a link under
    /// the pointer is followed.
    mutating func click(readerRow row: Int, column: Int) {
        let column = column - readerTextOffset
        moveCursor(to: row)
        guard document.rows.indices.contains(row), readerCursor == row else { return }
        let r = document.rows[row]
        let links = ReaderLink.on(r, in: article, index)
        let hit: ReaderLink?
        if r.kind == .annotationHeader {
            hit = links.first
        } else if column < 0 {
            hit = links.first { if case .update = $0.kind { return true }; return false } // the gutter's mark
        } else {
            let offset = State.offset(atColumn: column - r.indent, in: r, of: article)
            hit = offset.flatMap { o in links.first { $0.range.start <= o && o < $0.range.end } }
        }
        guard let link = hit else { return }
        reader.choose(link)
        follow(link)
    }

    /// The byte offset of the character drawn at `column` of a text row, as `drawTextRow` lays it out.
    static func offset(atColumn column: Int, in row: Row, of a: Article) -> Int? {
        guard column >= 0, row.kind == .text else { return nil }
        let text = String(decoding: a.bytes[row.start..<row.end], as: UTF8.self)
        var col = 0
        var offset = row.start
        for ch in text {
            let w = ch == "\n" ? 1 : DisplayText.placeholder(for: ch).map { DisplayWidth.of($0) } ?? DisplayWidth.of(ch)
            if column < col + w { return offset }
            col += w
            offset += ch.utf8.count
        }
        return nil
    }
}
