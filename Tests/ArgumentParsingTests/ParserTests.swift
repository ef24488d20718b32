import ArgumentParsing
import Testing

/// The command line read as a user types it: options in any order, `--name=value`, `--` and `-`.
@Suite struct ParserTests {
    static let spec = CommandSpec(
        name: "search", abstract: "Find words.",
        items: [.argument(ArgumentSpec("query", help: "The words.")),
                .option(.value("limit", help: "At most this many.", takesDashValue: true)),
                .option(.flag("json", help: "Print JSON.")),
                .argument(ArgumentSpec("file", help: "The article.", isOptional: true)),
                .option(.value("format", help: "The format.", values: ["text", "html"]))])

    func run(_ words: [String]) throws -> ParsedArguments {
        guard case .run(let p) = try Parser.parse(words, for: Self.spec) else { throw UsageError("not a run") }
        return p
    }

    func error(_ words: [String]) -> UsageError? {
        do { _ = try Parser.parse(words, for: Self.spec); return nil } catch { return error }
    }

    @Test func optionsAndArgumentsInAnyOrder() throws {
        let p = try run(["--json", "putin", "--limit", "3", "notes.txt", "--format=html"])
        #expect(p.argument("query") == "putin" && p.argument("file") == "notes.txt")
        #expect(p.value("limit") == "3" && p.value("format") == "html" && p.flag("json"))
        #expect(try run(["putin"]).argument("file") == nil)
        #expect(try run(["putin", "--limit", "2", "--limit=5"]).value("limit") == "5")
    }

    @Test func aDoubleDashEndsTheOptionsAndADashIsStandardInput() throws {
        let p = try run(["--", "--json", "-"])
        #expect(p.argument("query") == "--json" && p.argument("file") == "-" && !p.flag("json"))
        #expect(try run(["putin", "-"]).argument("file") == "-")
    }

    @Test func helpAndVersionWinBeforeADoubleDash() throws {
        #expect(try Parser.parse(["putin", "--bogus", "-h"], for: Self.spec) == .help)
        #expect(try Parser.parse(["--help"], for: Self.spec) == .help)
        #expect(try Parser.parse(["--version", "x"], for: Self.spec) == .version)
        #expect(try run(["--", "--help"]).argument("query") == "--help")
    }

    @Test func aValueThatBeginsWithADashIsTakenOnlyWhereItMayBe() throws {
        #expect(try run(["putin", "--limit", "-5"]).value("limit") == "-5")
        #expect(error(["putin", "--format", "--json"]) == UsageError("Missing value for '--format <format>'", about: "format"))
        #expect(error(["putin", "--format"])?.message == "Missing value for '--format <format>'")
    }

    @Test func mistakesAreNamed() {
        #expect(error(["putin", "--jsn"])?.message == "Unknown option '--jsn'. Did you mean '--json'?")
        #expect(error(["putin", "--lim=4"])?.message == "Unknown option '--lim'. Did you mean '--limit'?")
        #expect(error(["putin", "-x"])?.message == "Unknown option '-x'")
        #expect(error(["putin", "--verbose"])?.message == "Unknown option '--verbose'")
        #expect(error(["putin", "--json=yes"])?.message == "The flag '--json' takes no value")
        #expect(error(["putin", "a.txt", "b.txt"])?.message == "Unexpected argument 'b.txt'")
        #expect(error([]) == UsageError("Missing expected argument '<query>'", about: "query"))
    }

    @Test func anInvalidValueListsTheValuesTaken() throws {
        let format = try #require(Self.spec.option("format"))
        #expect(UsageError.invalid("pdf", for: format).message
            == "The value 'pdf' is invalid for '--format <format>'. Please provide one of 'text' or 'html'.")
        let limit = try #require(Self.spec.option("limit"))
        #expect(UsageError.invalid("x", for: limit) == UsageError("The value 'x' is invalid for '--limit <limit>'", about: "limit"))
    }

    @Test func anOptionThatTakesManyTakesWordsUpToTheNextOption() throws {
        let spec = CommandSpec(name: "model", abstract: "Time it.",
                               items: [.argument(ArgumentSpec("file", help: "The text.", isOptional: true)),
                                       .option(.values("mix", help: "Texts to mix.")), .option(.flag("json", help: "JSON."))])
        guard case .run(let p) = try Parser.parse(["--mix", "a.txt", "b.txt", "--json", "c.txt", "--mix=d.txt"], for: spec) else {
            Issue.record("not a run")
            return
        }
        #expect(p.list("mix") == ["a.txt", "b.txt", "d.txt"] && p.flag("json") && p.argument("file") == "c.txt")
        #expect(throws: UsageError("Missing value for '--mix <mix> ...'", about: "mix")) { try Parser.parse(["--mix", "--json"], for: spec) }
    }
}
