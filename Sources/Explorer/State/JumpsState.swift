/// The jump list overlay (`J`): whether it shows and which entry is selected.
public struct JumpsState: Sendable {
    public private(set) var isShown = false
    public private(set) var list = ListCursor()

    public init() {}

    /// Opens on the current entry of a history of `count` entries.
    mutating func show(current: Int, count: Int, height: Int) {
        isShown = true
        list = ListCursor()
        list.select(current, count: count, height: height)
    }

    mutating func hide() { isShown = false }

    mutating func move(by delta: Int, count: Int, height: Int) {
        list.move(by: delta, count: count, height: height)
    }
}
