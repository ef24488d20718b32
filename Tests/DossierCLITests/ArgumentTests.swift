import Foundation
import Testing

/// Values the argument parser checks (usage errors exit 64, EX_USAGE) and output that cannot be written.
@Suite struct ArgumentTests {
    @Test(arguments: ["0", "-1", "-20"])
    func searchLimitBelowOneIsAUsageError(_ limit: String) throws {
        let r = try CLI.run(["search", "--limit", limit, "putin"])
        #expect(r.status == 64, "\(limit): \(r.err)")
        #expect(r.err.contains("--limit must be 1 or more"), "\(limit): \(r.err)")
        #expect(r.out.isEmpty)
    }

    @Test func searchLimitCapsTheHits() throws {
        let r = try CLI.run(["search", "--limit", "2", "putin"])
        #expect(r.status == 0)
        #expect(r.out.split(separator: "\n").count == 2)
    }

    @Test func anUnknownEntityTypeIsAUsageError() throws {
        let r = try CLI.run(["entities", "--type", "bogus"])
        #expect(r.status == 64, "\(r.err)")
        #expect(r.err.contains("'bogus'") && r.err.contains("person") && r.err.contains("project"), "\(r.err)")
        // The values as before: any case, and "org" for organisations.
        for type in ["country", "COUNTRY", "org"] {
            let ok = try CLI.run(["entities", "--type", type])
            #expect(ok.status == 0, "\(type)")
            #expect(ok.out.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix(type == "org" ? "organization" : "country") })
        }
    }

    @Test func anUnknownThemeIsAUsageError() throws {
        let r = try CLI.run(["explore", "--theme", "purple"])
        #expect(r.status == 64, "\(r.err)")
        #expect(r.err.contains("'purple'") && r.err.contains("dark") && r.err.contains("light"), "\(r.err)")
    }

    /// With standard output closed (`>&-`) the message says so, not "Invalid argument" or "Bad file descriptor".
    @Test(arguments: [["outline"], ["export"], ["--help"], ["entities", "--json"]])
    func aClosedStandardOutputIsNamed(_ arguments: [String]) throws {
        let command = ([CLI.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let r = try CLI.shell("\(command) >&-")
        #expect(r.status == 74, "\(arguments)")
        #expect(r.err == "dossier: write error on standard output: it is closed\n", "\(arguments): \(r.err)")
    }

    /// `--help` and `--version` to a full disk report the write error (they exited 0 with nothing written).
    @Test(arguments: [["--help"], ["outline", "--help"], ["--version"], ["help", "search"]])
    func helpToAFullDiskIsAnError(_ arguments: [String]) throws {
        let command = ([CLI.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let r = try CLI.shell("\(command) > /dev/full")
        #expect(r.status == 74, "\(arguments)")
        #expect(r.err.contains("write error on standard output: No space left on device"), "\(arguments): \(r.err)")
        let fine = try CLI.run(arguments)
        #expect(fine.status == 0 && !fine.out.isEmpty, "\(arguments)")
    }

    /// The ways to ask for help give the same page, and a mistake says what was wrong and how to use the command.
    @Test func helpAndUsageErrorsAsAUserMeetsThem() throws {
        let help = try CLI.run(["text", "--help"])
        #expect(help.status == 0 && help.out.hasPrefix("OVERVIEW: Print the article as plain text"))
        #expect(help.out.contains("USAGE: dossier text [--body] [<file>] [--max-size <size>] [--format <format>]"))
        #expect(try CLI.run(["help", "text"]).out == help.out)
        #expect(try CLI.run(["text", "notes.txt", "-h"]).out == help.out)
        #expect(try CLI.run(["help"]).out == (try CLI.run(["--help"])).out)
        #expect(try CLI.run(["entities", "--version"]).out == "0.1.0\n")
        let wrong = try CLI.run(["text", "--bdy"])
        #expect(wrong.status == 64 && wrong.out.isEmpty)
        #expect(wrong.err == """
            Error: Unknown option '--bdy'. Did you mean '--body'?
            Usage: dossier text [--body] [<file>] [--max-size <size>] [--format <format>]
              See 'dossier text --help' for more information.

            """)
        let missing = try CLI.run(["outline", "--format"])
        #expect(missing.status == 64 && missing.err.hasPrefix("Error: Missing value for '--format <format>'\nHelp:  --format <format>  "))
        // No subcommand: the explorer's options, and its usage in the error.
        let theme = try CLI.run(["--theme", "blue"])
        #expect(theme.status == 64 && theme.err.contains("Usage: dossier explore [<file>]"), "\(theme.err)")
    }
}
