import ArticleModel

/// Finds a query in the article's text for the reader's `/` search: the model's word and prefix
/// search (case- and accent-insensitive), as ranges in text order.
public enum ReaderSearch {
    public static func hits(for query: String, in article: Article, limit: Int = 100_000) -> [TextRange] {
        guard !query.isEmpty else { return [] }
        return article.search(query, limit: limit).map(\.range)
    }
}
