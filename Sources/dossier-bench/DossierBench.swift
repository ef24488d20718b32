import ArgumentParsing
import ProcessSupport
#if canImport(Glibc)
import Glibc
#endif

/// Dossier's benchmarks, apart from the product: `swift run -c release dossier-bench model|explore|state [FILE]`.
@main
enum DossierBench {
    static var commands: [any Subcommand.Type] { [ModelBench.self, ExploreBench.self, StateBench.self] }

    static func main() {
        Allocator.keepLargeBlocksMapped()
        let program = Program(name: "dossier-bench", abstract: "Time Dossier's model and its explorer's keystrokes (build with -c release).",
                              subcommands: commands.map { $0.spec })
        switch program.choice(Array(CommandLine.arguments.dropFirst()), commands) {
        case .help(let text): print(text)
        case .version: print("0.1.0")
        case .usage(let text):
            BenchInput.fail(text)
            exit(64)
        case .run(let command):
            do {
                try command.run()
            } catch let e as ExitCode {
                exit(e.code)
            } catch {
                BenchInput.fail("\(error)")
                exit(1)
            }
        }
    }
}
