/// A place to come back to: which pane had focus and what each pane showed.
public struct Place: Hashable, Sendable {
    public var focus: Pane
    public var readerTop: Anchor
    public var readerCursor: Anchor
    public var sectionSelection: Int
    public var entitySelection: Int
    public var selectedEntity: Int?
    public var entityDetail: Int?
    public var detailSelection: Int
    public var relationSelection: Int

    public init(focus: Pane, readerTop: Anchor, readerCursor: Anchor, sectionSelection: Int = 0, entitySelection: Int = 0,
                selectedEntity: Int? = nil, entityDetail: Int? = nil, detailSelection: Int = 0, relationSelection: Int = 0) {
        self.focus = focus
        self.readerTop = readerTop
        self.readerCursor = readerCursor
        self.sectionSelection = sectionSelection
        self.entitySelection = entitySelection
        self.selectedEntity = selectedEntity
        self.entityDetail = entityDetail
        self.detailSelection = detailSelection
        self.relationSelection = relationSelection
    }
}

/// Back and forward over jumps: a list of places and the index of the current one.
/// A new jump drops the places ahead of the current one.
public struct History: Hashable, Sendable {
    public private(set) var entries: [Place]
    public private(set) var index: Int

    public init(start: Place) { entries = [start]; index = 0 }

    /// A remembered list (at least one entry) and its current entry.
    public init(entries: [Place], index: Int) {
        self.entries = entries.isEmpty ? [] : Array(entries.suffix(500))
        self.index = min(max(0, index - (entries.count - self.entries.count)), max(0, self.entries.count - 1))
    }

    /// The current entry becomes `place` (where a resumed reader now is).
    mutating func replaceCurrent(with place: Place) {
        if entries.indices.contains(index) { entries[index] = place } else { entries = [place]; index = 0 }
    }

    public var canGoBack: Bool { index > 0 }
    public var canGoForward: Bool { index + 1 < entries.count }

    /// Records a jump from `current` (where we were, as it is now) to `destination`.
    public mutating func jump(from current: Place, to destination: Place) {
        // A jump that went nowhere (`g` at the top) is not a new entry.
        if current == destination { entries[index] = current; return }
        entries[index] = current
        entries.removeSubrange((index + 1)...)
        entries.append(destination)
        index += 1
        if entries.count > 500 { entries.removeFirst(entries.count - 500); index = entries.count - 1 }
    }

    /// The place before, after saving `current` as the place we leave.
    public mutating func back(from current: Place) -> Place? {
        guard canGoBack else { return nil }
        entries[index] = current
        index -= 1
        return entries[index]
    }

    public mutating func forward(from current: Place) -> Place? {
        guard canGoForward else { return nil }
        entries[index] = current
        index += 1
        return entries[index]
    }

    /// Entry `i` of the list (the jump list overlay), after saving `current` as the place we leave.
    public mutating func go(to i: Int, from current: Place) -> Place? {
        guard entries.indices.contains(i) else { return nil }
        entries[index] = current
        index = i
        return entries[i]
    }
}
