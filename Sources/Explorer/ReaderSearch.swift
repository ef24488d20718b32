import ArticleModel

/// Finds a query in the article's text for the reader's `/` search. One function so it can be
/// swapped for the model's search index when that lands.
public enum ReaderSearch {
    /// Every non-overlapping, case-insensitive (ASCII letters) occurrence, in text order,
    /// restricted to paragraphs. At most `limit` hits.
    public static func hits(for query: String, in article: Article, limit: Int = 100_000) -> [TextRange] {
        let needle = Array(query.utf8).map(lower)
        guard !needle.isEmpty else { return [] }
        var out: [TextRange] = []
        let bytes = article.bytes
        let first = needle[0]
        for p in article.paragraphs {
            var i = p.range.start
            let end = p.range.end - needle.count
            while i <= end {
                if lower(bytes[i]) == first {
                    var k = 1
                    while k < needle.count, lower(bytes[i + k]) == needle[k] { k += 1 }
                    if k == needle.count {
                        out.append(TextRange(i, i + needle.count))
                        if out.count >= limit { return out }
                        i += needle.count
                        continue
                    }
                }
                i += 1
            }
        }
        return out
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }
}
