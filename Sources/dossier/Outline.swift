import ArgumentParser
import ArticleModel

struct Outline: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the section tree with paragraph ranges.")
    @OptionGroup var input: ArticleOptions

    func run() throws {
        let article = try input.article()
        for p in article.paragraphs {
            print("¶\(p.index) \(p.kind.rawValue): \(article.text(of: p).prefix(60))")
        }
    }
}
