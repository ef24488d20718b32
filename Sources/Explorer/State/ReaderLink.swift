import ArticleModel

/// Something in the reader that `f` or Enter follows: a cross-reference with a target, a mention of an
/// entity, an annotation's header (to what it updates), or the mark on a passage an annotation updates
/// (to the annotation). A link belongs to the row its first byte is on.
public struct ReaderLink: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case crossReference(Int)
        case mention(Int)
        case annotation(Int)
        /// The mark on a passage a later annotation updates: to that annotation.
        case update(Int)
    }
    public var kind: Kind
    /// The bytes drawn as the link (empty for an annotation header, which has no text of its own).
    public var range: TextRange

    /// The links on one reader row, in reading order.
    static func on(_ row: Row, in a: Article, _ index: ArticleIndex) -> [ReaderLink] {
        switch row.kind {
        case .annotationHeader:
            let an = index.annotationOf.indices.contains(row.paragraph) ? index.annotationOf[row.paragraph] : -1
            guard an >= 0, a.annotations[an].annotates.contains(where: { a.paragraphs.indices.contains($0) }) else { return [] }
            return [ReaderLink(kind: .annotation(an), range: TextRange(row.start, row.start))]
        case .text:
            var links: [ReaderLink] = []
            if row.start == a.paragraphs[row.paragraph].range.start, let an = index.updatedBy[row.paragraph]?.first {
                links.append(ReaderLink(kind: .update(an), range: TextRange(row.start, row.start)))
            }
            let starts = row.start..<max(row.end, row.start + 1)
            for c in ArticleIndex.overlapping(index.crossReferenceOrder, lo: row.start, hi: starts.upperBound, range: { a.crossReferences[$0].range }) {
                let cr = a.crossReferences[c]
                guard starts.contains(cr.range.start), cr.target?.contains(where: { a.paragraphs.indices.contains($0) }) == true else { continue }
                links.append(ReaderLink(kind: .crossReference(c), range: cr.range))
            }
            for m in ArticleIndex.overlapping(index.mentionOrder, lo: row.start, hi: starts.upperBound, range: { a.mentions[$0].range }) {
                let mention = a.mentions[m]
                guard starts.contains(mention.range.start), a.entities.indices.contains(mention.entity) else { continue }
                // A mention inside a cross-reference is reached through it.
                if links.contains(where: { $0.range.start <= mention.range.start && mention.range.end <= $0.range.end }) { continue }
                links.append(ReaderLink(kind: .mention(m), range: mention.range))
            }
            return links.sorted { $0.range.start < $1.range.start }
        case .blank, .quoteSource:
            return []
        }
    }
}
