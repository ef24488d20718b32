/// A program made of subcommands, the first the default: `program [SUBCOMMAND] [ARGUMENTS]`,
/// `program help [SUBCOMMAND]`, and `--help` or `--version` without a subcommand.
public struct Program: Sendable {
    public let name: String
    public let abstract: String
    public let discussion: String
    public let subcommands: [CommandSpec]

    public init(name: String, abstract: String, discussion: String = "", subcommands: [CommandSpec]) {
        (self.name, self.abstract, self.discussion, self.subcommands) = (name, abstract, discussion, subcommands)
    }

    public enum Resolution: Sendable, Equatable {
        /// Run the subcommand at this index with these arguments.
        case run(Int, ParsedArguments)
        case help(String)
        case version
        /// A usage error of the subcommand at this index.
        case usage(UsageError, Int)
    }

    /// What a command line asks for, decided without running anything.
    public func resolve(_ words: [String]) -> Resolution {
        let chosen = words.first.flatMap { w in subcommands.firstIndex { $0.name == w } }
        if chosen == nil, words.first == "help" {
            guard words.count > 1, let c = subcommands.firstIndex(where: { $0.name == words[1] }) else { return .help(help) }
            return .help(Help.text(subcommands[c], program: name))
        }
        let options = words.prefix { $0 != "--" }
        if chosen == nil, options.contains("--help") || options.contains("-h") { return .help(help) }
        if chosen == nil, options.contains("--version") { return .version }
        let index = chosen ?? 0
        do throws(UsageError) {
            switch try Parser.parse(Array(words.dropFirst(chosen == nil ? 0 : 1)), for: subcommands[index]) {
            case .help: return .help(Help.text(subcommands[index], program: name))
            case .version: return .version
            case .run(let parsed): return .run(index, parsed)
            }
        } catch {
            return .usage(error, index)
        }
    }

    public var help: String { Help.text(program: name, abstract: abstract, discussion: discussion, subcommands: subcommands) }

    /// What a usage error of subcommand `index` prints.
    public func errorText(_ error: UsageError, _ index: Int) -> String { Help.error(error, subcommands[index], program: name) }

    /// What a command line asks for, with the subcommand built from it (`types` in the order of `subcommands`):
    /// a value its `init` refuses is a usage error like any other.
    public enum Choice {
        case run(any Subcommand)
        case help(String)
        case version
        /// The text of a usage error (exit 64).
        case usage(String)
    }

    public func choice(_ words: [String], _ types: [any Subcommand.Type]) -> Choice {
        switch resolve(words) {
        case .help(let text): return .help(text)
        case .version: return .version
        case .usage(let error, let index): return .usage(errorText(error, index))
        case .run(let index, let parsed):
            do throws(UsageError) { return .run(try types[index].init(parsed)) } catch { return .usage(errorText(error, index)) }
        }
    }
}

/// A subcommand: what it accepts, built from the parsed command line (a bad value is a usage error,
/// exit 64), then run.
public protocol Subcommand {
    static var spec: CommandSpec { get }
    init(_ p: ParsedArguments) throws(UsageError)
    func run() throws
}

/// The status a command exits with once it has said why (the sysexits codes: 65 data, 66 no input, 74 I/O).
public struct ExitCode: Error, Sendable {
    public let code: Int32
    public init(_ code: Int32) { self.code = code }
}

extension ParsedArguments {
    /// The value of `option` made into a `T` by `read`; a value it refuses is a usage error naming the option.
    public func read<T>(_ option: OptionSpec, _ read: (String) -> T?) throws(UsageError) -> T? {
        guard let text = value(option.name) else { return nil }
        guard let v = read(text) else { throw UsageError.invalid(text, for: option) }
        return v
    }
}
