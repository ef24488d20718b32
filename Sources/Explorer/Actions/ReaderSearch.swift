import ArticleModel

/// Finds a query in the article's text for the reader's `/` search: the model's word and prefix
/// search (case- and accent-insensitive), as ranges in text order.
public enum ReaderSearch {
    /// Hits found as a query is typed; more are found when stepping past the last of them.
    public static let firstBatch = 100_000

    public static func hits(for query: String, in article: Article, limit: Int = firstBatch) -> [TextRange] {
        guard !query.isEmpty else { return [] }
        return article.search(query, limit: limit).map(\.range)
    }
}
