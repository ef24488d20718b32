import ArticleModel

/// Draws a state into a new screen of the state's size.
public func render(_ s: State) -> Screen {
    var screen = Screen(width: s.width, height: s.height)
    render(s, into: &screen)
    return screen
}

/// Draws a state: panes, borders, status line and any overlay.
public func render(_ s: State, into screen: inout Screen) {
    let layout = s.layout
    if layout.mode == .tooSmall {
        renderTooSmall(s, into: &screen)
        return
    }
    let visible = layout.visible(focus: s.focus)
    for pane in visible {
        guard let r = layout.panes[pane] else { continue }
        let inner = r.inner
        guard inner.width > 0, inner.height > 0 else { continue }
        switch pane {
        case .sections: renderSections(s, &screen, inner)
        case .reader: renderReader(s, &screen, inner)
        case .entities: s.entityDetail == nil ? renderEntities(s, &screen, inner) : renderEntityDetail(s, &screen, inner)
        case .relations:
            if s.evidence.neighbour != nil { renderEvidence(s, &screen, inner) }
            else if s.showGraph { renderGraph(s, &screen, inner) } else { renderRelations(s, &screen, inner) }
        }
    }
    // Borders: unfocused first, the focused pane last so its outline wins on shared lines;
    // titles after all lines so a neighbour's edge never covers them.
    let order = visible.filter { $0 != s.focus } + visible.filter { $0 == s.focus }
    for pane in order {
        guard let r = layout.panes[pane] else { continue }
        Box.frame(&screen, r, style: Style(pane == s.focus ? .borderFocus : .border))
    }
    for pane in order {
        guard let r = layout.panes[pane] else { continue }
        let focused = pane == s.focus
        let pct = " \(s.percent)% "
        let showPercent = pane == .reader && r.width > 12
        Box.title(&screen, r, paneTitle(s, pane), style: Style(focused ? .titleFocus : .title),
                  reserve: showPercent ? DisplayWidth.of(pct) + 1 : 0)
        if showPercent {
            screen.put(r.maxX - 2 - DisplayWidth.of(pct), r.y, pct, Style(focused ? .titleFocus : .title))
        }
    }
    if let sw = layout.switcher { renderSwitcher(s, &screen, sw) }
    renderStatus(s, &screen, layout.status)
    if s.help.isShown { renderHelp(s, &screen) }
    if s.jumps.isShown { renderJumps(s, &screen) }
}

func paneTitle(_ s: State, _ pane: Pane) -> String {
    let n = pane.rawValue + 1
    switch pane {
    case .sections: return "\(n) Sections"
    case .reader: return "\(n) " + titleLine(s.article)
    case .entities:
        var t = "\(n) Entities"
        if let e = s.entityDetail, s.article.entities.indices.contains(e) { return t + ": " + oneLine(s.article.entities[e].name) }
        if let ty = s.typeFilter { t += " · \(ty.rawValue)" }
        if !s.entityFilter.isEmpty || s.input == .filter { t += " /\(s.entityFilter)" }
        return t + " · by \(s.sort.rawValue)"
    case .relations:
        let name = s.selectedEntity.flatMap { s.article.entities.indices.contains($0) ? s.article.entities[$0].name : nil }
        if let other = s.evidence.neighbour, s.article.entities.indices.contains(other), let name {
            return "\(n) Evidence: " + oneLine(name) + " — " + oneLine(s.article.entities[other].name)
        }
        return "\(n) Relations" + (name.map { ": " + oneLine($0) } ?? "") + (s.showGraph ? " · graph" : "")
    }
}

/// The article's title for the reader's frame, `oneLine` of it, made from at most `limit` bytes of the
/// title paragraph: a text that is one long paragraph (a 7 MB line of numbers) has that as its title,
/// and making all of it a String on every frame was most of a keystroke's time.
func titleLine(_ a: Article, limit: Int = 4096) -> String {
    guard let first = a.paragraphs.first, first.kind == .title else { return oneLine("Reader") }
    let (shown, cut) = a.prefix(of: first.range, maxBytes: limit)
    return oneLine(a.text(shown)) + (cut ? "…" : "")
}

/// Text for one screen line: newlines and tabs become spaces.
/// At most `limit` bytes of it: a title may be a whole paragraph of megabytes (a text that is one long
/// word), and no screen shows more than this; scanning all of it cost tens of milliseconds a frame.
func oneLine(_ whole: String, limit: Int = 4096) -> String {
    var s = whole
    if whole.utf8.count > limit {
        var bytes = Array(whole.utf8.prefix(limit))
        if whole.utf8[whole.utf8.index(whole.utf8.startIndex, offsetBy: limit)] & 0xC0 == 0x80 { // cut inside a character
            while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }
            bytes.removeLast()
        }
        s = String(decoding: bytes, as: UTF8.self) + "…"
    }
    guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) else { return s }
    var bytes = Array(s.utf8)
    for i in bytes.indices where bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D { bytes[i] = 0x20 }
    return String(decoding: bytes, as: UTF8.self)
}

/// Cuts text to a display width, ending with "…" when cut. Stops reading at the cut.
func truncate(_ s: String, _ width: Int) -> String {
    guard width > 0 else { return "" }
    var w = 0
    var keep = s.startIndex      // end of the part that fits in width - 1 (room for "…")
    var i = s.startIndex
    while i < s.endIndex {
        let cw = DisplayWidth.of(s[i])
        if w + cw > width {
            return String(s[..<keep]) + "…"
        }
        w += cw
        i = s.index(after: i)
        if w <= width - 1 { keep = i }
    }
    return s
}

func renderTooSmall(_ s: State, into screen: inout Screen) {
    let lines = ["Terminal too small", "need \(Layout.minimumWidth)×\(Layout.minimumHeight), have \(s.width)×\(s.height)", "resize, or q to quit"]
    let top = max(0, (s.height - lines.count) / 2)
    for (i, l) in lines.enumerated() {
        let x = max(0, (s.width - DisplayWidth.of(l)) / 2)
        screen.put(x, top + i, l, Style(i == 0 ? .notice : .normal))
    }
}

func renderSwitcher(_ s: State, _ screen: inout Screen, _ r: Rect) {
    screen.fill(r, Style(.status))
    let slot = max(1, r.width / Pane.allCases.count)
    for p in Pane.allCases {
        let label = " \(p.rawValue + 1) \(p.title)"
        let x = r.x + p.rawValue * slot
        let style = p == s.focus ? Style(.selectionFocus, [.bold]) : Style(.status)
        screen.fill(Rect(x: x, y: r.y, width: slot, height: 1), style)
        screen.put(x, r.y, truncate(label, slot), style, limit: x + slot)
    }
}

/// Fills a list row, highlighted when selected.
func listRowStyle(_ selected: Bool, _ focused: Bool) -> Style {
    selected ? Style(focused ? .selectionFocus : .selection) : .normal
}

func roleFor(_ type: EntityType) -> Role {
    switch type {
    case .person: return .person
    case .country: return .country
    case .organization: return .organization
    case .place: return .place
    case .event: return .event
    case .media: return .media
    case .project: return .project
    case .unknown: return .unknown
    }
}
