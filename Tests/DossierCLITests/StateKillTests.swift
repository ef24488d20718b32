import Foundation
import StateStore
import Testing
import TestSupport

/// A process killed (SIGKILL) while it saves leaves the state database whole: the last save or the one
/// before, never half of one (every save is one SQLite transaction, with its rollback journal).
@Suite struct StateKillTests {
    @Test func aKillWhileSavingLeavesAConsistentDatabase() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-kill-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var saved = 0
        for delay in [250, 330, 410, 490, 570, 650] {
            // dossier-bench saves an article with 26 marks and 100 jumps over and over.
            let p = Process()
            p.executableURL = URL(fileURLWithPath: BuiltBinary.path("dossier-bench"))
            p.arguments = ["state", "--rounds", "100000000", "--directory", dir]
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            usleep(useconds_t(delay * 1000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            #expect(p.terminationReason == .uncaughtSignal)
            let store = try StateStore(directory: dir) // not reported damaged
            #expect(try store.integrityCheck() == "ok")
            for hash in try store.articles() {
                let m = try #require(try store.memory(of: hash))
                #expect(m.marks.count == 26 && m.jumps.count == 100 && m.jumpIndex == 99)
                saved += 1
            }
        }
        #expect(saved >= 3, "the benchmark was killed before it saved anything")
    }
}
