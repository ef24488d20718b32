import ArgumentParser
import ProcessSupport

/// Dossier's benchmarks, apart from the product: `swift run -c release dossier-bench model|explore|state [FILE]`.
@main
struct DossierBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-bench",
        abstract: "Time Dossier's model and its explorer's keystrokes (build with -c release).",
        subcommands: [ModelBench.self, ExploreBench.self, StateBench.self],
        defaultSubcommand: ModelBench.self
    )

    static func main() {
        Allocator.keepLargeBlocksMapped()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
