/// The arguments of one command, read against its spec.
public struct ParsedArguments: Sendable, Equatable {
    public var arguments: [String: String] = [:]
    public var values: [String: String] = [:]
    public var lists: [String: [String]] = [:]
    public var flags: Set<String> = []

    public init() {}

    public func argument(_ name: String) -> String? { arguments[name] }
    public func value(_ name: String) -> String? { values[name] }
    public func flag(_ name: String) -> Bool { flags.contains(name) }
    /// Every value of an option that takes many, from all its occurrences.
    public func list(_ name: String) -> [String] { lists[name] ?? [] }
}

/// What the command line asks for.
public enum Request: Sendable, Equatable {
    case run(ParsedArguments)
    case help
    case version
}

/// A command line the command cannot take (exit 64, EX_USAGE). `about` names the option or argument
/// whose help line the message repeats.
public struct UsageError: Error, Sendable, Equatable {
    public let message: String
    public let about: String?

    public init(_ message: String, about: String? = nil) { (self.message, self.about) = (message, about) }

    /// A value an option does not take: "The value 'x' is invalid for '--top <top>'", with the values it takes.
    public static func invalid(_ value: String, for option: OptionSpec) -> UsageError {
        var text = "The value '\(value)' is invalid for '\(option.label)'"
        if !option.values.isEmpty { text += ". Please provide one of " + Self.listed(option.values.map { "'\($0)'" }) + "." }
        return UsageError(text, about: option.name)
    }

    static func listed(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }
}

public enum Parser {
    /// Reads `words` (the arguments after the command's name). `-h`/`--help` and `--version` before any `--`
    /// win over everything else; `--` ends the options; `-` alone is an argument (standard input).
    public static func parse(_ words: [String], for spec: CommandSpec) throws(UsageError) -> Request {
        let options = words.prefix { $0 != "--" }
        if options.contains(where: { $0 == "-h" || $0 == "--help" }) { return .help }
        if options.contains("--version") { return .version }
        var parsed = ParsedArguments()
        var positionals: [String] = []
        var i = 0
        var ended = false
        while i < words.count {
            let word = words[i]
            i += 1
            if ended || word == "-" || !word.hasPrefix("-") { positionals.append(word); continue }
            if word == "--" { ended = true; continue }
            let (name, inline) = split(word)
            guard let option = spec.option(name), word.hasPrefix("--") else { throw unknown(word, in: spec) }
            if option.isFlag {
                if inline != nil { throw UsageError("The flag '--\(name)' takes no value") }
                parsed.flags.insert(name)
            } else if option.takesMany {
                if let inline { parsed.lists[name, default: []].append(inline) }
                while i < words.count, !words[i].hasPrefix("-") || words[i] == "-" {
                    parsed.lists[name, default: []].append(words[i])
                    i += 1
                }
                if parsed.list(name).isEmpty { throw UsageError("Missing value for '\(option.label)'", about: name) }
            } else if let inline {
                parsed.values[name] = inline
            } else if i < words.count, option.takesDashValue || !words[i].hasPrefix("-") || words[i] == "-" {
                parsed.values[name] = words[i]
                i += 1
            } else {
                throw UsageError("Missing value for '\(option.label)'", about: name)
            }
        }
        let arguments = spec.arguments
        if positionals.count > arguments.count { throw UsageError("Unexpected argument '\(positionals[arguments.count])'") }
        for (k, argument) in arguments.enumerated() {
            if k < positionals.count {
                parsed.arguments[argument.name] = positionals[k]
            } else if !argument.isOptional {
                throw UsageError("Missing expected argument '\(argument.label)'", about: argument.name)
            }
        }
        return .run(parsed)
    }

    /// "--limit=3" → ("limit", "3"); "--json" → ("json", nil).
    static func split(_ word: String) -> (String, String?) {
        let bare = word.drop { $0 == "-" }
        guard let eq = bare.firstIndex(of: "=") else { return (String(bare), nil) }
        return (String(bare[..<eq]), String(bare[bare.index(after: eq)...]))
    }

    /// "Unknown option '--bogus'", with the nearest option when one is near ("Did you mean '--body'?").
    static func unknown(_ word: String, in spec: CommandSpec) -> UsageError {
        let name = split(word).0
        let near = spec.options.map(\.name).filter { !name.isEmpty && ($0.hasPrefix(name) || distance($0, name) <= 2) }
        let option = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
        return UsageError("Unknown option '\(option)'" + (near.first.map { ". Did you mean '--\($0)'?" } ?? ""))
    }

    /// Edit distance between two short words.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let kept = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = kept
            }
        }
        return row[b.count]
    }
}
