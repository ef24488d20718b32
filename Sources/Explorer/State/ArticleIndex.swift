import ArticleModel

/// Look-ups the explorer needs on every frame, built once per article so no key costs O(text).
public struct ArticleIndex: Sendable {
    /// The outline: the article's sections, or one section over everything when it has none.
    public let sections: [Section]
    /// For each paragraph: its section (index into `sections`), annotation and quote, or -1.
    /// (32-bit: three of these a paragraph are held as long as the article is open.)
    public let sectionOf: NarrowList
    public let annotationOf: NarrowList
    public let quoteOf: NarrowList
    /// Mentions and cross-references ordered by start offset (indices into the article's arrays).
    public let mentionOrder: [Int]
    public let crossReferenceOrder: [Int]
    /// For each entity: the byte offset of its first mention (or Int.max), and its mention indices in order.
    public let firstAppearance: [Int]
    public let mentionsOf: [[Int]]
    /// Annotations in reading order of their first paragraph.
    public let annotationOrder: [Int]
    /// The entities pane's orders and the types present. (Settable for the tests that check a key reads them.)
    public internal(set) var entityOrders: EntityOrders
    /// For each paragraph a later annotation updates: those annotations, in reading order.
    public let updatedBy: [Int: [Int]]

    public init(_ a: Article) {
        let n = a.paragraphs.count
        var sections = a.sections
        if sections.isEmpty, n > 0 {
            sections = [Section(title: a.title ?? "Text", level: 1, first: 0, last: n - 1)]
        }
        self.sections = sections
        var sectionOf = NarrowList(repeating: -1, count: n)
        for (i, s) in sections.enumerated() where s.first <= s.last {
            for p in max(0, s.first)...min(n - 1, s.last) where p >= 0 {
                if sectionOf[p] < 0 || sections[sectionOf[p]].level <= s.level { sectionOf[p] = i }
            }
        }
        // Paragraphs before the first section belong to the first one.
        var last = 0
        for p in 0..<n { if sectionOf[p] < 0 { sectionOf[p] = last } else { last = sectionOf[p] } }
        self.sectionOf = sectionOf
        var annotationOf = NarrowList(repeating: -1, count: n)
        for (i, an) in a.annotations.enumerated() { for p in an.paragraphs where p >= 0 && p < n { annotationOf[p] = i } }
        self.annotationOf = annotationOf
        var quoteOf = NarrowList(repeating: -1, count: n)
        for (i, q) in a.quotes.enumerated() { for p in q.paragraphs where p >= 0 && p < n { quoteOf[p] = i } }
        self.quoteOf = quoteOf
        mentionOrder = a.mentions.indices.sorted { a.mentions[$0].range < a.mentions[$1].range }
        crossReferenceOrder = a.crossReferences.indices.sorted { a.crossReferences[$0].range < a.crossReferences[$1].range }
        var first = Array(repeating: Int.max, count: a.entities.count)
        var mentionsOf = Array(repeating: [Int](), count: a.entities.count)
        for m in mentionOrder {
            let e = a.mentions[m].entity
            guard e >= 0, e < a.entities.count else { continue }
            first[e] = min(first[e], a.mentions[m].range.start)
            mentionsOf[e].append(m)
        }
        for (i, e) in a.entities.enumerated() where first[i] == Int.max {
            if let p = e.paragraphs.first, a.paragraphs.indices.contains(p) { first[i] = a.paragraphs[p].range.start }
        }
        firstAppearance = first
        entityOrders = EntityOrders(a, firstAppearance: first)
        self.mentionsOf = mentionsOf
        annotationOrder = a.annotations.indices
            .filter { !a.annotations[$0].paragraphs.isEmpty }
            .sorted { a.annotations[$0].paragraphs.min()! < a.annotations[$1].paragraphs.min()! }
        var updatedBy: [Int: [Int]] = [:]
        for an in annotationOrder { for p in a.annotations[an].annotates where p >= 0 && p < n { updatedBy[p, default: []].append(an) } }
        self.updatedBy = updatedBy
    }

    /// Indices (into `order`) of items whose range overlaps `lo..<hi`, given items sorted by start.
    static func overlapping(_ order: [Int], lo: Int, hi: Int, range: (Int) -> TextRange) -> ArraySlice<Int> {
        var l = 0, h = order.count
        while l < h { let m = (l + h) / 2; if range(order[m]).start < lo { l = m + 1 } else { h = m } }
        var s = l
        while s > 0, range(order[s - 1]).end > lo, lo - range(order[s - 1]).start < 4096 { s -= 1 }
        var e = l
        while e < order.count, range(order[e]).start < hi { e += 1 }
        return order[s..<e]
    }
}

/// A list of small non-negative indices or -1, one per paragraph, stored in 32 bits (a text of a million
/// one-line paragraphs held three lists of 8-byte `Int`s, 24 MB, for the whole session).
public struct NarrowList: RandomAccessCollection, Sendable {
    private var storage: [Int32]
    public init(repeating value: Int, count: Int) { storage = Array(repeating: Int32(value), count: count) }
    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }
    public subscript(_ i: Int) -> Int {
        get { Int(storage[i]) }
        set { storage[i] = Int32(newValue) }
    }
}

/// Everything the text panes need to know about neighbours of one entity.
public struct Neighbour: Hashable, Sendable {
    public var entity: Int
    public var weight: Int
    public var labels: [String]
    public var evidence: [Evidence]
}

extension Article {
    /// Entities related to `entity`, heaviest first (ties by name).
    public func neighbours(of entity: Int) -> [Neighbour] {
        var byOther: [Int: Neighbour] = [:]
        for r in relations where r.source == entity || r.target == entity {
            let other = r.source == entity ? r.target : r.source
            guard other >= 0, other < entities.count, other != entity else { continue }
            var n = byOther[other] ?? Neighbour(entity: other, weight: 0, labels: [], evidence: [])
            n.weight += r.weight
            if let l = r.label, !n.labels.contains(l) { n.labels.append(l) }
            n.evidence += r.evidence
            byOther[other] = n
        }
        return byOther.values.sorted {
            $0.weight != $1.weight ? $0.weight > $1.weight : entities[$0.entity].name < entities[$1.entity].name
        }
    }

    /// The paragraph containing a byte offset (binary search), or nil.
    public func paragraph(containing offset: Int) -> Int? {
        var l = 0, h = paragraphs.count
        while l < h { let m = (l + h) / 2; if paragraphs[m].range.end <= offset { l = m + 1 } else { h = m } }
        return l < paragraphs.count && paragraphs[l].range.start <= offset ? l : nil
    }
}
