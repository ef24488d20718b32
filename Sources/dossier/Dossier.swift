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

    /// ArgumentParser's own `main`, then a check that what the subcommand printed reached its destination:
    /// a full disk or a closed standard output is reported (exit 74) instead of output lost without a word.
    static func main() {
        Allocator.keepLargeBlocksMapped()
        do {
            var command = try parseAsRoot()
            try command.run()
            Terminal.flushOutput()
        } catch {
            Terminal.flushOutput()
            exit(withError: error)
        }
    }
}
