import ArgumentParser
import ArticleModel
import Explorer
import ProcessSupport
import TerminalIO
#if canImport(Glibc)
import Glibc
#endif

/// `dossier [FILE]`: the explorer. The default subcommand, so `dossier` alone opens it.
struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the article in the terminal explorer (the default when no subcommand is given)."
    )
    @OptionGroup var input: ArticleOptions

    @Option(help: ArgumentHelp("Colour theme for a dark or light terminal background.", valueName: "dark|light"))
    var theme: ThemeName = .dark

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
        let phases = "read+load \(ms(started, read)), \(background == nil ? "model" : "paragraphs") \(ms(read, BenchClock.nanos()))"
        do {
            try TerminalSession.run(article: consume article, background: background, theme: theme,
                                    started: started, phases: phases)
        } catch let e as TerminalUnavailable {
            Terminal.error(e.message)
            throw ExitCode(2)
        }
    }
}
