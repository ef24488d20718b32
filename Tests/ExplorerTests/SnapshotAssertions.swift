import Foundation
import Testing
@testable import Explorer

/// Compares a screen's text to `__Snapshots__/<name>.txt`. A missing snapshot is written and the
/// test fails so it gets reviewed; `SNAPSHOT_RECORD=1` rewrites all of them.
func assertSnapshot(_ screen: Screen, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = dir.appendingPathComponent(name + ".txt")
    let actual = screen.text + "\n"
    let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name); review it and run the tests again", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record(Comment(rawValue: "snapshot \(name) differs:\n\(lineDiff(expected, actual))"), sourceLocation: sourceLocation)
    }
}

/// The lines that differ, numbered, as "-expected" / "+actual".
func lineDiff(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(e.count, a.count) {
        let l = i < e.count ? String(e[i]) : "<none>"
        let r = i < a.count ? String(a[i]) : "<none>"
        if l != r { out.append("\(i + 1) -\(l)\n\(i + 1) +\(r)") }
    }
    return out.joined(separator: "\n") + "\n--- actual screen ---\n" + actual
}
