/// The help of a command and the usage part of its errors, in the layout of common command-line tools:
/// OVERVIEW, USAGE, ARGUMENTS, OPTIONS, in lines shorter than 80 columns with the help text from column 27.
public enum Help {
    public static let width = 79
    static let column = 26

    /// `program` is what comes before the command's name ("dossier").
    public static func text(_ spec: CommandSpec, program: String) -> String {
        var lines = wrap("OVERVIEW: " + spec.abstract, width: width)
        if !spec.discussion.isEmpty { lines += [""] + wrap(spec.discussion, width: width) }
        lines += ["", "USAGE: " + usage(spec, program: program)]
        let arguments = spec.arguments.map { entry($0.label, $0.help, $0.defaultValue, []) }
        if !arguments.isEmpty { lines += ["", "ARGUMENTS:"] + arguments.flatMap { $0 } }
        let options = spec.options.map { entry($0.label, $0.help, $0.defaultValue, $0.values) }
            + [entry("--version", "Show the version.", nil, []), entry("-h, --help", "Show help information.", nil, [])]
        lines += ["", "OPTIONS:"] + options.flatMap { $0 } + [""]
        return lines.joined(separator: "\n")
    }

    /// The help of a program made of subcommands, the first of them the default.
    public static func text(program: String, abstract: String, discussion: String, subcommands: [CommandSpec]) -> String {
        var lines = wrap("OVERVIEW: " + abstract, width: width)
        if !discussion.isEmpty { lines += [""] + wrap(discussion, width: width) }
        lines += ["", "USAGE: \(program) <subcommand>", "", "OPTIONS:"]
        lines += entry("--version", "Show the version.", nil, []) + entry("-h, --help", "Show help information.", nil, [])
        lines += ["", "SUBCOMMANDS:"]
        for (k, s) in subcommands.enumerated() { lines += entry(k == 0 ? s.name + " (default)" : s.name, s.abstract, nil, []) }
        lines += ["", "  See '\(program) help <subcommand>' for detailed help."]
        return lines.joined(separator: "\n")
    }

    /// "dossier search <query> [--limit <limit>] [--json] [<file>]".
    public static func usage(_ spec: CommandSpec, program: String) -> String {
        let items = spec.items.map { item -> String in
            switch item {
            case .argument(let a): return a.isOptional ? "[\(a.label)]" : a.label
            case .option(let o): return "[\(o.label)]"
            }
        }
        return ([program, spec.name] + items).joined(separator: " ")
    }

    /// What a usage error prints: the message, the help of what it is about, the usage and where help is.
    public static func error(_ e: UsageError, _ spec: CommandSpec, program: String) -> String {
        var lines = ["Error: " + e.message]
        if let about = e.about {
            if let o = spec.option(about) {
                lines.append("Help:  \(o.label)  \(o.help)")
            } else if let a = spec.arguments.first(where: { $0.name == about }) {
                lines.append("Help:  \(a.label)  \(a.help)")
            }
        }
        lines += ["Usage: " + usage(spec, program: program), "  See '\(program) \(spec.name) --help' for more information."]
        return lines.joined(separator: "\n")
    }

    /// One entry of a list: the label in the first columns, its help wrapped beside it.
    static func entry(_ label: String, _ help: String, _ defaultValue: String?, _ values: [String]) -> [String] {
        var text = help
        if !values.isEmpty { text += " (values: " + values.joined(separator: ", ") + ")" }
        if let defaultValue { text += " (default: \(defaultValue))" }
        let body = wrap(text, width: width - column)
        let head = "  " + label
        var lines: [String]
        if head.count < column - 1 {
            lines = [head + String(repeating: " ", count: column - head.count) + (body.first ?? "")]
        } else {
            lines = [head, String(repeating: " ", count: column) + (body.first ?? "")]
        }
        lines += body.dropFirst().map { String(repeating: " ", count: column) + $0 }
        return lines
    }

    /// Words greedily filled into lines of at most `width` characters (a longer word gets a line of its own);
    /// a line break in `text` is a space, a blank line is kept.
    static func wrap(_ text: String, width: Int) -> [String] {
        let paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: false).map(String.init)
        guard paragraphs.count == 1 else { return Array(paragraphs.map { wrap($0, width: width) }.joined(separator: [""])) }
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
