import ArticleModel

func renderSections(_ s: State, _ screen: inout Screen, _ r: Rect) {
    let sections = s.index.sections
    let focused = s.focus == .sections
    let current = s.currentSection
    // While another pane has focus, keep the section being read in view.
    var top = s.sectionList.top
    if !focused, let c = current, c < top || c >= top + r.height { top = max(0, c - r.height / 2) }
    for i in 0..<r.height {
        let si = top + i
        guard si < sections.count else { break }
        let sec = sections[si]
        let y = r.y + i
        let style = listRowStyle(si == s.sectionSelection, focused)
        if si == s.sectionSelection { screen.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style) }
        let indent = String(repeating: "  ", count: max(0, min(6, sec.level - 1)))
        let marker = si == current ? "▸ " : "  "
        let titleStyle = sec.level == 1 && si != s.sectionSelection ? Style(.heading) : style
        let x = screen.put(r.x, y, " " + indent, style, limit: r.maxX)
        let x2 = screen.put(x, y, marker, si == current && si != s.sectionSelection ? Style(.cursorMark) : style, limit: r.maxX)
        screen.put(x2, y, truncate(oneLine(sec.title), r.maxX - 1 - x2), titleStyle, limit: r.maxX - 1)
    }
}

let typeLabels: [EntityType: String] = [
    .person: "person", .country: "country", .organization: "org", .place: "place",
    .event: "event", .media: "media", .project: "project", .unknown: "?",
]

func renderEntities(_ s: State, _ screen: inout Screen, _ r: Rect) {
    let a = s.article
    let focused = s.focus == .entities
    if s.entityRows.isEmpty {
        let note = s.modelPending ? "entities: still being found…" : a.entities.isEmpty ? "no entities found" : "no entity matches"
        screen.put(r.x + 1, r.y, note, Style(.dim), limit: r.maxX)
        return
    }
    for i in 0..<r.height {
        let ri = s.entityList.top + i
        guard ri < s.entityRows.count else { break }
        let e = a.entities[s.entityRows[ri]]
        let y = r.y + i
        let selected = ri == s.entitySelection
        let style = listRowStyle(selected, focused)
        screen.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style)
        let count = "\(e.mentionCount)"
        let countX = r.maxX - 1 - count.count
        var x = screen.put(r.x + 1, y, (typeLabels[e.type] ?? e.type.rawValue).padding(toWidth: 8), selected ? style : Style(roleFor(e.type)), limit: countX)
        x = screen.put(x, y, truncate(oneLine(e.name), max(0, countX - x - 1)), selected ? style : .normal, limit: countX)
        screen.put(countX, y, count, selected ? style : Style(.dim), limit: r.maxX)
    }
}

func renderEntityDetail(_ s: State, _ screen: inout Screen, _ r: Rect) {
    let a = s.article
    let rows = s.detailRows
    let focused = s.focus == .entities
    for i in 0..<r.height {
        let ri = s.detailList.top + i
        guard ri < rows.count else { break }
        let y = r.y + i
        let selected = ri == s.detailSelection && rows[ri].isActionable
        let style = listRowStyle(selected, focused)
        if selected { screen.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style) }
        switch rows[ri] {
        case .heading(let t): screen.put(r.x + 1, y, truncate(oneLine(t), r.width - 2), Style(.heading, [.bold]), limit: r.maxX)
        case .text(let t): screen.put(r.x + 1, y, truncate(oneLine(t), r.width - 2), Style(.dim), limit: r.maxX)
        case .blank: break
        case .mention(let m):
            let mention = a.mentions[m]
            let sentence = a.sentences.indices.contains(mention.sentence) ? a.text(of: a.sentences[mention.sentence]) : ""
            let x = screen.put(r.x + 1, y, "¶\(mention.paragraph) ", selected ? style : Style(.dim), limit: r.maxX)
            screen.put(x, y, truncate(oneLine(sentence), r.maxX - x - 1), style, limit: r.maxX)
        case .quote(let q):
            let first = a.quotes[q].paragraphs.min() ?? 0
            let opening = a.paragraphs.indices.contains(first) ? a.text(of: a.paragraphs[first]) : ""
            let x = screen.put(r.x + 1, y, "¶\(first) ", selected ? style : Style(.dim), limit: r.maxX)
            screen.put(x, y, truncate("│ " + oneLine(opening), r.maxX - x - 1), selected ? style : Style(.quote), limit: r.maxX)
        case .neighbour(let e):
            let n = s.neighbours.first { $0.entity == e }
            let x = screen.put(r.x + 1, y, "→ ", style, limit: r.maxX)
            let weight = n.map { " (\($0.weight))" } ?? ""
            let x2 = screen.put(x, y, truncate(oneLine(a.entities[e].name), r.maxX - x - 1 - DisplayWidth.of(weight)),
                                selected ? style : Style(roleFor(a.entities[e].type)), limit: r.maxX)
            screen.put(x2, y, weight, selected ? style : Style(.dim), limit: r.maxX)
        }
    }
}

/// A bar of `value / maximum` over `width` cells with eighth-block precision.
func weightBar(_ value: Int, _ maximum: Int, _ width: Int) -> String {
    guard maximum > 0, width > 0 else { return "" }
    let eighths = max(1, value * width * 8 / maximum)
    let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
}

func renderRelations(_ s: State, _ screen: inout Screen, _ r: Rect) {
    let a = s.article
    guard let sel = s.selectedEntity else {
        screen.put(r.x + 1, r.y, s.modelPending ? "relations: still being found…" : a.entities.isEmpty ? "no entities, so no relations" : "select an entity (3) to see its relations", Style(.dim), limit: r.maxX)
        return
    }
    if s.neighbours.isEmpty {
        screen.put(r.x + 1, r.y, "no relations found for " + oneLine(a.entities[sel].name), Style(.dim), limit: r.maxX)
        return
    }
    let focused = s.focus == .relations
    let maxWeight = s.neighbours.map(\.weight).max() ?? 1
    // Wide enough for the heaviest weight and a space (a big text has weights in the thousands).
    let weightWidth = max(4, String(maxWeight).count + 1)
    let (nameWidth, barWidth, labelWidth) = relationColumns(r.width, longestName: s.neighbours.prefix(500).map { DisplayWidth.of(a.entities[$0.entity].name) }.max() ?? 8,
                                                             weight: weightWidth)
    for i in 0..<r.height {
        let ni = s.relationList.top + i
        guard ni < s.neighbours.count else { break }
        let n = s.neighbours[ni]
        let y = r.y + i
        let selected = ni == s.relationSelection
        let style = listRowStyle(selected, focused)
        screen.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style)
        let e = a.entities[n.entity]
        var x = r.x + 1
        screen.put(x, y, truncate(oneLine(e.name), nameWidth), selected ? style : Style(roleFor(e.type)), limit: r.maxX)
        x += nameWidth + 1
        if barWidth > 0 {
            screen.put(x, y, weightBar(n.weight, maxWeight, barWidth), selected ? style : Style(.bar), limit: r.maxX)
            x += barWidth + 1
        }
        screen.put(x, y, "\(n.weight)", selected ? style : Style(.dim), limit: r.maxX)
        x += weightWidth
        if labelWidth > 0 {
            let label = n.labels.isEmpty ? "–" : n.labels.joined(separator: ", ")
            screen.put(x, y, truncate(oneLine(label), labelWidth), style, limit: r.maxX)
            x += labelWidth + 2
        }
        if let ev = n.evidence.first, a.sentences.indices.contains(ev.sentence), x < r.maxX - 4 {
            let sentence = oneLine(a.text(of: a.sentences[ev.sentence]))
            screen.put(x, y, "“" + truncate(sentence, r.maxX - x - 3) + "”", selected ? style : Style(.dim), limit: r.maxX)
        }
    }
}

/// The relations list's columns for a pane `width` wide: the name, then the bar and the label while the
/// evidence keeps room; the bar goes before the label, the label before the evidence.
func relationColumns(_ width: Int, longestName: Int, weight: Int) -> (name: Int, bar: Int, label: Int) {
    let inner = width - 2
    let name = min(24, max(8, longestName), max(6, inner / 3))
    var bar = width >= 90 ? 12 : 6
    var label = width >= 90 ? 22 : 14
    let evidence = 16
    func used() -> Int { name + 1 + (bar > 0 ? bar + 1 : 0) + weight + (label > 0 ? label + 2 : 0) + evidence }
    if used() > inner { bar = 0 }
    if used() > inner { label = min(label, inner - name - 1 - weight - 2 - evidence) }
    if label < 6 { label = 0 }
    return (name, bar, label)
}
