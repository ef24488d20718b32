/// The help overlay's text, generated from the action table.
public enum HelpOverlay {
    public static let keyColumn = 28

    /// Group headings and "keys  help" lines; with a filter, only matching lines and their headings.
    public static func lines(filter: String = "") -> [String] {
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
            out.append(line)
        }
        if out.isEmpty { out.append("no key matches \"\(filter)\"") }
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
