import ArticleModel

/// Output helpers shared by the entity and relation subcommands.
enum Printing {
    /// At most `n` characters, with an ellipsis when cut.
    static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    /// ANSI colour for an entity type, when colour is on.
    static func color(_ type: EntityType) -> String {
        switch type {
        case .person: return "\u{1B}[33m"
        case .country: return "\u{1B}[32m"
        case .organization: return "\u{1B}[36m"
        case .place: return "\u{1B}[34m"
        case .event: return "\u{1B}[35m"
        case .media: return "\u{1B}[31m"
        case .project: return "\u{1B}[94m"
        }
    }
    static let reset = "\u{1B}[0m"
}
