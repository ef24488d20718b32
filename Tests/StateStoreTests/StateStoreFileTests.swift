import Foundation
import Testing
@testable import StateStore

/// Files made by earlier versions, the article limit and the SQLite wrapper's errors.
@Suite struct StateStoreFileTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-state-\(UUID().uuidString)").path
    var file: String { directory + "/" + StateStore.fileName }

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/state-grdb-v1.sqlite")

    func raw() throws -> SQLiteConnection { try SQLiteConnection(path: file, busyTimeout: 1) }

    /// `Tests/Fixtures/state-grdb-v1.sqlite` was written by the version that stored places through GRDB
    /// (`dossier-bench state --rounds 1 --directory …` on the default article): it opens without a
    /// migration and keeps every place.
    @Test func aFileWrittenThroughGRDBOpensWithItsPlaces() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixture.path, toPath: file)
        let store = try StateStore(directory: directory)
        let hash = "e33652d3a64351f8"
        #expect(try store.articles() == [hash])
        let m = try #require(try store.memory(of: hash))
        let place = SavedPlace(pane: "reader", top: Spot(paragraph: 40, offset: 15000), cursor: Spot(paragraph: 41, offset: 15100),
                               entity: "china")
        #expect(m.place == place && m.jumps == Array(repeating: place, count: 100) && m.jumpIndex == 99)
        #expect(m.marks.count == 26 && m.marks["q"] == place)
        #expect(m.savedAt == 1_796_661_331.712) // "2026-12-07 16:35:31.712"
        #expect(try store.settings() == GlobalSettings(theme: "dark", textWidth: 88))
        // Saving adds to it; the migration is listed once, as before.
        try store.save(ArticleMemory(place: place, savedAt: 1_800_000_000), of: "new",
                       settings: GlobalSettings(theme: "light"))
        #expect(try StateStore(directory: directory).articles() == ["new", hash])
        #expect(try raw().rows("SELECT identifier FROM grdb_migrations") { $0.text(0) } == ["v1: articles, marks, settings"])
        #expect(try store.integrityCheck() == "ok")
    }

    /// The date is stored as GRDB stored it: UTC text to the millisecond, cut (not rounded), which
    /// sorts by time.
    @Test func theSaveTimeIsStoredAsGRDBText() throws {
        let store = try StateStore(directory: directory)
        let at = 1_800_000_000.1239
        try store.save(ArticleMemory(place: SavedPlace(pane: "reader", top: Spot(paragraph: 0, offset: -1),
                                                       cursor: Spot(paragraph: 0, offset: -1)), savedAt: at),
                       of: "abc", settings: GlobalSettings())
        #expect(try raw().rows("SELECT savedAt FROM article") { $0.text(0) } == ["2027-01-15 08:00:00.123"])
        #expect(try store.memory(of: "abc")?.savedAt == 1_800_000_000.123)
    }

    /// Past `maxArticles` the least recently read article is forgotten, with its marks.
    @Test func theLeastRecentlyReadArticlesAreForgottenPastTheLimit() throws {
        let store = try StateStore(directory: directory)
        try store.db.execute("PRAGMA synchronous = OFF") // (a thousand saves without waiting for the disk)
        let spot = Spot(paragraph: 1, offset: 0)
        let place = SavedPlace(pane: "reader", top: spot, cursor: spot)
        for i in 0..<(StateStore.maxArticles + 2) {
            try store.save(ArticleMemory(place: place, marks: ["a": place], savedAt: Double(i)),
                           of: "article \(i)", settings: GlobalSettings())
        }
        let kept = try store.articles()
        #expect(kept.count == StateStore.maxArticles && kept.first == "article \(StateStore.maxArticles + 1)")
        #expect(try store.memory(of: "article 0") == nil && store.memory(of: "article 1") == nil)
        #expect(try store.memory(of: "article 2")?.marks == ["a": place])
        #expect(try raw().rows("SELECT count(*) FROM mark") { $0.int(0) } == [StateStore.maxArticles])
    }

    /// One store shared by two threads: each save is still one transaction, never one inside another's.
    @Test func savesFromTwoThreadsTakeTurns() throws {
        let store = try StateStore(directory: directory)
        try store.db.execute("PRAGMA synchronous = OFF")
        let spot = Spot(paragraph: 1, offset: 0)
        let place = SavedPlace(pane: "reader", top: spot, cursor: spot)
        let problems = Problems()
        DispatchQueue.concurrentPerform(iterations: 2) { thread in
            for i in 0..<40 {
                do {
                    try store.save(ArticleMemory(place: place, marks: ["a": place, "b": place]), of: "article \(thread) \(i)",
                                   settings: GlobalSettings(textWidth: i))
                } catch {
                    problems.add("\(error)")
                }
            }
        }
        #expect(problems.all.isEmpty)
        #expect(try store.articles().count == 80)
    }

    /// SQLite's message travels with its error; a failed transaction leaves nothing behind.
    @Test func anErrorCarriesSQLitesMessageAndRollsBack() throws {
        _ = try StateStore(directory: directory)
        let db = try raw()
        #expect {
            try db.transaction(.immediate) {
                try db.run("INSERT INTO setting VALUES ('theme', 'dark')")
                try db.execute("SELEC 1")
            }
        } throws: { error in
            (error as? SQLiteError)?.message.contains("syntax error") == true
        }
        #expect(try db.rows("SELECT count(*) FROM setting") { $0.int(0) } == [0])
        #expect(StateStore.problem(SQLiteError(code: 1, message: "no such table: x"), path: "p").message == "p: no such table: x")
    }
}

/// What the threads of a test report, one at a time.
private final class Problems: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ message: String) { lock.withLock { list.append(message) } }
    var all: [String] { lock.withLock { list } }
}
