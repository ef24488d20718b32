/// The evidence of one relation: a line saying what is listed, then every sentence, the ones that
/// state the label first and marked ★, the selected one highlighted.
func renderEvidence(_ s: State, _ screen: inout Screen, _ r: Rect) {
    let a = s.article
    let ev = s.evidence
    let stating = ev.rows.filter(\.statesLabel).count
    let label = s.neighbours.first { $0.entity == ev.neighbour }?.labels.joined(separator: ", ") ?? ""
    var head = "\(ev.rows.count) sentences"
    if !label.isEmpty { head += " · ★ \(stating) state “\(oneLine(label, limit: 200))”" }
    head += " · Enter or f: read it · Esc: relations"
    screen.put(r.x + 1, r.y, truncate(head, r.width - 2), Style(.dim), limit: r.maxX)
    let focused = s.focus == .relations
    for i in 0..<max(0, r.height - 1) {
        let ri = ev.list.top + i
        guard ev.rows.indices.contains(ri) else { break }
        let row = ev.rows[ri]
        let y = r.y + 1 + i
        let selected = ri == ev.list.selection
        let style = listRowStyle(selected, focused)
        screen.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style)
        let x = screen.put(r.x + 1, y, row.statesLabel ? "★ " : "  ", selected ? style : Style(.annotationHeader), limit: r.maxX)
        guard a.sentences.indices.contains(row.evidence.sentence) else { continue }
        let (shown, cut) = a.prefix(of: a.sentences[row.evidence.sentence].range, maxBytes: 1024)
        let sentence = oneLine(a.text(shown)) + (cut ? "…" : "")
        screen.put(x, y, truncate(sentence, r.maxX - x - 1), style, limit: r.maxX)
    }
}
