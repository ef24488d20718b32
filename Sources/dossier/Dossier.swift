import ArgumentParser

@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Explore a long-form article: its sections, annotations, cross-references, people and relations.",
        version: "0.1.0",
        subcommands: [Explore.self, Outline.self, AnnotationsCommand.self, Xrefs.self, Search.self, Export.self,
                      Entities.self, RelationsCommand.self, QualityCommand.self, Bench.self],
        defaultSubcommand: Explore.self
    )

    static func main() {
        Allocator.keepLargeBlocksMapped()
        main(nil)
    }
}
