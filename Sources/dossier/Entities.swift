import ArgumentParser
import ArticleModel
import Explorer

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people, countries, organisations, places, events, media and projects, most mentioned first.")
    @OptionGroup var input: ArticleOptions
    @Option(help: ArgumentHelp("Only entities of this type: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "type"))
    var type: String?
    @Flag(help: "Print JSON (the export contract's entity objects).")
    var json = false
    @Flag(help: "Print every mention (paragraph, entity, text) instead of the table.")
    var mentions = false

    func run() throws {
        var wanted: EntityType? = nil
        if let type {
            guard let t = EntityType(rawValue: type.lowercased()) ?? (type.lowercased() == "org" ? .organization : nil) else {
                Terminal.error("unknown type '\(DisplayText.sanitize(type))'; use one of: \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))")
                throw ExitCode(2)
            }
            wanted = t
        }
        let article = try input.article()
        if article.isEmpty && !json { Output.emptyNotice(input); return }
        let list = article.entities.filter { wanted == nil || $0.type == wanted }
        if mentions {
            for m in article.mentions where wanted == nil || article.entities[m.entity].type == wanted {
                print("¶\(m.paragraph)\t\(DisplayText.sanitize(article.entities[m.entity].name))\t\(Output.line(article.text(m.range)))")
            }
            return
        }
        if json {
            print(ArticleJSON.entities(list, of: article))
            return
        }
        let color = Terminal.useColor
        let nameWidth = min(32, max(4, list.map { DisplayWidth.of(DisplayText.sanitize($0.name)) }.max() ?? 4))
        print(Output.pad("TYPE", 13) + Output.pad("NAME", nameWidth + 2) + "MENTIONS  ALIASES")
        for e in list {
            let type = Output.pad(e.type.rawValue, 13)
            let name = Output.pad(DisplayText.sanitize(e.name), nameWidth + 2)
            let count = Output.pad(String(e.mentionCount), 10)
            let aliases = DisplayText.sanitize(e.aliases.joined(separator: ", "))
            print((color ? Output.color(e.type) + type + Output.reset : type) + name + count + aliases)
        }
    }
}
