/// A key or terminal event as the backend reports it, independent of any terminal library.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, lower case: `.ctrl("d")`.
    case ctrl(Character)
    /// Alt (Meta) plus a character.
    case alt(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    case altLeft, altRight
    /// Text the terminal marked as pasted (bracketed paste), in one piece.
    case paste(String)

    /// How the key is written in help and the README.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c)
        case .alt(let c): return "Alt-" + String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .altLeft: return "Alt-←"
        case .altRight: return "Alt-→"
        case .paste: return "Paste"
        }
    }
}

/// A mouse report from the backend, in screen cells.
public enum MouseEvent: Hashable, Sendable {
    case click(x: Int, y: Int)
    case wheelUp(x: Int, y: Int)
    case wheelDown(x: Int, y: Int)
}
