import ArticleModel

/// The jump list (vim's): every jump recorded, the overlay that lists them, and `n`/`N` as jumps that
/// continue from the reader's cursor.
extension State {
    /// Rows the jump list overlay shows.
    var jumpsHeight: Int { max(1, height - 6) }

    /// Keys the jump list overlay takes for itself while it is open.
    mutating func jumpsHandles(_ c: Command) -> Bool {
        let count = history.entries.count
        switch c {
        case .down: jumps.move(by: 1, count: count, height: jumpsHeight)
        case .up: jumps.move(by: -1, count: count, height: jumpsHeight)
        case .halfPageDown, .pageDown: jumps.move(by: jumpsHeight / 2 + 1, count: count, height: jumpsHeight)
        case .halfPageUp, .pageUp: jumps.move(by: -(jumpsHeight / 2 + 1), count: count, height: jumpsHeight)
        case .top: jumps.move(by: -count, count: count, height: jumpsHeight)
        case .bottom: jumps.move(by: count, count: count, height: jumpsHeight)
        case .open, .follow:
            jumps.hide()
            if let p = history.go(to: jumps.list.selection, from: place) { restore(p) }
        case .jumpList, .close, .help: jumps.hide()
        case .quit, .redraw, .toggleMouse, .toggleTheme: return false
        default: break
        }
        return true
    }

    /// A jump list entry as the overlay shows it: the pane, the section and the opening words there.
    public func describe(_ p: Place) -> String {
        let a = p.readerCursor
        guard article.paragraphs.indices.contains(a.paragraph) else { return p.focus.title }
        let section = index.sectionOf.indices.contains(a.paragraph) && index.sections.indices.contains(index.sectionOf[a.paragraph])
            ? "§ " + oneLine(index.sections[index.sectionOf[a.paragraph]].title, limit: 200) + " · " : ""
        var where_ = section + openingWords(paragraph: a.paragraph, from: a.offset)
        if p.focus == .entities, let e = p.entityDetail ?? p.selectedEntity, article.entities.indices.contains(e) {
            where_ = article.entities[e].name + " (entities) · " + where_
        }
        return where_
    }

    /// About `words` words of paragraph `p` from byte `offset` (its start when the offset is before it).
    public func openingWords(paragraph p: Int, from offset: Int = -1, words: Int = 8) -> String {
        let range = article.paragraphs[p].range
        let start = max(range.start, min(offset, range.end))
        let (shown, cut) = article.prefix(of: TextRange(start, range.end), maxBytes: 240)
        let text = oneLine(article.text(shown))
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        let more = cut || parts.count > words
        return "“" + parts.prefix(words).joined(separator: " ") + (more ? "…" : "") + "”"
    }

    /// `n` (1) and `N` (-1): the next hit after the cursor (after the current hit while the cursor is on
    /// its row), round the ends with vim's notice; a jump in the jump list.
    mutating func stepMatch(_ dir: Int) {
        guard !hits.isEmpty else {
            message = query.isEmpty ? "no search: press / to search" : "Pattern not found: " + query
            return
        }
        guard document.rows.indices.contains(readerCursor) else { return }
        let row = document.rows[readerCursor]
        let onCurrent = currentHit.map { hits.indices.contains($0) && hits[$0].start >= row.start && hits[$0].start < max(row.end, row.start + 1) } ?? false
        var wrapped = false
        jump { s in
            wrapped = onCurrent ? s.search.step(dir, in: s.article) : s.search.select(dir, from: row.start, in: s.article)
            s.showHit()
            s.setFocus(.reader)
        }
        if wrapped { message = dir > 0 ? "search hit BOTTOM, continuing at TOP" : "search hit TOP, continuing at BOTTOM" }
    }
}

extension State {
    /// `m` or `'` and then `letter`: marks this place, or goes to the place marked (a jump).
    mutating func mark(_ key: MarkKey, _ letter: Character) {
        guard letter.isLetter, letter.isASCII else { message = "a mark is a letter a–z or A–Z"; return }
        switch key {
        case .set:
            marks[letter] = place
            message = "mark \(letter) set"
        case .go:
            guard let p = marks[letter] else { message = "mark \(letter) not set"; return }
            jump { s in s.restore(p) }
            message = "mark \(letter)"
        }
    }
}
