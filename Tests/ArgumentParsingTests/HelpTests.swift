import ArgumentParsing
import Testing

/// Help as a user reads it in an 80-column terminal.
@Suite struct HelpTests {
    static let spec = CommandSpec(
        name: "text", abstract: "Print the article as plain text: the title, headings, quotes and list items marked as in Markdown.",
        discussion: "Paragraphs in reading order.",
        items: [.option(.flag("body", help: "Only the body, without marks.")),
                .argument(ArgumentSpec("file", help: "The article to read.", isOptional: true)),
                .option(.value("max-size", "size", help: "Refuse input larger than this.", defaultValue: "256 MiB")),
                .option(.value("format", help: "Read FILE as this format.", values: ["text", "html"]))])

    @Test func aCommandsHelpListsItsArgumentsAndOptions() {
        #expect(Help.text(Self.spec, program: "dossier") == """
            OVERVIEW: Print the article as plain text: the title, headings, quotes and list
            items marked as in Markdown.

            Paragraphs in reading order.

            USAGE: dossier text [--body] [<file>] [--max-size <size>] [--format <format>]

            ARGUMENTS:
              <file>                  The article to read.

            OPTIONS:
              --body                  Only the body, without marks.
              --max-size <size>       Refuse input larger than this. (default: 256 MiB)
              --format <format>       Read FILE as this format. (values: text, html)
              --version               Show the version.
              -h, --help              Show help information.

            """)
    }

    @Test func longHelpWrapsBesideItsLabelAndEveryLineFits() {
        let long = String(repeating: "word ", count: 40)
        let spec = CommandSpec(name: "x", abstract: long, items: [.option(.value("a-rather-long-option-name", "value", help: long))])
        let lines = Help.text(spec, program: "tool").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count < 80 })
        // A label too wide for its column puts its help on the next line, at the help column.
        let at = lines.firstIndex { $0.hasPrefix("  --a-rather-long-option-name <value>") }
        #expect(at.map { lines[$0] == "  --a-rather-long-option-name <value>" && lines[$0 + 1].hasPrefix(String(repeating: " ", count: 26) + "word") } == true)
    }

    /// A discussion written over several source lines is filled as one paragraph; a blank line stays.
    @Test func lineBreaksInADiscussionAreSpacesAndBlankLinesStay() {
        let spec = CommandSpec(name: "x", abstract: "Do x.", discussion: "First line of the discussion\nrunning on here.\n\nSecond paragraph.", items: [])
        let text = Help.text(spec, program: "tool")
        #expect(text.contains("\nFirst line of the discussion running on here.\n\nSecond paragraph.\n"))
    }

    @Test func aProgramsHelpListsItsSubcommandsTheDefaultFirst() {
        let other = CommandSpec(name: "outline", abstract: "Print the section tree.", items: [])
        let text = Help.text(program: "dossier", abstract: "Explore an article.", discussion: "", subcommands: [Self.spec, other])
        #expect(text.contains("USAGE: dossier <subcommand>"))
        #expect(text.contains("\n  text (default)          Print the article as plain text: the title, headings,\n"))
        #expect(text.contains("\n  outline                 Print the section tree.\n"))
        #expect(text.hasSuffix("\n  See 'dossier help <subcommand>' for detailed help."))
    }

    @Test func aUsageErrorShowsTheHelpOfWhatItIsAboutAndTheUsage() {
        let e = UsageError("Missing value for '--format <format>'", about: "format")
        #expect(Help.error(e, Self.spec, program: "dossier") == """
            Error: Missing value for '--format <format>'
            Help:  --format <format>  Read FILE as this format.
            Usage: dossier text [--body] [<file>] [--max-size <size>] [--format <format>]
              See 'dossier text --help' for more information.
            """)
    }
}
