/// What an entity is, as in the export contract. `unknown`: a name nothing in the text shows the kind of (shown
/// as `?`), for a list that says so rather than guess.
public enum EntityType: String, Sendable, Codable, CaseIterable {
    case person, country, organization, place, event, media, project, unknown
}

/// A person, country, organisation, place, event, medium or project the text names, with all the
/// forms it uses for it.
public struct Entity: Hashable, Sendable {
    /// Stable slug, e.g. "vladimir-putin".
    public var id: String
    /// The fullest name form the text uses.
    public var name: String
    public var type: EntityType
    /// Other forms the text uses for it (not including `name`).
    public var aliases: [String]
    /// Number of mentions: each occurrence of a name form once, a compound once for each part.
    public var mentionCount: Int
    /// Paragraphs it is mentioned in, ascending, without repeats.
    public var paragraphs: [Int]
    public init(id: String, name: String, type: EntityType, aliases: [String], mentionCount: Int, paragraphs: [Int]) {
        self.id = id; self.name = name; self.type = type; self.aliases = aliases
        self.mentionCount = mentionCount; self.paragraphs = paragraphs
    }
}
