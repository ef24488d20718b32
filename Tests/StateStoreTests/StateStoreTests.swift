import Foundation
import Testing
@testable import StateStore

/// The state database, always in a new temporary directory (never the real home).
@Suite struct StateStoreTests {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-state-\(UUID().uuidString)").path
    }

    var file: String { directory + "/" + StateStore.fileName }

    func place(_ p: Int, pane: String = "reader") -> SavedPlace {
        SavedPlace(pane: pane, top: Spot(paragraph: p, offset: -1), cursor: Spot(paragraph: p + 1, offset: 40 * p))
    }

    @Test func firstUseCreatesTheDirectoryAndMigratesAnEmptyDatabase() throws {
        #expect(!FileManager.default.fileExists(atPath: directory))
        let store = try StateStore(directory: directory + "/nested")
        #expect(FileManager.default.fileExists(atPath: store.path))
        let mode = try FileManager.default.attributesOfItem(atPath: directory + "/nested")[.posixPermissions] as? Int
        #expect(mode == 0o700)
        #expect(try store.memory(of: "0123456789abcdef") == nil)
        #expect(try store.settings() == GlobalSettings())
        let tables = try SQLiteConnection(path: store.path, busyTimeout: 1)
            .rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") { $0.text(0) }
        #expect(tables == ["article", "grdb_migrations", "mark", "setting"])
    }

    @Test func aMemoryAndTheSettingsComeBackAsTheyWereSaved() throws {
        let saved = ArticleMemory(place: place(7, pane: "entities"), percent: 42,
                                  marks: ["a": place(3), "Z": place(9)], jumps: [place(0), place(7)], jumpIndex: 1,
                                  path: "/tmp/a.txt", title: "A title", savedAt: 1_800_000_000)
        do {
            let store = try StateStore(directory: directory)
            try store.save(saved, of: "abc", settings: GlobalSettings(theme: "light", textWidth: 72))
        }
        // A second run opens the same file.
        let store = try StateStore(directory: directory)
        #expect(try store.memory(of: "abc") == saved)
        #expect(try store.memory(of: "other") == nil)
        #expect(try store.settings() == GlobalSettings(theme: "light", textWidth: 72))
        // Saving again replaces, marks included (a mark removed is gone).
        var again = saved
        again.marks = ["b": place(1)]
        try store.save(again, of: "abc", settings: GlobalSettings(theme: "dark"))
        #expect(try store.memory(of: "abc")?.marks == ["b": place(1)])
        #expect(try store.settings() == GlobalSettings(theme: "dark", textWidth: 72))
    }

    @Test func aDamagedFileIsReportedNotOverwritten() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let garbage = Data(repeating: 0x42, count: 4096)
        try garbage.write(to: URL(fileURLWithPath: file))
        #expect {
            _ = try StateStore(directory: directory)
        } throws: { error in
            (error as? StoreProblem)?.message.contains("damaged") == true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == garbage)
    }

    @Test func aLockedDatabaseIsReportedWithinAMomentNotWaitedFor() throws {
        _ = try StateStore(directory: directory)
        // Another program holding the lock.
        let other = try SQLiteConnection(path: file, busyTimeout: 0)
        try other.execute("BEGIN EXCLUSIVE")
        defer { try? other.execute("ROLLBACK") }
        let start = Date()
        #expect {
            _ = try StateStore(directory: directory)
        } throws: { error in
            (error as? StoreProblem)?.message.contains("locked") == true
        }
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func aSchemaFromANewerVersionIsLeftAlone() throws {
        _ = try StateStore(directory: directory)
        try SQLiteConnection(path: file, busyTimeout: 1)
            .execute("INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')")
        #expect {
            _ = try StateStore(directory: directory)
        } throws: { error in
            (error as? StoreProblem)?.message.contains("newer Dossier") == true
        }
    }

    @Test func aDirectoryThatCannotBeMadeIsReported() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let blocker = directory + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        #expect(throws: StoreProblem.self) { _ = try StateStore(directory: blocker + "/dossier") }
    }

    @Test func theDirectoryFollowsXDGAndFallsBackToHome() {
        #expect(StateStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/h"]) == "/x/state/dossier")
        #expect(StateStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/dossier")
        #expect(StateStore.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.local/state/dossier")
        #expect(StateStore.defaultDirectory(environment: [:]) == nil)
    }

    @Test func theHashDependsOnEveryByteAndOnlyOnTheBytes() {
        let text = Array(String(repeating: "The talks covered Ukraine, Syria and trade. ", count: 50).utf8)
        let key = ContentHash.of(text)
        #expect(key.count == 16 && key.allSatisfy(\.isHexDigit))
        #expect(ContentHash.of(text) == key)
        // A change anywhere (a word-aligned byte, the tail, the length) is another article.
        for i in [0, 8, 1001, text.count - 1] {
            var changed = text
            changed[i] ^= 0x20
            #expect(ContentHash.of(changed) != key, "byte \(i)")
        }
        #expect(ContentHash.of(text + [0]) != key && ContentHash.of([0]) != ContentHash.of([0, 0]))
        #expect(ContentHash.of(Array("ab".utf8)) != ContentHash.of(Array("ba".utf8)))
        // Pinned: a change to the hash would forget every place remembered so far (it needs a migration).
        #expect(ContentHash.of(Array("Dossier".utf8)) == "30c799bbc84a485c")
    }
}
