import ArgumentParser
import ArticleModel
import Explorer

// Option values the argument parser checks itself: a bad one is a usage error (exit 64) that lists
// the valid values.

extension EntityType: ExpressibleByArgument {
    /// A type name in any case; "org" for organization (the explorer's short form).
    public init?(argument: String) {
        let name = argument.lowercased()
        guard let type = EntityType(rawValue: name == "org" ? "organization" : name) else { return nil }
        self = type
    }
}

extension ThemeName: ExpressibleByArgument {
    public static var allValueStrings: [String] { [ThemeName.dark, .light].map(\.rawValue) }
}
