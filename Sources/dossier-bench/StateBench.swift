import ArgumentParsing
import ArticleModel
import Foundation
import ProcessSupport
import StateStore

/// `dossier-bench state [FILE] --rounds N`: what remembering places costs the explorer, in a new
/// temporary directory: the text's hash, opening the database (created and migrated the first time),
/// reading an article's memory and the settings, and saving (26 marks and a 100-place jump list).
struct StateBench: Subcommand {
    static let spec = CommandSpec(
        name: "state",
        abstract: "Time the state database: hash, open, read and save an article's memory.",
        items: BenchInput.items + [
            .option(roundsOption),
            .option(.value("directory", help: "Keep the database here (kept afterwards) instead of a new temporary directory.")),
        ])
    static let roundsOption = OptionSpec.value("rounds", help: "Rounds of open, read and save.", defaultValue: "50")
    let input: BenchInput
    let rounds: Int
    let directory: String?

    init(_ p: ParsedArguments) throws(UsageError) {
        input = BenchInput(p)
        rounds = try p.read(Self.roundsOption) { Int($0) } ?? 50
        directory = p.value("directory")
    }

    func run() throws {
        let bytes = try input.readBytes()
        let article = Article.paragraphsOnly(try Loader.load(bytes))
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-state-\(UUID().uuidString)").path
        let dir = directory ?? temporary
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let time = { (work: () throws -> Void) throws -> Double in
            let t = BenchClock.nanos()
            try work()
            return Double(BenchClock.nanos() - t) / 1e9
        }
        var hash = ""
        let hashTime = try time { hash = ContentHash.of(article.bytes) }
        let first = try time { _ = try StateStore(directory: dir) }
        let place = SavedPlace(pane: "reader", top: Spot(paragraph: 40, offset: 15000), cursor: Spot(paragraph: 41, offset: 15100),
                               entity: "china")
        let marks = Dictionary(uniqueKeysWithValues: "abcdefghijklmnopqrstuvwxyz".map { (String($0), place) })
        let memory = ArticleMemory(place: place, percent: 42, marks: marks, jumps: Array(repeating: place, count: 100), jumpIndex: 99)
        var open: [Double] = [], read: [Double] = [], save: [Double] = []
        for round in 0..<rounds {
            var memory = memory
            memory.percent = round % 100
            var store: StateStore?
            open.append(try time { store = try StateStore(directory: dir) })
            read.append(try time { _ = try store!.settings(); _ = try store!.memory(of: hash) })
            save.append(try time { try store!.save(memory, of: hash, settings: GlobalSettings(theme: "dark", textWidth: 88)) })
        }
        print("\(input.displayName): \(bytes.count) bytes, \(rounds) rounds (ms, median / p99)")
        print("hash of the text      \(ms(hashTime))")
        print("first open (migrate)  \(ms(first))")
        for (name, t) in [("open", open), ("read memory+settings", read), ("save", save)] {
            let s = Timings(t)
            print(name.padding(toLength: 22, withPad: " ", startingAt: 0) + "\(ms(s.median)) / \(ms(s.p99))")
        }
    }
}
