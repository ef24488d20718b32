import ArticleModel

func renderStatus(_ s: State, _ screen: inout Screen, _ r: Rect) {
    guard r.height > 0 else { return }
    screen.fill(r, Style(.status))
    let y = r.y
    var x = r.x
    switch s.input {
    case .search:
        let count = s.hits.isEmpty ? (s.query.isEmpty ? "" : s.modelPending ? "search waits for the model" : "no match") : "\((s.currentHit ?? 0) + 1)/\(s.search.count)"
        prompt(&screen, r, " / ", s.query, count, [("Enter", "keep"), ("Esc", "cancel")])
        return
    case .filter:
        prompt(&screen, r, " filter ", s.entityFilter, "\(s.entityRows.count) of \(s.article.entities.count)", [("Enter", "keep"), ("Esc", "clear")])
        return
    case .helpSearch:
        prompt(&screen, r, " help / ", s.help.filter, "", [("Enter", "keep"), ("Esc", "clear")])
        return
    case .paragraphFilter:
        prompt(&screen, r, " & ", s.paragraphFilter.draft, s.paragraphFilter.draft.isEmpty ? "Enter alone: all paragraphs" : "",
               [("Enter", "show only matching"), ("Esc", "cancel")])
        return
    case nil: break
    }
    if s.jumps.isShown {
        x = screen.put(x, y, " JUMPS ", Style(.statusMode), limit: r.maxX)
        hints(&screen, r, [("j/k", "select"), ("Enter", "go"), ("Esc", "close")], after: x)
        return
    }
    if s.help.isShown {
        x = screen.put(x, y, " HELP ", Style(.statusMode), limit: r.maxX)
        hints(&screen, r, [("j/k", "scroll"), ("/", "search"), ("Esc", "close"), ("q", "quit")], after: x)
        return
    }
    var place = " "
    if let sec = s.currentSection, s.index.sections.indices.contains(sec) {
        place += "§ " + truncate(oneLine(s.index.sections[sec].title), max(8, r.width / 4)) + " · "
    }
    place += "\(s.percent)%"
    x = screen.put(x, y, place, Style(.status), limit: r.maxX)
    if s.paragraphFilter.isOn {
        let f = "& " + truncate(oneLine(s.paragraphFilter.pattern), max(6, r.width / 6)) + " \(s.paragraphFilter.count)¶"
        x = screen.put(x + 2, y, f, Style(.statusMode), limit: r.maxX)
    }
    if !s.hits.isEmpty {
        x = screen.put(x + 2, y, "[\((s.currentHit ?? 0) + 1)/\(s.search.count)] n/N", Style(.statusKey), limit: r.maxX)
    }
    if let m = s.message {
        screen.put(x + 2, y, truncate(oneLine(m, limit: 1024), r.maxX - x - 3), Style(.statusMode), limit: r.maxX)
        return
    }
    if s.modelPending {
        x = screen.put(x + 2, y, " building the model… ", Style(.statusMode), limit: r.maxX)
    }
    var keys: [(String, String)]
    switch s.focus {
    case .sections: keys = [("Enter", "read"), ("}{", "section")]
    case .reader: keys = [("/", "search"), ("f", s.currentLink.map { truncate(linkLabel(s, $0), 24) } ?? "follow"), ("w b", "link"), ("][", "note")]
    case .entities: keys = s.entityDetail == nil ? [("/", "filter"), ("t", "type"), ("s", "sort"), ("Enter", "open")] : [("Enter", "go"), ("Esc", "list")]
    case .relations: keys = s.evidence.neighbour != nil ? [("Enter", "read"), ("Esc", "relations")] : [("Enter", "select"), ("v", "graph"), ("f", "evidence")]
    }
    // Fit what there is room for: the pane's own keys and help/quit first, then Tab and back.
    let room = r.maxX - x - 2
    let last: [(String, String)] = [("?", "help"), ("q", "quit")]
    var extra: [(String, String)] = [("Tab", "pane"), ("⌫", "back")]
    while !extra.isEmpty, hintsWidth(keys + extra + last) > room { extra.removeFirst() }
    while !keys.isEmpty, hintsWidth(keys + extra + last) > room { keys.removeLast() }
    let shown = keys + extra + last
    if hintsWidth(shown) <= room { hints(&screen, r, shown) }
}

func hintsWidth(_ keys: [(String, String)]) -> Int {
    keys.reduce(0) { $0 + DisplayWidth.of($1.0) + DisplayWidth.of($1.1) + 3 }
}

/// A prompt line: the mode, what is typed with the cursor after it, a count, and the hints on the right.
/// Typed text too long for the line shows its end ("…" and the tail, where the cursor is), and the hints
/// give way before the text does.
func prompt(_ screen: inout Screen, _ r: Rect, _ mode: String, _ text: String, _ count: String, _ keys: [(String, String)]) {
    var x = screen.put(r.x, r.y, mode, Style(.statusMode), limit: r.maxX)
    let fixed = 1 + 1 + (count.isEmpty ? 0 : 2 + DisplayWidth.of(count)) // space, cursor, count
    let withHints = r.maxX - x - fixed - hintsWidth(keys) - 2
    let showHints = withHints >= min(DisplayWidth.of(text), 12)
    x = screen.put(x + 1, r.y, fieldTail(text, showHints ? withHints : r.maxX - x - fixed), Style(.status), limit: r.maxX)
    x = screen.put(x, r.y, "▏", Style(.statusKey), limit: r.maxX)
    if !count.isEmpty { screen.put(x + 2, r.y, count, Style(.statusKey), limit: r.maxX) }
    if showHints { hints(&screen, r, keys) }
}

/// The end of `text` that fits `width` columns: all of it, or "…" and as much of its tail as fits.
func fieldTail(_ text: String, _ width: Int) -> String {
    guard width > 0 else { return "" }
    if DisplayWidth.of(text) <= width { return text }
    var used = 1, start = text.endIndex
    while start > text.startIndex {
        let previous = text.index(before: start)
        let w = DisplayWidth.of(text[previous])
        if used + w > width { break }
        used += w
        start = previous
    }
    return "…" + text[start...]
}

/// Right-aligned "key action" hints, as many as fit right of column `after` (the first ones give way).
func hints(_ screen: inout Screen, _ r: Rect, _ keys: [(String, String)], after: Int? = nil) {
    var keys = keys[...]
    while !keys.isEmpty, hintsWidth(Array(keys)) > r.maxX - (after ?? r.x) - 1 { keys = keys.dropFirst() }
    var x = r.maxX - hintsWidth(Array(keys))
    for (k, label) in keys {
        x = screen.put(x, r.y, k, Style(.statusKey, [.bold]), limit: r.maxX)
        x = screen.put(x + 1, r.y, label, Style(.status), limit: r.maxX)
        x += 2
    }
}

func renderHelp(_ s: State, _ screen: inout Screen) {
    let w = State.helpBoxWidth(s.width), h = s.height - 4
    guard w > 10, h > 3 else { return }
    let box = Rect(x: (s.width - w) / 2, y: 1, width: w, height: h)
    screen.fill(box)
    Box.frame(&screen, box, style: Style(.borderFocus))
    Box.title(&screen, box, "Help · keys from the action table", style: Style(.titleFocus))
    let lines = s.helpLines
    let inner = box.inner
    for i in 0..<inner.height {
        let li = s.help.list.top + i
        guard li < lines.count else { break }
        let line = lines[li]
        let isHeading = !line.hasPrefix(" ")
        screen.put(inner.x + 1, inner.y + i, line, isHeading ? Style(.heading, [.bold]) : .normal, limit: inner.maxX - 1)
    }
    if lines.count > inner.height {
        let more = " \(min(lines.count, s.help.list.top + inner.height))/\(lines.count) "
        screen.put(box.maxX - 2 - more.count, box.maxY - 1, more, Style(.titleFocus))
    }
}

/// What following a link shows: the entity's name, or where a cross-reference or an update leads.
func linkLabel(_ s: State, _ link: ReaderLink) -> String {
    let a = s.article
    switch link.kind {
    case .mention(let m):
        return a.entities.indices.contains(a.mentions[m].entity) ? oneLine(a.entities[a.mentions[m].entity].name, limit: 200) : "follow"
    case .crossReference(let c):
        return "→ " + (a.crossReferences[c].target?.first.map { sectionName(s, $0) } ?? "")
    case .annotation(let an):
        return "→ " + (a.annotations[an].annotates.first.map { sectionName(s, $0) } ?? "")
    case .update(let an):
        return "→ update" + (a.annotations[an].paragraphs.min().map { " in " + sectionName(s, $0) } ?? "")
    }
}

/// The title of the section paragraph `p` is in, "§ …".
func sectionName(_ s: State, _ p: Int) -> String {
    guard s.index.sectionOf.indices.contains(p), s.index.sections.indices.contains(s.index.sectionOf[p]) else { return "¶" }
    return "§ " + oneLine(s.index.sections[s.index.sectionOf[p]].title, limit: 200)
}
