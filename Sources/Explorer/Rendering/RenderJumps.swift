/// The jump list overlay: every recorded place, the current one marked, the selected one highlighted.
func renderJumps(_ s: State, _ screen: inout Screen) {
    let w = s.width - 4, h = s.height - 4
    guard w > 10, h > 3 else { return }
    let box = Rect(x: 2, y: 1, width: w, height: h)
    screen.fill(box)
    Box.frame(&screen, box, style: Style(.borderFocus))
    Box.title(&screen, box, "Jump list · \(s.history.entries.count) places", style: Style(.titleFocus))
    let inner = box.inner
    let entries = s.history.entries
    for i in 0..<inner.height {
        let e = s.jumps.list.top + i
        guard entries.indices.contains(e) else { break }
        let mark = e == s.history.index ? ">" : " "
        let line = "\(mark)\(String(e + 1).padding(toWidth: 4))\(s.describe(entries[e]))"
        let style = e == s.jumps.list.selection ? Style(.selectionFocus) : Style.normal
        screen.fill(Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), style)
        screen.put(inner.x + 1, inner.y + i, truncate(line, inner.width - 2), style, limit: inner.maxX - 1)
    }
}
