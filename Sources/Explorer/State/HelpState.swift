/// The help overlay: whether it shows, the filter typed into it, and how far it is scrolled.
public struct HelpState: Sendable {
    public private(set) var isShown = false
    public private(set) var filter = ""
    public private(set) var list = ListCursor()

    public init() {}

    /// The overlay's lines for the current filter, wrapped to `width` columns.
    public func lines(width: Int) -> [String] { HelpOverlay.lines(filter: filter, width: width) }

    mutating func toggle() {
        isShown.toggle()
        list = ListCursor()
    }

    mutating func hide() { isShown = false }

    /// A new filter shows its lines from the top.
    mutating func setFilter(_ text: String) {
        filter = text
        list = ListCursor()
    }

    /// Scrolls for a movement command, `page` lines a page; false for a command that is not a movement.
    mutating func scroll(_ c: Command, page: Int, count: Int) -> Bool {
        let delta: Int
        switch c {
        case .down: delta = 1
        case .up: delta = -1
        case .halfPageDown: delta = page / 2
        case .halfPageUp: delta = -page / 2
        case .pageDown: delta = page
        case .pageUp: delta = -page
        case .top: delta = -list.top
        case .bottom: delta = count
        default: return false
        }
        list.scroll(to: list.top + delta, count: count, height: page)
        return true
    }
}
