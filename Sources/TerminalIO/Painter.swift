import CNcurses
import Explorer
import ProcessSupport
#if canImport(Glibc)
import Glibc
#endif

/// Copies screens to ncurses, only the cells that changed since the last frame. A cell's whole
/// grapheme cluster is drawn (a ZWJ sequence, a flag, a skin tone, combining marks).
public struct Painter {
    public var theme: Theme
    var last: Screen?
    var attrCache: [Role: attr_t] = [:]
    /// How many code points an ncurses cell holds.
    static let cellCapacity = Int(dossier_cell_capacity())

    public init(theme: Theme) { self.theme = theme }

    /// Colour pairs for the theme's roles; the next frame is drawn whole.
    public mutating func setupColors() {
        attrCache = [:]
        for role in Role.allCases {
            let spec = theme.spec(role)
            if theme.depth != .none {
                init_pair(Int16(role.rawValue) + 1, Int16(spec.fg), Int16(spec.bg))
            }
            attrCache[role] = attributes(spec.attributes)
        }
        last = nil
    }

    func attributes(_ a: Attributes) -> attr_t {
        var r = dossier_a_normal()
        if a.contains(.bold) { r |= dossier_a_bold() }
        if a.contains(.underline) { r |= dossier_a_underline() }
        if a.contains(.reverse) { r |= dossier_a_reverse() }
        if a.contains(.dim) { r |= dossier_a_dim() }
        if a.contains(.italic) { r |= dossier_a_italic() }
        return r
    }

    public mutating func draw(_ screen: Screen, force: Bool) {
        let win = dossier_stdscr()
        let reuse = !force && last?.width == screen.width && last?.height == screen.height
        if !reuse { werase(win) }
        var wbuf = [wchar_t](repeating: 0, count: Self.cellCapacity + 1)
        var long: [(x: Int, y: Int, cell: Cell)] = []
        let cells = screen.cells
        let previous = reuse ? last?.cells : nil
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let i = y * screen.width + x
                let cell = cells[i]
                if cell.isContinuation { continue }
                if let p = previous, p[i] == cell { continue }
                var n = 0
                var more = false
                for u in cell.character.unicodeScalars {
                    if n == Self.cellCapacity { more = true; break }
                    wbuf[n] = wchar_t(bitPattern: u.value); n += 1
                }
                if n == 0 { wbuf[0] = 32; n = 1 }
                wbuf[n] = 0
                let (attrs, pair) = style(cell)
                _ = wbuf.withUnsafeBufferPointer { dossier_put_cell(win, Int32(y), Int32(x), $0.baseAddress, Int32(n), attrs, pair) }
                if more { long.append((x, y, cell)) }
            }
        }
        wrefresh(win)
        for (x, y, cell) in long { writeWhole(cell, x, y) }
        last = screen
    }

    /// A cluster longer than a cell holds, written past ncurses in the cell's colours and attributes.
    func writeWhole(_ cell: Cell, _ x: Int, _ y: Int) {
        let spec = theme.spec(cell.style.role)
        let a = spec.attributes.union(cell.style.attributes)
        let colour = theme.depth != .none
        func flag(_ f: Attributes) -> Int32 { a.contains(f) ? 1 : 0 }
        dossier_write_cluster(Int32(y), Int32(x), String(cell.character), colour ? Int32(spec.fg) : -1, colour ? Int32(spec.bg) : -1,
                              flag(.bold), flag(.underline), flag(.reverse), flag(.dim), flag(.italic))
    }

    func style(_ cell: Cell) -> (attr_t, Int16) {
        let attrs = (attrCache[cell.style.role] ?? 0) | attributes(cell.style.attributes)
        let pair = theme.depth == .none ? Int16(0) : Int16(cell.style.role.rawValue) + 1
        return (attrs, pair)
    }

    /// The colours this terminal has (none with NO_COLOR set).
    public static func colorDepth() -> ColorDepth {
        if let v = getenv("NO_COLOR"), v.pointee != 0 { return .none }
        guard has_colors() else { return .none }
        start_color()
        _ = use_default_colors()
        return dossier_colors() >= 256 ? .many : (dossier_colors() >= 8 ? .eight : .none)
    }

    /// Times copying each screen to ncurses (the terminal's output going to /dev/null), `rounds` times;
    /// nil when TERM names no terminal this system knows.
    public static func benchCopy(_ screens: [Screen], rounds: Int) -> [Double]? {
        guard TerminalSession.terminalProblem() == nil, let first = screens.first,
              let out = fopen("/dev/null", "w"), let inp = fopen("/dev/null", "r") else { return nil }
        TerminalSession.setUTF8Locale()
        guard let scr = newterm(nil, out, inp) else { return nil }
        set_term(scr)
        defer { endwin(); delscreen(scr); fclose(out); fclose(inp) }
        _ = resizeterm(Int32(first.height), Int32(first.width))
        var painter = Painter(theme: Theme(name: .dark, depth: colorDepth()))
        painter.setupColors()
        var samples: [Double] = []
        for _ in 0..<rounds {
            for screen in screens {
                let t0 = BenchClock.nanos()
                painter.draw(screen, force: false)
                samples.append(Double(BenchClock.nanos() - t0) / 1e6)
            }
        }
        return samples
    }
}
