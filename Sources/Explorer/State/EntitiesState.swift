import ArticleModel

public enum EntitySort: String, CaseIterable, Sendable {
    case mentions, name, firstAppearance = "first appearance"
}

/// The entities pane and the relations pane beside it: which entities are listed (filter, type, order),
/// the selected one and its ranked neighbours, and the entity whose details are open.
public struct EntitiesState: Sendable {
    public private(set) var filter = ""
    public private(set) var typeFilter: EntityType? = nil
    public private(set) var sort: EntitySort = .mentions
    /// The entities listed, as indices into the article's entities, in the list's order.
    public private(set) var rows: [Int] = []
    public private(set) var list = ListCursor()
    public private(set) var selected: Int?
    /// The entity whose details (aliases, mentions, relations) the entities pane shows.
    public private(set) var detail: Int?
    public private(set) var detailList = ListCursor()
    /// The selected entity's relations, ranked.
    public private(set) var neighbours: [Neighbour] = []
    public private(set) var relationList = ListCursor()
    public private(set) var showGraph = false

    public init() {}

    /// Lists the entities that pass the filters, in the chosen order; the selected one stays selected.
    /// (The orders are the index's, sorted once: a pass over the list here, no sort.)
    mutating func relist(_ a: Article, _ index: ArticleIndex, height: Int) {
        let order = index.entityOrders.order(sort)
        var rows: [Int] = []
        rows.reserveCapacity(order.count)
        // (Fields read in place: a copy of each `Entity` would retain and release its lists.)
        for e in order.lazy.map({ Int($0) }) {
            if let typeFilter, a.entities[e].type != typeFilter { continue }
            if !filter.isEmpty, !Fuzzy.matches(filter, a.entities[e].name),
               !a.entities[e].aliases.contains(where: { Fuzzy.matches(filter, $0) }) { continue }
            rows.append(e)
        }
        self.rows = rows
        list = ListCursor()
        list.select(selected.flatMap { rows.firstIndex(of: $0) } ?? 0, count: rows.count, height: height)
    }

    /// Selects an entity (its neighbours are looked up) and shows it in the list.
    mutating func select(_ entity: Int?, in a: Article, height: Int) {
        guard selected != entity else { return }
        selected = entity
        neighbours = entity.map { a.neighbours(of: $0) } ?? []
        relationList = ListCursor()
        if let e = entity, let i = rows.firstIndex(of: e) { list.select(i, count: rows.count, height: height) }
    }

    mutating func setFilter(_ text: String) { filter = text }

    /// The next entity type present in the article, then all types again.
    mutating func cycleType(in index: ArticleIndex) {
        let present = index.entityOrders.typesPresent
        if let t = typeFilter, let i = present.firstIndex(of: t) {
            typeFilter = i + 1 < present.count ? present[i + 1] : nil
        } else {
            typeFilter = typeFilter == nil ? present.first : nil
        }
    }

    mutating func cycleSort() {
        let all = EntitySort.allCases
        sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
    }

    mutating func toggleGraph() { showGraph.toggle() }

    /// Opens an entity's details at their first row (nil closes them).
    mutating func openDetail(_ e: Int?) {
        detail = e
        detailList = ListCursor()
    }

    /// Moves in the list and selects the entity moved to.
    mutating func move(by delta: Int, in a: Article, height: Int) {
        guard !rows.isEmpty else { return }
        list.move(by: delta, count: rows.count, height: height)
        select(rows[list.selection], in: a, height: height)
    }

    /// Moves in the details, over headings and blanks in the direction of travel; the headings above the
    /// first rows stay in view.
    mutating func moveDetail(by delta: Int, rows detailRows: [DetailRow], height: Int) {
        let moved = max(0, min(detailList.selection + delta, detailRows.count - 1))
        var i = moved
        let step = delta >= 0 ? 1 : -1
        while detailRows.indices.contains(i), !detailRows[i].isActionable { i += step }
        detailList.select(detailRows.indices.contains(i) ? i : moved, count: detailRows.count, height: height)
        if detailList.selection < height { detailList.scrollToTop() }
    }

    mutating func selectDetail(_ row: Int, count: Int, height: Int) {
        detailList.select(row, count: count, height: height)
    }

    mutating func moveRelation(by delta: Int, height: Int) {
        guard !neighbours.isEmpty else { return }
        relationList.move(by: delta, count: neighbours.count, height: height)
    }

    /// After a resize: every list's selection still in view.
    mutating func keepInView(entities: Int, relations: Int) {
        list.keepInView(height: entities)
        detailList.keepInView(height: entities)
        relationList.keepInView(height: relations)
    }

    /// Back to a place in the history: its selection, details and relation.
    mutating func restore(_ p: Place, in a: Article, detailCount: (Int?) -> Int, entities: Int, relations: Int) {
        select(p.selectedEntity, in: a, height: entities)
        list.select(p.entitySelection, count: rows.count, height: entities)
        detail = p.entityDetail
        detailList.select(p.detailSelection, count: detailCount(detail), height: entities)
        relationList.select(p.relationSelection, count: neighbours.count, height: relations)
    }
}

/// Fuzzy matching for the entity filter: the query's letters appear in order, ignoring case and accents
/// as the text search does ("thuong" finds "Võ Văn Thưởng").
public enum Fuzzy {
    public static func matches(_ query: String, _ text: String) -> Bool {
        var it = fold(text).makeIterator()
        outer: for q in fold(query) where q != " " {
            while let c = it.next() { if c == q { continue outer } }
            return false
        }
        return true
    }

    /// Lower case without diacritics, as the text search folds.
    static func fold(_ s: String) -> String { SearchFolding.folded(s) }
}
