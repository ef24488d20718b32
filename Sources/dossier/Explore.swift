import ArgumentParsing
import ArticleModel
import Explorer
import ProcessSupport
import TerminalIO
#if canImport(Glibc)
import Glibc
#endif

/// `dossier [FILE]`: the explorer. The default subcommand, so `dossier` alone opens it.
struct Explore: Subcommand {
    static let spec = CommandSpec(
        name: "explore",
        abstract: "Open the article in the terminal explorer (the default when no subcommand is given).",
        items: ArticleOptions.items + [
            .option(themeOption),
            .option(.flag("no-state", help: "Neither restore nor save the reading place, marks, jump list, theme and text width (kept in $XDG_STATE_HOME/dossier/state.sqlite, by default ~/.local/state/dossier/).")),
        ])
    static let themeOption = OptionSpec.value("theme", "dark|light", help: "Colour theme for a dark or light terminal background (default: the last one used, else dark).",
                                              values: ThemeName.names)
    let input: ArticleOptions
    let theme: ThemeName?
    let noState: Bool

    init(_ p: ParsedArguments) throws(UsageError) {
        input = try ArticleOptions(p)
        theme = try p.read(Self.themeOption, ThemeName.init(rawValue:))
        noState = p.flag("no-state")
    }

    func run() throws {
        let started = BenchClock.nanos()
        // The file first: a missing or binary file is the problem to report, whatever the terminal is.
        // With no FILE, text piped in is the article (as less reads it); keys come from the terminal.
        let loaded = try input.loaded(pipedInput: Terminal.stdoutIsTTY)
        if !Terminal.stdoutIsTTY {
            Terminal.error("standard output is not a terminal, so the explorer cannot open. " +
                           "To print the article instead use a subcommand: dossier outline, dossier export (see dossier --help)")
            throw ExitCode(2)
        }
        if let problem = TerminalSession.terminalProblem() {
            Terminal.error("\(problem); the explorer needs a real terminal. " +
                           "Set TERM (e.g. TERM=xterm-256color) or use a subcommand: dossier outline, dossier export (see dossier --help)")
            throw ExitCode(2)
        }
        let read = BenchClock.nanos()
        // A big text opens at once with its paragraphs; the full model follows from a background thread.
        var article: Article
        var background: (text: LoadedText, knowledge: Knowledge)?
        if loaded.bytes.count >= PendingModel.threshold {
            article = Article.paragraphsOnly(loaded)
            background = (loaded, KnowledgeBase.shared)
        } else {
            article = ArticleBuilder.build(loaded, knowledge: KnowledgeBase.shared)
        }
        let ms = { (a: UInt64, b: UInt64) in (b - a) / 1_000_000 }
        let built = BenchClock.nanos()
        let memory = Remembering(off: noState, article: article, path: input.file.map(Remembering.absolute))
        let stateUs = (BenchClock.nanos() - built) / 1000
        let phases = "read+load \(ms(started, read)), \(background == nil ? "model" : "paragraphs") \(ms(read, built)), " +
            "state \(stateUs / 1000).\(stateUs % 1000 / 100)"
        let opening = [memory.resume(in: article), memory.problem.map { Action.note($0) }].compactMap { $0 }
        let end: SessionEnd
        do {
            end = try TerminalSession.run(article: consume article, background: background, theme: theme ?? memory.theme ?? .dark,
                                          textWidth: memory.textWidth, opening: opening, started: started, phases: phases)
        } catch let e as TerminalUnavailable {
            Terminal.error(e.message)
            throw ExitCode(2)
        }
        if let problem = memory.save(end.state) { Terminal.error(problem) }
        if let sig = end.signal {
            signal(sig, SIG_DFL)
            raise(sig)
        }
    }
}
