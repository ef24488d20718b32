import ArgumentParsing
import ArticleModel

struct OutlineCommand: Subcommand {
    static let spec = CommandSpec(
        name: "outline",
        abstract: "Print the section tree with paragraph ranges.",
        discussion: "Level-2 sections are indented under their level-1 section. With --json: {\"title\", \"sections\": [{\"title\", \"level\", \"first\", \"last\"}]}, as in the export.",
        items: [.option(.flag("json", help: "Print JSON in the export's shape."))] + ArticleOptions.items)
    let json: Bool
    let input: ArticleOptions

    init(_ p: ParsedArguments) throws(UsageError) { (json, input) = (p.flag("json"), try ArticleOptions(p)) }

    func run() throws {
        guard let article = try Output.article(input, json: json, part: "sections") else { return }
        let out = Output()
        if let title = article.title { print(out.bold(Output.line(title))) }
        for s in article.sections {
            let indent = String(repeating: "  ", count: s.level)
            let range = s.first == s.last ? "¶\(s.first)" : "¶\(s.first)–\(s.last)"
            print(indent + Output.line(s.title) + "  " + out.dim(range))
        }
    }
}
