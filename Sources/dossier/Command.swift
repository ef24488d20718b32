import ArgumentParsing

/// A subcommand: what it accepts, built from the parsed command line (a bad value is a usage error,
/// exit 64), then run.
protocol Command {
    static var spec: CommandSpec { get }
    init(_ p: ParsedArguments) throws(UsageError)
    func run() throws
}

/// The status a command exits with once it has said why (the sysexits codes: 65 data, 66 no input, 74 I/O).
struct ExitCode: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}

extension ParsedArguments {
    /// The value of `option` made into a `T` by `read`; a value it refuses is a usage error naming the option.
    func read<T>(_ option: OptionSpec, _ read: (String) -> T?) throws(UsageError) -> T? {
        guard let text = value(option.name) else { return nil }
        guard let v = read(text) else { throw UsageError.invalid(text, for: option) }
        return v
    }
}
