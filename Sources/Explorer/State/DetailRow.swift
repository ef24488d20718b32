import ArticleModel

/// One line of the entity detail view.
public enum DetailRow: Hashable, Sendable {
    case heading(String)
    case text(String)
    case mention(Int)
    case neighbour(Int)
    /// A block quote the entity is the source of (index into `Article.quotes`).
    case quote(Int)
    case blank

    public var isActionable: Bool {
        switch self { case .mention, .neighbour, .quote: return true; default: return false }
    }

    static func rows(for e: Int, in s: State) -> [DetailRow] {
        let entity = s.article.entities[e]
        var rows: [DetailRow] = [.heading("\(entity.name) · \(entity.type.rawValue) · \(entity.mentionCount) mentions")]
        if !entity.aliases.isEmpty { rows.append(.text("also: " + entity.aliases.joined(separator: ", "))) }
        rows.append(.blank)
        rows.append(.heading("Mentions"))
        // One row a sentence. The entity's mentions are in reading order, so a sentence's mentions are next
        // to each other: comparing with the last one is enough (a set of sentences, hashed on every frame,
        // was most of a keystroke's time for an entity with a hundred thousand mentions).
        let mentions = s.index.mentionsOf[e]
        rows.reserveCapacity(mentions.count + 8)
        var lastSentence = -1
        for m in mentions {
            let sentence = s.article.mentions[m].sentence
            if sentence != lastSentence { rows.append(.mention(m)) }
            lastSentence = sentence
        }
        let quoted = s.article.quotes.indices.filter { s.article.quotes[$0].speaker == e }
        if !quoted.isEmpty {
            rows.append(.blank)
            rows.append(.heading("Quoted"))
            rows += quoted.map { .quote($0) }
        }
        rows.append(.blank)
        rows.append(.heading("Relations"))
        let ns = s.selectedEntity == e ? s.neighbours : s.article.neighbours(of: e)
        for n in ns { rows.append(.neighbour(n.entity)) }
        if ns.isEmpty { rows.append(.text("none")) }
        return rows
    }
}
