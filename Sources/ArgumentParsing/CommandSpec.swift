/// What a command accepts, read by the parser and shown by its help: positional arguments and long
/// options, in the order the usage line lists them.
public struct CommandSpec: Sendable {
    public enum Item: Sendable {
        case argument(ArgumentSpec)
        case option(OptionSpec)
    }

    public let name: String
    public let abstract: String
    public let discussion: String
    public let items: [Item]

    public init(name: String, abstract: String, discussion: String = "", items: [Item]) {
        (self.name, self.abstract, self.discussion, self.items) = (name, abstract, discussion, items)
    }

    public var arguments: [ArgumentSpec] {
        items.compactMap { if case .argument(let a) = $0 { a } else { nil } }
    }

    public var options: [OptionSpec] {
        items.compactMap { if case .option(let o) = $0 { o } else { nil } }
    }

    public func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }
}

/// A positional argument: `<file>`, `[<file>]` when it may be left out.
public struct ArgumentSpec: Sendable {
    public let name: String
    public let help: String
    public let isOptional: Bool
    /// Shown as "(default: …)" in the help.
    public let defaultValue: String?

    public init(_ name: String, help: String, isOptional: Bool = false, defaultValue: String? = nil) {
        (self.name, self.help, self.isOptional, self.defaultValue) = (name, help, isOptional, defaultValue)
    }

    var label: String { "<\(name)>" }
}

/// A long option: a flag (`--json`) or one that takes a value (`--limit <limit>`, `--limit=3`).
public struct OptionSpec: Sendable {
    public let name: String
    /// The value's name in the help; nil for a flag.
    public let valueName: String?
    public let help: String
    public let defaultValue: String?
    /// The values it accepts, listed in the help as "(values: …)"; empty for any value.
    public let values: [String]
    /// Whether a value that begins with '-' ("-5") is taken as the value, to be refused by its check,
    /// rather than read as the next option.
    public let takesDashValue: Bool
    /// Whether it takes every word up to the next option (`--mix a.txt b.txt`).
    public let takesMany: Bool

    public static func flag(_ name: String, help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: nil, help: help, defaultValue: nil, values: [], takesDashValue: false, takesMany: false)
    }

    public static func value(_ name: String, _ valueName: String? = nil, help: String, defaultValue: String? = nil,
                             values: [String] = [], takesDashValue: Bool = false) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName ?? name, help: help, defaultValue: defaultValue, values: values,
                   takesDashValue: takesDashValue, takesMany: false)
    }

    public static func values(_ name: String, _ valueName: String? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName ?? name, help: help, defaultValue: nil, values: [], takesDashValue: false,
                   takesMany: true)
    }

    public var isFlag: Bool { valueName == nil }
    var label: String { valueName.map { "--\(name) <\($0)>" + (takesMany ? " ..." : "") } ?? "--\(name)" }
}
