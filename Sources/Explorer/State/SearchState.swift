import ArticleModel

/// The reader's `/` search: the query, its hits in text order and which one is current. Moving the
/// reader to a hit is the reducer's; this value only finds and counts.
public struct SearchState: Sendable {
    public private(set) var query = ""
    /// Every hit, or (while `isComplete` is false) the first of them: a common word in a big text has
    /// millions, and typing must stay fast. Stepping past the last finds more.
    public private(set) var hits: [TextRange] = []
    public private(set) var isComplete = true
    public private(set) var current: Int?
    /// Where the reader was when the search began (top and cursor), as anchors so it survives the
    /// window of a big text moving while the search jumps.
    public private(set) var origin: [Anchor]?

    public init() {}

    /// "12", or "100000+" while only the first hits are found.
    public var count: String { "\(hits.count)" + (isComplete ? "" : "+") }

    /// A new, empty search begun at `origin`.
    static func begin(at origin: [Anchor]) -> SearchState {
        var s = SearchState()
        s.origin = origin
        return s
    }

    /// Sets the query and finds its first hits (none selected yet).
    mutating func find(_ query: String, in article: Article) {
        self.query = query
        hits = ReaderSearch.hits(for: query, in: article)
        isComplete = hits.count < ReaderSearch.firstBatch
        current = nil
    }

    /// Searches again for more hits than were found so far: four times as many, or (`all`) every one.
    mutating func findMore(in article: Article, all: Bool = false) {
        guard !isComplete else { return }
        let limit = all ? Int.max : hits.count * 4
        hits = ReaderSearch.hits(for: query, in: article, limit: limit)
        isComplete = hits.count < limit
    }

    /// Selects the first hit at or after byte `offset` (finding more as needed), else the first.
    mutating func selectFirst(atOrAfter offset: Int, in article: Article) {
        while !isComplete, let last = hits.last, last.start < offset { findMore(in: article) }
        current = hits.isEmpty ? nil : hits.firstIndex { $0.start >= offset } ?? 0
    }

    /// The next (`dir` 1) or previous (-1) hit, round the ends; past either end of a list that is not
    /// complete, the rest of the hits are found first. True when it went round an end.
    @discardableResult
    mutating func step(_ dir: Int, in article: Article) -> Bool {
        guard !hits.isEmpty else { return false }
        if dir > 0, current == hits.count - 1 { findMore(in: article) }
        if dir < 0, (current ?? 0) == 0 { findMore(in: article, all: true) }
        let next = (current ?? -dir) + dir
        current = (next + hits.count) % hits.count
        return current != nil && current != next
    }

    /// The first hit at or after byte `offset` (`dir` 1), or the last before it (-1), round the ends.
    /// True when it went round an end.
    mutating func select(_ dir: Int, from offset: Int, in article: Article) -> Bool {
        guard !hits.isEmpty else { return false }
        if dir > 0 {
            while !isComplete, let last = hits.last, last.start < offset { findMore(in: article) }
            if let i = hits.firstIndex(where: { $0.start >= offset }) { current = i; return false }
            current = 0
        } else {
            if !isComplete, let last = hits.last, last.start < offset { findMore(in: article, all: true) }
            if let i = hits.lastIndex(where: { $0.start < offset }) { current = i; return false }
            findMore(in: article, all: true)
            current = hits.count - 1
        }
        return true
    }

    /// Enter: the hits stay for n and N, the place the search began is forgotten (an empty search ends).
    mutating func keep() {
        origin = nil
        if hits.isEmpty { query = "" }
    }

    /// The same query over a new model of the same text (the full model replacing the first look).
    mutating func rerun(in article: Article) {
        guard !query.isEmpty else { return }
        let was = current
        find(query, in: article)
        current = hits.isEmpty ? nil : min(was ?? 0, hits.count - 1)
    }
}
