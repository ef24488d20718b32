import ArgumentParsing
import ArticleModel

struct AnnotationsCommand: Subcommand {
    static let spec = CommandSpec(
        name: "annotations",
        abstract: "List the author's later annotations and the passages they annotate.",
        discussion: "With --json: {\"annotations\": [{\"paragraphs\", \"annotates\"}]}, as in the export.",
        items: [.option(.flag("json", help: "Print JSON in the export's shape."))] + ArticleOptions.items)
    let json: Bool
    let input: ArticleOptions

    init(_ p: ParsedArguments) throws(UsageError) { (json, input) = (p.flag("json"), try ArticleOptions(p)) }

    func run() throws {
        guard let article = try Output.article(input, json: json, part: "annotations") else { return }
        let out = Output()
        if article.annotations.isEmpty { print("no annotations"); return }
        for a in article.annotations {
            print(out.bold(Output.paragraphs(a.paragraphs)) + "  " + Output.opening(article, a.paragraphs[0]))
            let target = a.annotates.first.map { Output.paragraphs(a.annotates) + " " + Output.opening(article, $0, words: 7) }
            print("    annotates " + (target ?? "nothing found"))
        }
    }
}
