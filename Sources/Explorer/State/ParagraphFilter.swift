import ArticleModel

/// less's `&`: the reader shows only the paragraphs where a pattern matches (ignoring case and
/// accents, as the search does); an empty pattern shows them all again.
public struct ParagraphFilter: Sendable {
    /// The pattern in force ("" when every paragraph shows).
    public private(set) var pattern = ""
    /// What is being typed after `&`.
    public internal(set) var draft = ""
    /// For each paragraph, whether it shows; nil when the filter is off.
    public private(set) var shown: [Bool]?
    /// How many paragraphs match.
    public private(set) var count = 0

    public init() {}

    public var isOn: Bool { shown != nil }

    /// The paragraphs where `pattern` matches, or nil when it matches none.
    static func matching(_ pattern: String, in a: Article) -> [Bool]? {
        let hits = ReaderSearch.hits(for: pattern, in: a, limit: .max)
        guard !hits.isEmpty else { return nil }
        var shown = [Bool](repeating: false, count: a.paragraphs.count)
        for h in hits { if let p = a.paragraph(containing: h.start) { shown[p] = true } }
        return shown
    }

    mutating func set(_ pattern: String, shown: [Bool]?) {
        self.pattern = shown == nil ? "" : pattern
        self.shown = shown
        count = shown?.reduce(0) { $0 + ($1 ? 1 : 0) } ?? 0
    }
}
