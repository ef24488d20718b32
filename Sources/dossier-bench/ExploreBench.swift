import ArgumentParsing
import ArticleModel
import Explorer
import Foundation
import ProcessSupport
import TerminalIO

/// `dossier-bench explore [FILE] --rounds N`: replays a fixed key script through reduce and render at
/// 200×60, then times copying its screens to ncurses.
struct ExploreBench: Subcommand {
    static let spec = CommandSpec(
        name: "explore",
        abstract: "Replay a key script through the explorer's reduce and render at 200×60 and print timings.",
        items: BenchInput.items + [.option(roundsOption)])
    static let roundsOption = OptionSpec.value("rounds", help: "How many times the script is replayed.", defaultValue: "30")
    let input: BenchInput
    let rounds: Int

    init(_ p: ParsedArguments) throws(UsageError) {
        input = BenchInput(p)
        rounds = try p.read(Self.roundsOption) { Int($0) } ?? 30
    }

    func run() throws {
        let started = BenchClock.nanos()
        let article = try input.article()
        Self.run(article: article, rounds: max(1, rounds), started: started)
    }

    static let script: [Key] = [
        .char("j"), .char("j"), .char("j"), .ctrl("d"), .ctrl("d"), .char(" "), .char("}"), .char("}"), .char("]"),
        .char("f"), .backspace, .char("/"), .char("p"), .char("u"), .char("t"), .enter, .char("n"), .char("n"), .char("N"),
        .tab, .char("j"), .char("j"), .enter, .char("3"), .char("j"), .char("j"), .char("s"), .char("t"), .enter,
        .char("4"), .char("j"), .char("v"), .char("v"), .enter, .backspace, .char("?"), .char("j"), .escape,
        .char("G"), .char("g"), .pageDown, .pageUp, .char("2"), .char("k"), .char("1"), .char("j"),
    ]

    static func run(article: Article, rounds: Int, started: UInt64) {
        let modelBuilt = BenchClock.nanos()
        var state = State(article: article, width: 200, height: 60)
        _ = render(state)
        let firstFrame = Double(BenchClock.nanos() - started) / 1e6
        let explorerPart = Double(BenchClock.nanos() - modelBuilt) / 1e6
        var samples: [Double] = []
        var screens: [Screen] = []
        let keymap = Keymap.standard
        for round in 0..<rounds {
            state = State(article: article, width: 200, height: 60)
            for key in script {
                let t0 = BenchClock.nanos()
                if let a = keymap.action(for: key, in: state) { state = reduce(state, a) }
                let screen = render(state)
                let t1 = BenchClock.nanos()
                samples.append(Double(t1 - t0) / 1e6)
                if round == 0 { screens.append(screen) }
            }
        }
        print("keystrokes: \(samples.count) (\(script.count) keys × \(rounds) rounds) at 200×60")
        report("reduce+render", samples)
        // The slowest steps of the script, by median over the rounds.
        let perStep = (0..<script.count).map { i -> (String, Double) in
            let v = stride(from: i, to: samples.count, by: script.count).map { samples[$0] }.sorted()
            return ("\(i):\(script[i].label)", v[v.count / 2])
        }
        let slowest = perStep.sorted { $0.1 > $1.1 }.prefix(5).map { String(format: "%@ %.2f", $0.0, $0.1) }
        print("slowest steps (median ms): " + slowest.joined(separator: ", "))
        if let copies = Painter.benchCopy(screens, rounds: rounds) {
            report("ncurses copy (changed cells to a terminal on /dev/null)", copies)
            let total = zip(samples, copies + copies.prefix(max(0, samples.count - copies.count))).map { $0 + $1 }
            report("keystroke total", total)
        } else {
            print("ncurses copy: skipped (TERM unset or unknown)")
        }
        print(String(format: "start to first frame (load, model, state, render): %.1f ms, of which state and first render %.1f ms", firstFrame, explorerPart))
    }

    static func report(_ what: String, _ values: [Double]) {
        let t = Timings(values)
        guard let max = t.sorted.last else { return }
        print(String(format: "%@ ms: p50 %.3f  p90 %.3f  p99 %.3f  max %.3f", what, t.median, t.quantile(0.9), t.p99, max))
    }
}
