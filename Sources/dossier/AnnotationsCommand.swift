import ArgumentParser
import ArticleModel

struct AnnotationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotations",
        abstract: "List the author's later annotations and the passages they annotate.",
        discussion: "With --json: {\"annotations\": [{\"paragraphs\", \"annotates\"}]}, as in the export."
    )
    @Flag(help: "Print JSON in the export's shape.") var json = false
    @OptionGroup var input: ArticleOptions

    func run() throws {
        let article = try input.article()
        if json { print(ArticleJSON.part("annotations", article)); return }
        if article.isEmpty { Output.emptyNotice(input); return }
        let out = Output()
        if article.annotations.isEmpty { print("no annotations"); return }
        for a in article.annotations {
            print(out.bold(Output.paragraphs(a.paragraphs)) + "  " + Output.opening(article, a.paragraphs[0]))
            let targets = a.annotates.map { "\(Output.paragraphs([$0])) \(Output.opening(article, $0, words: 7))" }
            print("    annotates " + (targets.isEmpty ? "nothing found" : targets.joined(separator: "; ")))
        }
    }
}
