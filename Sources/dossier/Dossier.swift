import ArgumentParsing
import ProcessSupport
#if canImport(Glibc)
import Glibc
#endif

@main
enum Dossier {
    static let version = "0.1.0"
    static let abstract = "Explore a long-form article: its sections, annotations, cross-references, people and relations."
    static let discussion = "The explorer remembers each article's reading place, marks, jump list, theme and text width in " +
        "$XDG_STATE_HOME/dossier/state.sqlite (by default ~/.local/state/dossier/); --no-state turns that off."
    /// The subcommands, the default (the explorer) first.
    static var commands: [any Subcommand.Type] { [Explore.self, OutlineCommand.self, TextCommand.self, AnnotationsCommand.self,
                                               XrefsCommand.self, SearchCommand.self, ExportCommand.self, EntitiesCommand.self,
                                               RelationsCommand.self, QualityCommand.self] }
    static var program: Program {
        Program(name: "dossier", abstract: abstract, discussion: discussion, subcommands: commands.map { $0.spec })
    }

    /// Parses, runs, and checks that what the subcommand printed reached its destination: a full disk or a
    /// closed standard output is reported (exit 74) instead of output lost without a word.
    static func main() {
        Allocator.keepLargeBlocksMapped()
        // Closed (`>&-`), fd 1 would be taken by the next file opened; nothing could be printed anyway.
        if fcntl(1, F_GETFD) == -1 {
            Terminal.error("write error on standard output: it is closed")
            exit(74)
        }
        switch program.choice(Array(CommandLine.arguments.dropFirst()), commands) {
        case .help(let text):
            exitForDashFile()
            print(text)
        case .version:
            print(version)
        case .usage(let text):
            exitForDashFile()
            Terminal.writeErr(text + "\n")
            exit(64)
        case .run(let command):
            do {
                try command.run()
            } catch let e as ExitCode {
                Terminal.flushOutput()
                exit(e.code)
            } catch {
                Terminal.flushOutput()
                Terminal.error("\(error)")
                exit(1)
            }
        }
        Terminal.flushOutput()
        exit(0)
    }

    /// After a usage error or help: when an argument was a file whose name begins with '-', say so (exit 64).
    static func exitForDashFile() {
        guard let file = dashFile(CommandLine.arguments.dropFirst()) else { return }
        Terminal.error("\(file): a file name that begins with '-' reads as options; write ./\(file) or put -- before it")
        exit(64)
    }

    /// An argument before any `--` that begins with '-' and names an existing file (`-notes.txt`), which the
    /// parser took for an option.
    static func dashFile(_ arguments: ArraySlice<String>) -> String? {
        for a in arguments.prefix(while: { $0 != "--" }) where a.count > 1 && a.hasPrefix("-") && a != "-h" && a != "--help" {
            var st = stat()
            if stat(a, &st) == 0 { return a }
        }
        return nil
    }
}
