/// A spot in the text that does not depend on the terminal's width: a paragraph and a UTF-8 byte
/// offset into the article's normalised text (-1: the paragraph's head, its annotation header).
public struct Spot: Codable, Hashable, Sendable {
    public var paragraph: Int
    public var offset: Int
    public init(paragraph: Int, offset: Int) { self.paragraph = paragraph; self.offset = offset }
}

/// One place as it is stored: the pane that had focus, the reader's top and cursor, and each list's
/// selection. Entities are named by their id, not their index, so a model that lists them in another
/// order still finds them. Stored as JSON, readable with `sqlite3`.
public struct SavedPlace: Codable, Hashable, Sendable {
    public var pane: String
    public var top: Spot
    public var cursor: Spot
    public var section: Int
    public var entityRow: Int
    public var entity: String?
    public var detail: String?
    public var detailRow: Int
    public var relationRow: Int

    public init(pane: String, top: Spot, cursor: Spot, section: Int = 0, entityRow: Int = 0, entity: String? = nil,
                detail: String? = nil, detailRow: Int = 0, relationRow: Int = 0) {
        self.pane = pane
        self.top = top
        self.cursor = cursor
        self.section = section
        self.entityRow = entityRow
        self.entity = entity
        self.detail = detail
        self.detailRow = detailRow
        self.relationRow = relationRow
    }
}

/// What is remembered of one article: where the reader was, its marks and its last jump list.
public struct ArticleMemory: Hashable, Sendable {
    public var place: SavedPlace
    /// How far through the text the place was, 0...100 (for `sqlite3` readers; the explorer recomputes it).
    public var percent: Int
    /// Marks by letter (`m a` … `'a`).
    public var marks: [String: SavedPlace]
    /// The jump list and the index of its current entry.
    public var jumps: [SavedPlace]
    public var jumpIndex: Int
    /// Where the file was and its title when last read: shown to a person inspecting the database only.
    public var path: String?
    public var title: String?
    /// When it was saved, in seconds since 1970 (UTC).
    public var savedAt: Double

    public init(place: SavedPlace, percent: Int = 0, marks: [String: SavedPlace] = [:], jumps: [SavedPlace] = [],
                jumpIndex: Int = 0, path: String? = nil, title: String? = nil, savedAt: Double = WallClock.now()) {
        self.place = place
        self.percent = percent
        self.marks = marks
        self.jumps = jumps
        self.jumpIndex = jumpIndex
        self.path = path
        self.title = title
        self.savedAt = savedAt
    }
}

/// What is remembered for every article: the colour theme and the reader's text width.
public struct GlobalSettings: Hashable, Sendable {
    public var theme: String?
    public var textWidth: Int?
    public init(theme: String? = nil, textWidth: Int? = nil) { self.theme = theme; self.textWidth = textWidth }
}
