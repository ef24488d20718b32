import ArticleModel

/// The explorer's one state transition: a pure function of the state and an action.
public func reduce(_ state: State, _ action: Action) -> State {
    var s = state
    s.message = nil
    let mark = s.pendingMark
    s.pendingMark = nil
    switch action {
    case .command(let c): if mark == nil || c != .close { s.apply(c) }
    case .insert(let ch): if let mark { s.mark(mark, ch) } else { s.type(String(ch)) }
    case .paste(let text):
        if s.input != nil { s.type(String(text.prefix(InputLine.maxLength + 1).map { $0.isNewline || $0 == "\t" ? " " : $0 })) }
    case .deleteBackward: s.deleteBackward()
    case .resize(let w, let h): s.relayout(width: max(0, w), height: max(0, h))
    case .mouse(let m): s.mouse(m)
    case .modelReady(let model): s.replaceArticle(model.article, index: model.index)
    case .note(let text): s.message = text
    case .resume(let memory, let lastRead): s.resume(memory, lastRead: lastRead)
    }
    if s.evidence.neighbour != nil, s.evidence.owner != s.selectedEntity { s.evidence.close() }
    s.keepWindowAroundReader()
    return s
}

extension State {
    mutating func apply(_ c: Command) {
        if jumps.isShown, jumpsHandles(c) { return }
        if help.isShown, helpHandles(c) { return }
        switch c {
        case .down: move(1)
        case .up: move(-1)
        case .halfPageDown: move(max(1, paneHeight / 2), page: true)
        case .halfPageUp: move(-max(1, paneHeight / 2), page: true)
        case .pageDown: move(max(1, paneHeight - 1), page: true)
        case .pageUp: move(-max(1, paneHeight - 1), page: true)
        case .top:
            if focus == .reader { jump { s in s.reveal(paragraph: 0); s.moveCursor(to: 0) } } else { move(-Int.max / 4, page: true) }
        case .bottom:
            if focus == .reader {
                jump { s in s.reveal(paragraph: s.article.paragraphs.count - 1); s.moveCursor(to: s.document.rows.count - 1) }
            } else { move(Int.max / 4, page: true) }
        case .nextPane: setFocus(Pane(rawValue: (focus.rawValue + 1) % Pane.allCases.count)!)
        case .previousPane: setFocus(Pane(rawValue: (focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!)
        case .sectionsPane: setFocus(.sections)
        case .readerPane: setFocus(.reader)
        case .entitiesPane: setFocus(.entities)
        case .relationsPane: setFocus(.relations)
        case .open: open()
        case .search: startInput()
        case .filterParagraphs: startParagraphFilter()
        case .nextMatch: stepMatch(1)
        case .previousMatch: stepMatch(-1)
        case .nextAnnotation: stepAnnotation(1)
        case .previousAnnotation: stepAnnotation(-1)
        case .nextSection: stepSection(1)
        case .previousSection: stepSection(-1)
        case .nextLink: stepLink(1)
        case .previousLink: stepLink(-1)
        case .follow: follow()
        case .jumpList: jumps.show(current: history.index, count: history.entries.count, height: jumpsHeight)
        case .setMark: pendingMark = .set; message = "mark: type a letter"
        case .goToMark: pendingMark = .go; message = "go to mark: type a letter"
        case .back:
            if let p = history.back(from: place) { restore(p) } else { message = "no earlier place" }
        case .forward:
            if let p = history.forward(from: place) { restore(p) } else { message = "no later place" }
        case .cycleType:
            guard focus == .entities else { message = "t filters the entities by type: press 3 for the entities pane"; return }
            entityPane.cycleType(in: index)
            recomputeEntityRows()
            message = "showing " + (typeFilter.map { "\($0.rawValue) entities" } ?? "every type")
        case .cycleSort:
            guard focus == .entities else { message = "s sorts the entities: press 3 for the entities pane"; return }
            entityPane.cycleSort()
            recomputeEntityRows()
            message = "entities sorted by " + sort.rawValue
        case .toggleGraph:
            guard focus == .relations else { message = "v shows the relations as a graph: press 4 for the relations pane"; return }
            entityPane.toggleGraph()
            message = showGraph ? "relations as a graph picture" : "relations as a list"
        case .toggleMouse:
            mouseEnabled.toggle()
            message = mouseEnabled ? "mouse on" : "mouse off: the terminal selects text"
        case .toggleTheme:
            theme = theme == .dark ? .light : .dark
            message = theme == .dark ? "dark theme" : "light theme"
        case .widerText: setTextWidth(min(textWidth, wrapWidth) + State.textWidthStep)
        case .narrowerText: setTextWidth(min(textWidth, wrapWidth) - State.textWidthStep)
        case .defaultTextWidth: setTextWidth(State.defaultTextWidth)
        case .toggleNumbers: toggleParagraphNumbers()
        case .help:
            help.toggle()
        case .close: close()
        case .quit: quitRequested = true
        case .redraw: redrawRequested += 1
        }
    }

    var paneHeight: Int { layout.contentHeight(focus) }

    // MARK: Help overlay

    /// Keys the help overlay takes for itself while it is open.
    mutating func helpHandles(_ c: Command) -> Bool {
        if help.scroll(c, page: max(1, height - 6), count: helpLines.count) { return true }
        switch c {
        case .help, .close:
            if input == .helpSearch { input = nil; help.setFilter(""); return true }
            help.hide()
            return true
        case .search:
            input = .helpSearch
            help.setFilter("")
            return true
        case .open:
            if input == .helpSearch { input = nil }
            return true
        case .quit, .redraw, .toggleMouse, .toggleTheme: return false
        default: return true
        }
    }

    // MARK: Focus and movement

    mutating func setFocus(_ p: Pane) {
        focus = p
        if layout.mode == .single { layout = Layout.compute(width: width, height: height, focus: p) }
    }

    mutating func move(_ delta: Int, page: Bool = false) {
        switch focus {
        case .reader:
            if page { scroll(by: delta) } else { moveCursor(to: readerCursor + delta) }
        case .sections:
            guard !index.sections.isEmpty else { return }
            sectionList.move(by: delta, count: index.sections.count, height: paneHeight)
            let p = index.sections[sectionList.selection].first
            if let r = rowOf(paragraph: p) { show(row: r) }
        case .entities:
            if entityDetail != nil {
                entityPane.moveDetail(by: delta, rows: detailRows, height: paneHeight)
            } else {
                entityPane.move(by: delta, in: article, height: paneHeight)
            }
        case .relations:
            if evidence.neighbour != nil { evidence.move(by: delta, height: paneHeight - 1); return }
            entityPane.moveRelation(by: delta, height: paneHeight)
        }
    }

    // MARK: Opening and following

    /// Records a jump: `change` moves to the destination, the history keeps where we were.
    mutating func jump(_ change: (inout State) -> Void) {
        let from = place
        change(&self)
        history.jump(from: from, to: place)
    }

    mutating func open() {
        if let line = input {
            input = nil
            if line == .search {
                // The search's whole move, from where it began to the hit kept, is one jump.
                if let o = search.origin, !search.hits.isEmpty {
                    var from = place
                    from.readerTop = o[0]
                    from.readerCursor = o[1]
                    history.jump(from: from, to: place)
                } else if search.hits.isEmpty, !search.query.isEmpty {
                    message = "Pattern not found: " + search.query
                }
                search.keep()
            }
            if line == .paragraphFilter { applyParagraphFilter() }
            return
        }
        switch focus {
        case .sections:
            guard index.sections.indices.contains(sectionSelection) else { return }
            let p = index.sections[sectionSelection].first
            jump { s in
                if let r = s.rowOf(paragraph: p) { s.show(row: r) }
                s.setFocus(.reader)
            }
        case .reader: follow()
        case .entities:
            if entityDetail != nil {
                openDetailRow()
            } else if entityRows.indices.contains(entitySelection) {
                let e = entityRows[entitySelection]
                jump { s in s.showDetail(of: e) }
            }
        case .relations:
            if evidence.neighbour != nil { followEvidence(); return }
            guard neighbours.indices.contains(relationSelection) else { return }
            let e = neighbours[relationSelection].entity
            jump { s in
                s.select(entity: e)
                if s.entityDetail != nil { s.entityPane.openDetail(e) }
            }
        }
    }

    /// Selects an entity and shows its details with the first actionable row selected.
    mutating func showDetail(of e: Int) {
        select(entity: e)
        entityPane.openDetail(e)
        let saved = focus
        focus = .entities
        move(0)
        focus = saved
    }

    mutating func openDetailRow() {
        let rows = detailRows
        guard rows.indices.contains(detailSelection) else { return }
        switch rows[detailSelection] {
        case .mention(let m):
            let mention = article.mentions[m]
            jump { s in
                s.reveal(paragraph: mention.paragraph)
                s.show(row: s.document.row(forOffset: mention.range.start, paragraph: mention.paragraph))
                s.setFocus(.reader)
            }
        case .neighbour(let e):
            jump { s in s.showDetail(of: e) }
        case .quote(let q):
            if let first = article.quotes[q].paragraphs.min() { jump(toParagraph: first) }
        default: break
        }
    }

    // MARK: Jumps in the reader

    /// Compares places by anchor, not row, so it works when only part of a big text is laid out.
    mutating func stepAnnotation(_ dir: Int) {
        let here = place.readerCursor
        let heads = index.annotationOrder.compactMap { a -> Anchor? in
            guard let p = article.annotations[a].paragraphs.min(), article.paragraphs.indices.contains(p) else { return nil }
            return headAnchor(of: p)
        }
        let target = dir > 0 ? heads.first { $0 > here } : heads.last { $0 < here }
        guard let t = target, let r = rowOf(paragraph: t.paragraph) else {
            message = dir > 0 ? "no annotation below" : "no annotation above"; return
        }
        jump { s in
            s.show(row: r)
            s.setFocus(.reader)
        }
    }

    mutating func stepSection(_ dir: Int) {
        let here = place.readerCursor
        // The first section starting after the cursor (or the last one before it), found by a scan that
        // stops there and makes nothing per section: a text of a million one-line paragraphs has a hundred
        // thousand sections, and a list of all their starts cost 10 ms a key.
        func starts(_ i: Int, _ beyond: (Anchor) -> Bool) -> Bool {
            let first = index.sections[i].first
            return article.paragraphs.indices.contains(first) && beyond(headAnchor(of: first))
        }
        let target = dir > 0 ? index.sections.indices.first { starts($0) { $0 > here } }
                             : index.sections.indices.last { starts($0) { $0 < here } }
        guard let i = target, let r = rowOf(paragraph: index.sections[i].first) else {
            message = dir > 0 ? "last section" : "first section"; return
        }
        jump { s in
            s.show(row: r)
            s.sectionList.select(i, count: s.index.sections.count, height: s.layout.contentHeight(.sections))
        }
    }

    // MARK: Search and filters

    mutating func startInput() {
        if focus == .entities {
            input = .filter
            entityPane.openDetail(nil)
            return
        }
        input = .search
        setFocus(.reader)
        search = .begin(at: [place.readerTop, place.readerCursor])
    }

    mutating func type(_ text: String) {
        func add(_ line: inout String) -> Bool {
            let room = InputLine.maxLength - line.count
            if text.count > room { message = "a text line holds at most \(InputLine.maxLength) characters" }
            guard room > 0 else { return false }
            line += text.prefix(room)
            return true
        }
        switch input {
        case .search:
            var q = search.query
            if add(&q) { updateSearch(q) }
        case .filter:
            var f = entityFilter
            if add(&f) { setEntityFilter(f) }
        case .helpSearch:
            var f = help.filter
            if add(&f) { help.setFilter(f) }
        case .paragraphFilter:
            var f = paragraphFilter.draft
            if add(&f) { paragraphFilter.draft = f }
        case nil:
            if focus == .entities, entityDetail == nil, !help.isShown {
                input = .filter
                entityPane.setFilter("")
                type(text)
            }
        }
    }

    mutating func deleteBackward() {
        switch input {
        case .search: if !search.query.isEmpty { updateSearch(String(search.query.dropLast())) }
        case .filter: if !entityFilter.isEmpty { setEntityFilter(String(entityFilter.dropLast())) }
        case .helpSearch: if !help.filter.isEmpty { help.setFilter(String(help.filter.dropLast())) }
        case .paragraphFilter: paragraphFilter.draft = String(paragraphFilter.draft.dropLast())
        case nil: break
        }
    }

    /// Incremental search: every match highlighted, the first at or after where the search began selected.
    mutating func updateSearch(_ query: String) {
        search.find(query, in: article)
        let origin = search.origin
        if let o = origin { reveal(paragraph: o[1].paragraph) }
        let originRow = origin.map { document.row(for: $0[1]) } ?? readerCursor
        if search.hits.isEmpty {
            if let o = origin { returnTo(top: o[0], cursor: o[1]) }
            return
        }
        let start = document.rows.indices.contains(originRow) ? document.rows[originRow].start : 0
        search.selectFirst(atOrAfter: start, in: article)
        showHit()
    }

    mutating func showHit() {
        guard let h = currentHit, hits.indices.contains(h), let p = article.paragraph(containing: hits[h].start) else { return }
        reveal(paragraph: p)
        let row = document.row(forOffset: hits[h].start, paragraph: p)
        if row < readerTop || row >= readerTop + readerHeight { show(row: row) } else { reader.point(at: row, height: readerHeight) }
    }

    mutating func close() {
        if let line = input {
            input = nil
            switch line {
            case .search:
                if let o = search.origin { returnTo(top: o[0], cursor: o[1]) }
                search = SearchState()
            case .filter:
                entityPane.setFilter("")
                recomputeEntityRows()
            case .helpSearch: help.setFilter("")
            case .paragraphFilter: paragraphFilter.draft = ""
            }
            return
        }
        if help.isShown { help.hide(); return }
        if entityDetail != nil, focus == .entities { entityPane.openDetail(nil); return }
        if evidence.neighbour != nil, focus == .relations { evidence.close(); return }
        if !hits.isEmpty { search = SearchState(); return }
        if !entityFilter.isEmpty { entityPane.setFilter(""); recomputeEntityRows() }
    }

    /// A new entity filter: the list again, its first entity selected.
    mutating func setEntityFilter(_ text: String) {
        entityPane.setFilter(text)
        recomputeEntityRows()
        select(entity: entityRows.first)
    }

    // MARK: Mouse

    mutating func mouse(_ m: MouseEvent) {
        guard mouseEnabled else { return }
        switch m {
        case .click(let x, let y):
            if let sw = layout.switcher, sw.contains(x, y) {
                let slot = max(1, width / Pane.allCases.count)
                setFocus(Pane(rawValue: min(Pane.allCases.count - 1, x / slot))!)
                return
            }
            guard let pane = paneAt(x, y), let r = layout.panes[pane] else { return }
            setFocus(pane)
            let row = y - r.y - 1
            guard row >= 0, row < r.height - 2 else { return }
            switch pane {
            case .reader: click(readerRow: readerTop + row, column: x - r.x - 2)
            case .sections: move(sectionList.top + row - sectionList.selection)
            case .entities:
                if entityDetail != nil { entityPane.selectDetail(detailList.top + row, count: detailRows.count, height: paneHeight) }
                else { move(entityList.top + row - entityList.selection) }
            case .relations:
                if evidence.neighbour != nil { if row > 0 { evidence.select(evidence.list.top + row - 1, height: paneHeight - 1); followEvidence() } }
                else if !showGraph { move(relationList.top + row - relationList.selection) }
            }
        case .wheelUp(let x, let y), .wheelDown(let x, let y):
            let delta: Int
            if case .wheelUp = m { delta = -3 } else { delta = 3 }
            guard let pane = paneAt(x, y) else { return }
            let saved = focus
            focus = pane
            move(delta, page: pane == .reader)
            focus = saved
        }
    }

    func paneAt(_ x: Int, _ y: Int) -> Pane? {
        // Later panes are drawn over shared borders; prefer the one whose inside holds the point.
        layout.visible(focus: focus).first { layout.panes[$0]?.inner.contains(x, y) ?? false }
            ?? layout.visible(focus: focus).first { layout.panes[$0]?.contains(x, y) ?? false }
    }
}

