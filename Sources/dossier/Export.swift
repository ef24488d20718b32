import ArgumentParser
import ArticleModel

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the whole model as one JSON object.",
        discussion: "Keys: title, paragraphs [{index, kind, text}], sections [{title, level, first, last}], annotations [{paragraphs, annotates}], crossReferences [{paragraph, text, target}], entities [{id, name, type, aliases, mentions, paragraphs}], relations [{source, target, label, weight, evidence [{paragraph, sentence}]}]."
    )
    @OptionGroup var input: ArticleOptions

    func run() throws {
        let article = try input.article()
        print(ArticleJSON.export(article))
    }
}
