extension State {
    /// The help box: the width there is, up to 100 columns.
    static func helpBoxWidth(_ width: Int) -> Int { min(width - 4, 100) }
    /// The help overlay's lines at the box's width (inside its border, a margin each side).
    public var helpLines: [String] { help.lines(width: max(10, State.helpBoxWidth(width) - 4)) }
}

/// The help overlay's text, generated from the action table.
public enum HelpOverlay {
    public static let keyColumn = 28

    /// The keys' column at a width: 28 where there is room, narrower in a small box (45 columns) so
    /// that a short entry stays on one line.
    static func keyColumn(for width: Int) -> Int { width >= 60 ? keyColumn : max(8, min(keyColumn, width * 2 / 5)) }

    /// Group headings and "keys  help" lines; with a filter, only matching lines and their headings.
    /// An entry wider than `width` wraps under its help column (under its keys, when the column leaves
    /// too little room).
    public static func lines(filter: String = "", width: Int = Int.max) -> [String] {
        let q = filter.lowercased()
        var out: [String] = []
        var group = ""
        var pending: String? = nil
        for spec in Actions.table {
            if spec.group != group {
                group = spec.group
                pending = spec.group
            }
            let keys = spec.keys.map(\.label).joined(separator: " ")
            let line = "  " + keys.padding(toWidth: keyColumn - 2) + spec.help
            if !q.isEmpty, !line.lowercased().contains(q) { continue }
            if let g = pending {
                if !out.isEmpty { out.append("") }
                out.append(g)
                pending = nil
            }
            out.append(contentsOf: wrap(keys: keys, help: spec.help, width: width))
        }
        if out.isEmpty { out.append("no key matches \"\(filter)\"") }
        return out
    }
}

extension HelpOverlay {
    /// One entry in lines of at most `width` columns: keys and help side by side, the help wrapped under
    /// its column; keys too long for their column on a line of their own, the help under them.
    static func wrap(keys: String, help: String, width: Int) -> [String] {
        let keyColumn = keyColumn(for: width)
        let keysFit = DisplayWidth.of(keys) + 3 <= keyColumn
        let keyCell = "  " + keys.padding(toWidth: keyColumn - 2)
        if keysFit, DisplayWidth.of(keyCell) + DisplayWidth.of(help) <= width { return [keyCell + help] }
        let sideBySide = width - keyColumn >= 16
        let column = sideBySide ? keyColumn : 6
        let pad = String(repeating: " ", count: column)
        let words = wordWrap(help, width: max(1, width - column))
        if sideBySide, keysFit { return [keyCell + words[0]] + words.dropFirst().map { pad + $0 } }
        return ["  " + truncate(keys, max(1, width - 2))] + words.map { pad + $0 }
    }

    /// Greedy word wrap; a word wider than the line is cut with "…".
    static func wordWrap(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        var current = ""
        for word in text.split(separator: " ").map({ truncate(String($0), width) }) {
            if current.isEmpty { current = word; continue }
            if DisplayWidth.of(current) + 1 + DisplayWidth.of(word) > width { out.append(current); current = word } else { current += " " + word }
        }
        out.append(current)
        return out
    }
}

extension String {
    /// Pads with spaces to a display width (never truncates).
    func padding(toWidth w: Int) -> String {
        let n = DisplayWidth.of(self)
        return n >= w ? self + " " : self + String(repeating: " ", count: w - n)
    }
}
