import ArgumentParsing
import ArticleModel

struct XrefsCommand: Subcommand {
    static let spec = CommandSpec(
        name: "xrefs",
        abstract: "List cross-references (\"as discussed above\", footnote markers …) and their targets.",
        discussion: "With --json: {\"crossReferences\": [{\"paragraph\", \"text\", \"target\"}]}, as in the export; target is null when it points outside the text.",
        items: [.option(.flag("json", help: "Print JSON in the export's shape."))] + ArticleOptions.items)
    let json: Bool
    let input: ArticleOptions

    init(_ p: ParsedArguments) throws(UsageError) { (json, input) = (p.flag("json"), try ArticleOptions(p)) }

    func run() throws {
        guard let article = try Output.article(input, json: json, part: "crossReferences") else { return }
        let out = Output()
        if article.crossReferences.isEmpty { print("no cross-references"); return }
        for x in article.crossReferences {
            let phrase = "\"" + Output.line(article.text(x.range)) + "\""
            let target: String
            if let t = x.target, let first = t.first {
                target = Output.paragraphs(t) + " " + Output.opening(article, first, words: 7)
            } else {
                target = "outside the text"
            }
            print(out.bold(Output.paragraphs([x.paragraph])) + "  " + phrase + "  → " + target)
        }
    }
}
