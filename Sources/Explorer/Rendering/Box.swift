/// Box-drawing lines that join where they meet: drawing a border over another border turns the
/// crossing into the right junction (├ ┬ ┼ …), so adjacent panes share one line.
enum Box {
    static let up: UInt8 = 1, down: UInt8 = 2, left: UInt8 = 4, right: UInt8 = 8

    static let glyphs: [UInt8: Character] = [
        3: "│", 12: "─", 10: "┌", 6: "┐", 9: "└", 5: "┘", 11: "├", 7: "┤", 14: "┬", 13: "┴", 15: "┼",
        1: "╵", 2: "╷", 4: "╴", 8: "╶",
    ]
    static let directions: [Character: UInt8] = {
        var d: [Character: UInt8] = [:]
        for (k, v) in glyphs { d[v] = k }
        return d
    }()

    /// Adds line directions to a cell, merging with a box glyph already there.
    static func draw(_ screen: inout Screen, _ x: Int, _ y: Int, _ dirs: UInt8, _ style: Style) {
        let existing = directions[screen[x, y].character] ?? 0
        let merged = existing | dirs
        screen.set(x, y, Cell(glyphs[merged] ?? "┼", style: style))
    }

    /// A rectangle outline.
    static func frame(_ screen: inout Screen, _ r: Rect, style: Style) {
        guard r.width >= 2, r.height >= 2 else { return }
        let x1 = r.maxX - 1, y1 = r.maxY - 1
        for x in r.x...x1 {
            let l: UInt8 = x > r.x ? left : 0, rt: UInt8 = x < x1 ? right : 0
            draw(&screen, x, r.y, l | rt | (x == r.x || x == x1 ? down : 0), style)
            draw(&screen, x, y1, l | rt | (x == r.x || x == x1 ? up : 0), style)
        }
        if r.height > 2 {
            for y in (r.y + 1)..<y1 {
                draw(&screen, r.x, y, up | down, style)
                draw(&screen, x1, y, up | down, style)
            }
        }
    }

    /// A title written into the top edge of a frame, ending in "…" when cut; `reserve` columns at the
    /// right are left for another label (the reader's percentage).
    static func title(_ screen: inout Screen, _ r: Rect, _ title: String, style: Style, reserve: Int = 0) {
        guard !title.isEmpty, r.width > 4 else { return }
        let room = r.width - 4 - reserve
        guard room > 2 else { return }
        let shown = DisplayWidth.of(title) + 2 <= room ? " " + title + " " : " " + truncate(title, room - 1)
        screen.put(r.x + 2, r.y, shown, style, limit: r.maxX - 2 - reserve)
    }
}
