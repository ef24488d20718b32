import Foundation
import Testing
import TestSupport

/// The benchmark executable refuses sizes it cannot build before spending any memory on them.
@Suite struct BenchCommandTests {
    static let bench = URL(fileURLWithPath: BuiltBinary.path("dossier-bench"))

    @Test func aScaleTooBigIsRefusedWithAMessage() throws {
        let r = try CLI.run(["model", "--scales", "999999999"], executable: Self.bench)
        #expect(r.status == 64)
        #expect(r.err.contains("--scales 999999999") && r.err.contains("GiB"))
        #expect(r.out.isEmpty)
    }

    @Test(arguments: ["0", "abc", "1,,10", "-5"])
    func aScaleThatIsNotAPositiveNumberIsAUsageError(_ scales: String) throws {
        let r = try CLI.run(["model", "--scales=\(scales)"], executable: Self.bench)
        #expect(r.status == 64)
        #expect(r.err.contains("--scales"))
    }
}
