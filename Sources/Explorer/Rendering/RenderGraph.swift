import ArticleModel

/// The graph picture: the selected entity boxed in the middle, its strongest neighbours on both
/// sides, joined by edges drawn thicker for heavier ties (━ at least half the heaviest, ─ at least
/// 15% of it, ┄ lighter).
func renderGraph(_ s: State, _ screen: inout Screen, _ r: Rect) {
    let a = s.article
    guard let sel = s.selectedEntity, r.height >= 3, r.width >= 30 else {
        screen.put(r.x + 1, r.y, s.selectedEntity == nil ? "select an entity (3) to draw its graph" : "too little room for the graph", Style(.dim), limit: r.maxX)
        return
    }
    // Wide panes: neighbours on both sides of a centred box. Narrow ones: the box at the left.
    let twoSided = r.width >= 60
    let name = truncate(oneLine(a.entities[sel].name), max(4, r.width / 3))
    let boxWidth = DisplayWidth.of(name) + 4
    let cx = twoSided ? r.x + r.width / 2 : r.x + 1 + boxWidth / 2
    let cy = r.y + r.height / 2
    let box = Rect(x: cx - boxWidth / 2, y: cy - 1, width: boxWidth, height: 3)
    let perSide = max(1, r.height)
    let shown = Array(s.neighbours.prefix(perSide * (twoSided ? 2 : 1)))
    if shown.isEmpty {
        screen.put(r.x + 1, r.y, "no relations found for " + oneLine(a.entities[sel].name), Style(.dim), limit: r.maxX)
    }
    let maxWeight = shown.map(\.weight).max() ?? 1
    // Strongest first, alternating left and right.
    let left = twoSided ? shown.enumerated().filter { $0.offset % 2 == 0 }.map(\.element) : []
    let right = twoSided ? shown.enumerated().filter { $0.offset % 2 == 1 }.map(\.element) : shown
    let leftSpine = box.x - 3
    let rightSpine = box.maxX + 2
    func rows(_ count: Int) -> [Int] {
        (0..<count).map { r.y + ($0 * 2 + 1) * r.height / (count * 2) }
    }
    func edge(_ w: Int) -> String { w * 2 >= maxWeight ? "━" : (w * 20 >= maxWeight * 3 ? "─" : "┄") }
    // The selected relation (j/k, Enter) is marked ▸ and highlighted, as in the list.
    let chosen = s.neighbours.indices.contains(s.relationSelection) ? s.neighbours[s.relationSelection].entity : nil
    func nodeStyle(_ n: Neighbour) -> Style {
        n.entity == chosen ? listRowStyle(true, s.focus == .relations) : Style(roleFor(a.entities[n.entity].type))
    }
    func nodeLabel(_ n: Neighbour, _ width: Int) -> String {
        truncate((n.entity == chosen ? "▸ " : "") + oneLine(a.entities[n.entity].name) + " \(n.weight)", max(1, width))
    }
    let spineStyle = Style(.border)
    // Left side.
    let leftRows = rows(left.count)
    for (n, y) in zip(left, leftRows) {
        let x = screen.put(r.x + 1, y, nodeLabel(n, leftSpine - r.x - 3), nodeStyle(n), limit: leftSpine - 1)
        var ex = x + 1
        while ex < leftSpine { screen.put(ex, y, edge(n.weight), Style(.bar)); ex += 1 }
        Box.draw(&screen, leftSpine, y, Box.left, spineStyle)
    }
    // Right side.
    let rightRows = rows(right.count)
    for (n, y) in zip(right, rightRows) {
        let label = nodeLabel(n, r.maxX - rightSpine - 4)
        let lw = DisplayWidth.of(label)
        let lx = r.maxX - 1 - lw
        screen.put(lx, y, label, nodeStyle(n), limit: r.maxX)
        var ex = rightSpine + 1
        while ex < lx - 1 { screen.put(ex, y, edge(n.weight), Style(.bar)); ex += 1 }
        Box.draw(&screen, rightSpine, y, Box.right, spineStyle)
    }
    // Spines and links into the box.
    for (spine, ys, toBox) in [(leftSpine, leftRows, Box.right), (rightSpine, rightRows, Box.left)] where !ys.isEmpty {
        let lo = min(ys.min()!, cy), hi = max(ys.max()!, cy)
        for y in lo...hi {
            var d: UInt8 = 0
            if y > lo { d |= Box.up }
            if y < hi { d |= Box.down }
            Box.draw(&screen, spine, y, d, spineStyle)
        }
        Box.draw(&screen, spine, cy, toBox, spineStyle)
        let from = toBox == Box.right ? spine + 1 : box.maxX
        let to = toBox == Box.right ? box.x : spine
        if from < to { for x in from..<to { Box.draw(&screen, x, cy, Box.left | Box.right, spineStyle) } }
    }
    screen.fill(box)
    Box.frame(&screen, box, style: Style(.graphNode))
    if !left.isEmpty { Box.draw(&screen, box.x, cy, Box.left, Style(.graphNode)) }
    if !right.isEmpty { Box.draw(&screen, box.maxX - 1, cy, Box.right, Style(.graphNode)) }
    screen.put(box.x + 2, cy, name, Style(.graphNode, [.bold]), limit: box.maxX - 1)
    if let c = chosen, !shown.contains(where: { $0.entity == c }), let n = s.neighbours.first(where: { $0.entity == c }) {
        // Selected past the neighbours drawn: say which it is.
        screen.put(r.x + 1, r.maxY - 1, truncate("▸ " + oneLine(a.entities[c].name) + " \(n.weight) (not drawn)", r.width - 2), nodeStyle(n), limit: r.maxX)
    }
}
