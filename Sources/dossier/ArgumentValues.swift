import ArticleModel
import Explorer

// Option values read from the command line: a bad one is a usage error (exit 64) that lists the valid values.

extension EntityType {
    /// A type name in any case; "org" for organization (the explorer's short form).
    init?(argument: String) {
        let name = argument.lowercased()
        guard let type = EntityType(rawValue: name == "org" ? "organization" : name) else { return nil }
        self = type
    }

    static var names: [String] { allCases.map(\.rawValue) }
}

extension ThemeName {
    static var names: [String] { [ThemeName.dark, .light].map(\.rawValue) }
}
