/// A list pane's selected row and first visible row. Every list (sections, entities, an entity's
/// details, relations, help) moves through one of these, so clamping and scrolling work alike in all.
public struct ListCursor: Hashable, Sendable {
    public private(set) var selection = 0
    public private(set) var top = 0

    public init() {}

    /// Selects row `row` of `count` (clamped to the list), scrolling just enough to show it in `height` rows.
    mutating func select(_ row: Int, count: Int, height: Int) {
        selection = max(0, min(row, count - 1))
        keepInView(height: height)
    }

    mutating func move(by delta: Int, count: Int, height: Int) {
        select(selection + delta, count: count, height: height)
    }

    /// Scrolls so the selection is inside `top..<top + height` (after a resize, or a jump).
    mutating func keepInView(height: Int) {
        if selection < top { top = selection }
        if selection >= top + height { top = selection - height + 1 }
        top = max(0, top)
    }

    /// Scrolls the view alone, keeping a page of `height` rows of `count` filled (the help overlay).
    mutating func scroll(to row: Int, count: Int, height: Int) {
        top = max(0, min(row, count - height))
    }

    /// Shows the list from its first row (the headings above the first selectable row).
    mutating func scrollToTop() { top = 0 }
}
