import Foundation

/// A product of this package, found next to the running test bundle in the build directory (test
/// targets that depend on an executable target get it built).
public enum BuiltBinary {
    public static func path(_ name: String) -> String {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = here.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// The `dossier` executable.
    public static var dossier: String { path("dossier") }
}
