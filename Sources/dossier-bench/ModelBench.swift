import ArgumentParsing
import ArticleModel
import Foundation
import ProcessSupport

/// `dossier-bench model`: times each model stage, the scaling to large texts, and search.
struct ModelBench: Subcommand {
    static let spec = CommandSpec(
        name: "model",
        abstract: "Time each model stage (median of several runs after a warm-up), scaling to large texts, and search.",
        discussion: """
        Build in release mode: swift run -c release dossier-bench model [FILE].
        Scaling texts are the article repeated (its paragraphs renumbered by position) to 1x, 10x, 100x
        and 400x, and, with --mix, the given files repeated to 10 MB.
        'total' is the whole model as dossier builds it: up to 1 MB on two cores (the entity stages beside
        the index and structure), so it is less than the stages' sum, printed as 'one after another'.
        """,
        items: BenchInput.items + [
            .option(repeatOption),
            .option(.values("mix", help: "Texts to mix into a 10 MB text of mixed articles.")),
            .option(.value("scales", help: "Comma-separated scale factors of the article to time.", defaultValue: "1,10,100,400")),
            .option(.flag("json", help: "Print one JSON object instead of tables.")),
            .option(.flag("memory", help: "Instead of timing: build the file once, one stage after another, and print each stage's peak resident memory (where a build's peak is).")),
        ])
    static let repeatOption = OptionSpec.value("repeat", help: "Runs to take the median of at 1x (larger sizes use fewer).", defaultValue: "50")
    let input: BenchInput
    let `repeat`: Int
    let mix: [String]
    let factors: [Int]
    let json: Bool
    let memory: Bool

    init(_ p: ParsedArguments) throws(UsageError) {
        input = BenchInput(p)
        `repeat` = try p.read(Self.repeatOption) { Int($0) } ?? 50
        mix = p.list("mix")
        factors = try Self.factors(p.value("scales") ?? "1,10,100,400")
        (json, memory) = (p.flag("json"), p.flag("memory"))
    }

    /// The largest scaled text timed: a gigabyte (the model then takes several more).
    static let scaledLimit = 1 << 30

    /// The scale factors, each a positive whole number.
    static func factors(_ scales: String) throws(UsageError) -> [Int] {
        let parts = scales.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let values = parts.map { Int($0) }
        guard !parts.isEmpty, values.allSatisfy({ ($0 ?? 0) > 0 }) else {
            throw UsageError("--scales takes comma-separated whole numbers from 1 up, e.g. 1,10,100")
        }
        return values.compactMap { $0 }
    }

    func run() throws {
        let t0 = BenchClock.now()
        let knowledge = BenchInput.knowledge
        let knowledgeTime = BenchClock.now() - t0
        if memory {
            var text = try input.readBytes()
            print(Self.stageMemory(&text, knowledge: knowledge))
            return
        }
        let bytes = try input.readBytes()

        var report = BenchReport(file: input.displayName, bytes: bytes.count, knowledgeMs: knowledgeTime * 1000)
        // Refused before any memory is spent: the article repeated a billion times is hundreds of gigabytes.
        if let factor = factors.first(where: { $0 > Self.scaledLimit / (bytes.count + 2) }) {
            BenchInput.fail("--scales \(factor): \(input.displayName) repeated \(factor) times would be over \(Self.scaledLimit >> 30) GiB; "
                + "the largest factor for this text is \(Self.scaledLimit / (bytes.count + 2))")
            throw ExitCode(64)
        }
        var largest: [UInt8] = bytes
        for factor in factors {
            let text = factor == 1 ? bytes : Self.repeated(bytes, factor)
            let runs = max(3, self.repeat / factor)
            report.sizes.append(Self.measure(name: "\(factor)x", text: text, runs: runs, knowledge: knowledge))
            if text.count > largest.count { largest = text }
        }
        if !mix.isEmpty {
            var parts: [UInt8] = []
            for file in mix { parts += try BenchInput.read(file) + [0x0A, 0x0A] }
            let text = Self.repeated(parts, max(1, (10 << 20) / max(1, parts.count)))
            report.sizes.append(Self.measure(name: "mixed", text: text, runs: 3, knowledge: knowledge))
            largest = text
        }
        report.search = Self.searchBench(largest, knowledge: knowledge)
        if json { print(report.json) } else { print(report.table) }
    }

    /// `text` repeated `factor` times, a blank line between copies.
    static func repeated(_ text: [UInt8], _ factor: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((text.count + 2) * factor)
        for _ in 0..<factor { out += text; out += [0x0A, 0x0A] }
        return out
    }

    /// Times `runs` builds of `text` after a warm-up. Memory: the peak resident size during the builds
    /// above the resident size just before them (the binary, the knowledge tables and the benchmark's
    /// own copy of its input, which a reader's `dossier FILE` does not keep), freed memory returned first.
    static func measure(name: String, text: [UInt8], runs: Int, knowledge: Knowledge) -> SizeReport {
        BenchClock.markPeak()
        let baseRSS = BenchClock.currentRSS()
        var stages: [ArticleBuilder.Stage: [Double]] = [:]
        var loads: [Double] = [], sequential: [Double] = [], totals: [Double] = []
        var entities = 0, paragraphs = 0
        // Up to `concurrentLimit` the model is built on two cores: the stages are timed one after another
        // (one core) and, in the same run, the whole model is timed as `dossier FILE` builds it.
        let twoCores = text.count <= ArticleBuilder.concurrentLimit
        for run in 0...runs { // run 0 is the warm-up
            let start = BenchClock.now()
            guard let loaded = try? Loader.load(text) else { break }
            let loadTime = BenchClock.now() - start
            var times: [ArticleBuilder.Stage: Double] = [:]
            let article = ArticleBuilder.build(loaded, knowledge: knowledge) { stage, body in
                let t = BenchClock.now(); body(); times[stage] = BenchClock.now() - t
            }
            let oneCore = BenchClock.now() - start
            entities = article.entities.count; paragraphs = article.paragraphs.count
            var total = oneCore
            if twoCores {
                let again = BenchClock.now()
                if let loaded = try? Loader.load(text) { _ = ArticleBuilder.build(loaded, knowledge: knowledge) }
                total = BenchClock.now() - again
            }
            if run == 0 { continue }
            loads.append(loadTime); sequential.append(oneCore); totals.append(total)
            for (k, v) in times { stages[k, default: []].append(v) }
        }
        var rows = [("load and normalise", Timings(loads))]
        for stage in ArticleBuilder.Stage.allCases { rows.append((stage.rawValue, Timings(stages[stage] ?? []))) }
        if twoCores { rows.append(("all of the above one after another (one core)", Timings(sequential))) }
        return SizeReport(name: name, bytes: text.count, runs: runs, stages: rows, total: Timings(totals), oneCore: Timings(sequential),
                          peakRSS: BenchClock.peakSinceMark(), baseRSS: baseRSS, paragraphs: paragraphs, entities: entities)
    }

    /// Each stage's peak resident size of one build of `text`, one stage after another, above the resident
    /// size before the text was loaded (the benchmark's own copy of the file is freed first), as a multiple of
    /// the text's size: the figure `bench/odd-inputs` measures from outside, stage by stage. (`text` is emptied
    /// once loaded, as `dossier FILE` lets go of the bytes it read.)
    static func stageMemory(_ text: inout [UInt8], knowledge: Knowledge) -> String {
        let size = text.count
        BenchClock.markPeak()
        let base = BenchClock.currentRSS() - size // (the copy the reader's `dossier FILE` has read is in `text`)
        var rows: [(String, Int, Int)] = []
        func row(_ name: String, _ body: () -> Void) {
            BenchClock.markPeak()
            body()
            rows.append((name, BenchClock.peakSinceMark() - base, BenchClock.currentRSS() - base))
        }
        var loaded: LoadedText?
        row("load and normalise") { loaded = try? Loader.load(text); text = [] }
        guard let loaded else { return "not a text Dossier can load" }
        let article = ArticleBuilder.build(loaded, knowledge: knowledge) { stage, body in row(stage.rawValue, body) }
        let mb = { (n: Int) in String(format: "%8.1f MB %6.2f×", Double(n) / 1_048_576, Double(n) / Double(max(size, 1))) }
        var out = "peak resident memory of each stage above the process before the text (\(size) bytes), one stage after another\n"
        out += "  " + "stage".padding(toLength: 56, withPad: " ", startingAt: 0) + "        peak (× text)        after\n"
        for (name, peak, after) in rows {
            out += "  " + name.padding(toLength: 56, withPad: " ", startingAt: 0) + mb(peak) + "  " + mb(after) + "\n"
        }
        let worst = rows.max { $0.1 < $1.1 }
        out += "  " + "peak of the build".padding(toLength: 56, withPad: " ", startingAt: 0) + mb(worst?.1 ?? 0)
            + "  (\(worst?.0 ?? "-"); \(article.entities.count) entities)\n"
        return out
    }

    /// 100 queries (words of the text, prefixes of them, two-word phrases) over `text`.
    static func searchBench(_ text: [UInt8], knowledge: Knowledge) -> SearchReport {
        guard let article = try? ArticleBuilder.build(bytes: text, knowledge: knowledge) else {
            return SearchReport(bytes: text.count, queries: 0, timings: Timings([]), hits: 0)
        }
        var words: [String] = []
        for p in article.paragraphs.prefix(400) {
            for w in article.text(of: p).split(separator: " ") where w.count > 3 { words.append(String(w)) }
        }
        var queries: [String] = []
        var i = 0
        while queries.count < 100, !words.isEmpty {
            let w = words[(i * 7919) % words.count]
            switch i % 3 {
            case 0: queries.append(w)
            case 1: queries.append(String(w.prefix(3)))
            default: queries.append(w + " " + words[(i * 7919 + 1) % words.count])
            }
            i += 1
        }
        var times: [Double] = [], hits = 0
        for q in queries {
            let t = BenchClock.now()
            hits += article.search(q).count
            times.append(BenchClock.now() - t)
        }
        return SearchReport(bytes: text.count, queries: queries.count, timings: Timings(times), hits: hits)
    }
}

struct SizeReport {
    let name: String, bytes: Int, runs: Int
    let stages: [(String, Timings)]
    let total: Timings
    /// The stages one after another: the same path at every size, so the growth exponents compare like with like.
    let oneCore: Timings
    let peakRSS: Int, baseRSS: Int
    let paragraphs: Int, entities: Int
    var mbPerSecond: Double { total.median > 0 ? Double(bytes) / 1_048_576 / total.median : 0 }
}

struct SearchReport {
    let bytes: Int, queries: Int
    let timings: Timings
    let hits: Int
}

struct BenchReport {
    let file: String, bytes: Int, knowledgeMs: Double
    var sizes: [SizeReport] = []
    var search: SearchReport?

    /// Growth exponents between successive sizes: log(time ratio) / log(size ratio).
    var exponents: [(String, Double)] {
        let scaled = sizes.filter { $0.name != "mixed" }
        return zip(scaled, scaled.dropFirst()).map { a, b in
            ("\(a.name)→\(b.name)", log(b.oneCore.median / a.oneCore.median) / log(Double(b.bytes) / Double(a.bytes)))
        }
    }

    var table: String {
        var out = "dossier-bench model: \(file), \(bytes) bytes; knowledge tables loaded in \(ms(knowledgeMs / 1000)) ms (once per process)\n"
        for s in sizes {
            out += "\n\(s.name): \(s.bytes) bytes, \(s.paragraphs) paragraphs, \(s.entities) entities, median of \(s.runs) runs\n"
            for (name, t) in s.stages {
                out += "  " + name.padding(toLength: 56, withPad: " ", startingAt: 0)
                    + ms(t.median).leftPadded(10) + " ms  ±" + String(format: "%.0f%%", t.spread * 100) + "\n"
            }
            out += "  " + "total".padding(toLength: 56, withPad: " ", startingAt: 0) + ms(s.total.median).leftPadded(10)
                + " ms  ±" + String(format: "%.0f%%", s.total.spread * 100)
                + String(format: "   %.1f MB/s   peak RSS %.1f MB (%.2f× the text above the %.1f MB before the build)\n",
                         s.mbPerSecond, Double(s.peakRSS) / 1_048_576,
                         Double(s.peakRSS - s.baseRSS) / Double(s.bytes), Double(s.baseRSS) / 1_048_576)
        }
        if !exponents.isEmpty {
            out += "\ngrowth exponents of the one-core build (1.0 = linear): " + exponents.map { "\($0.0) \(String(format: "%.2f", $0.1))" }.joined(separator: ", ") + "\n"
        }
        if let s = search {
            out += "\nsearch over \(s.bytes) bytes: \(s.queries) queries, p50 \(ms(s.timings.median)) ms, p99 \(ms(s.timings.p99)) ms (\(s.hits) hits)\n"
        }
        return out
    }

    var json: String {
        func t(_ x: Timings) -> String {
            String(format: "{\"median_ms\": %.4f, \"p25_ms\": %.4f, \"p75_ms\": %.4f, \"p99_ms\": %.4f}",
                   x.median * 1000, x.quantile(0.25) * 1000, x.quantile(0.75) * 1000, x.p99 * 1000)
        }
        var parts: [String] = []
        for s in sizes {
            let stages = s.stages.map { "\"\($0.0)\": \(t($0.1))" }.joined(separator: ", ")
            parts.append("{\"name\": \"\(s.name)\", \"bytes\": \(s.bytes), \"runs\": \(s.runs), \"stages\": {\(stages)}, "
                + "\"total\": \(t(s.total)), \"one_core\": \(t(s.oneCore)), \"mb_per_s\": \(String(format: "%.2f", s.mbPerSecond)), \"peak_rss\": \(s.peakRSS)}")
        }
        let first = sizes.first.map { t($0.total) } ?? "null"
        let exps = exponents.map { "\"\($0.0)\": \(String(format: "%.3f", $0.1))" }.joined(separator: ", ")
        let search = self.search.map { "{\"queries\": \($0.queries), \"p50_ms\": \(String(format: "%.4f", $0.timings.median * 1000)), \"p99_ms\": \(String(format: "%.4f", $0.timings.p99 * 1000))}" } ?? "null"
        return "{\"bytes\": \(bytes), \"knowledge_ms\": \(String(format: "%.3f", knowledgeMs)), \"total\": \(first), "
            + "\"sizes\": [\(parts.joined(separator: ", "))], \"growth_exponents\": {\(exps)}, \"search\": \(search)}"
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
