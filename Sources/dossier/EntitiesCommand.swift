import ArgumentParsing
import ArticleModel
import Explorer

struct EntitiesCommand: Subcommand {
    static let spec = CommandSpec(
        name: "entities",
        abstract: "List the people, countries, organisations, places, events, media and projects, most mentioned first.",
        items: ArticleOptions.items + [
            .option(typeOption),
            .option(.flag("json", help: "Print JSON (the export contract's entity objects).")),
            .option(.flag("mentions", help: "Print every mention (paragraph, entity, text) instead of the table.")),
        ])
    static let typeOption = OptionSpec.value("type", help: "Only entities of this type (any case; org for organization).",
                                             values: EntityType.names)
    let input: ArticleOptions
    let type: EntityType?
    let json: Bool
    let mentions: Bool

    init(_ p: ParsedArguments) throws(UsageError) {
        input = try ArticleOptions(p)
        type = try p.read(Self.typeOption, EntityType.init(argument:))
        (json, mentions) = (p.flag("json"), p.flag("mentions"))
    }

    func run() throws {
        let article = try input.article()
        if article.isEmpty && !json { Output.emptyNotice(input); return }
        let list = article.entities.filter { type == nil || $0.type == type }
        if mentions {
            for m in article.mentions where type == nil || article.entities[m.entity].type == type {
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
