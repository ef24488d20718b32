import ArgumentParser
import ProcessSupport
#if canImport(Glibc)
import Glibc
#endif

@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Explore a long-form article: its sections, annotations, cross-references, people and relations.",
        discussion: """
            The explorer remembers each article's reading place, marks, jump list, theme and text width in \
            $XDG_STATE_HOME/dossier/state.sqlite (by default ~/.local/state/dossier/); --no-state turns that off.
            """,
        version: "0.1.0",
        subcommands: [Explore.self, OutlineCommand.self, TextCommand.self, AnnotationsCommand.self, XrefsCommand.self, SearchCommand.self,
                      ExportCommand.self, EntitiesCommand.self, RelationsCommand.self, QualityCommand.self],
        defaultSubcommand: Explore.self
    )

    /// ArgumentParser's own `main`, then a check that what the subcommand printed reached its destination:
    /// a full disk or a closed standard output is reported (exit 74) instead of output lost without a word.
    static func main() {
        Allocator.keepLargeBlocksMapped()
        // Closed (`>&-`), fd 1 would be taken by the next file opened; nothing could be printed anyway.
        if fcntl(1, F_GETFD) == -1 {
            Terminal.error("write error on standard output: it is closed")
            Glibc.exit(74)
        }
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exitForDashFile()
            exit(checkingOutput: error)
        }
        // (Not one of ours: ArgumentParser's `help` subcommand. Compared by identity: naming the type
        // would demangle it, a measurable part of a start.)
        let ours = [Dossier.self] + configuration.subcommands
        if !ours.contains(where: { ObjectIdentifier($0) == ObjectIdentifier(type(of: command)) }) { exitForDashFile() }
        do {
            try command.run()
            Terminal.flushOutput()
        } catch {
            Terminal.flushOutput()
            exit(checkingOutput: error)
        }
    }

    /// ArgumentParser's `exit(withError:)`, except that help and the version (printed on standard output,
    /// exit 0) are checked to have been written: to a full disk they are an error (exit 74).
    static func exit(checkingOutput error: Error) -> Never {
        guard exitCode(for: error).isSuccess else { exit(withError: error) }
        let text = fullMessage(for: error)
        if !text.isEmpty { print(text) }
        Terminal.flushOutput()
        Glibc.exit(0)
    }

    /// After a parse error or help: when an argument was a file whose name begins with '-', say so (exit 64).
    static func exitForDashFile() {
        guard let file = dashFile(CommandLine.arguments.dropFirst()) else { return }
        Terminal.error("\(file): a file name that begins with '-' reads as options; write ./\(file) or put -- before it")
        exit(withError: ExitCode(64))
    }

    /// An argument before any `--` that begins with '-' and names an existing file (`-notes.txt`), which the
    /// parser took for options: an unknown option, or help from the `h` in `-dash.txt`.
    static func dashFile(_ arguments: ArraySlice<String>) -> String? {
        for a in arguments.prefix(while: { $0 != "--" }) where a.count > 1 && a.hasPrefix("-") && a != "-h" && a != "--help" {
            var st = stat()
            if stat(a, &st) == 0 { return a }
        }
        return nil
    }
}
