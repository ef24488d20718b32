import Foundation
import PackagePlugin

/// Turns the files of the `Content` target (the default article and `knowledge/*.tsv`) into Swift
/// source at build time, so they are compiled into the executable: a copied binary needs no
/// resource folder beside it. For `ArticleModel`, writes the Unicode decomposition table search folds with.
@main
struct EmbedContent: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        if target.name == "ArticleModel" {
            // Search folding's decomposition table, from the toolchain's Foundation at build time.
            let output = context.pluginWorkDirectoryURL.appending(path: "Decompositions.swift")
            return [.buildCommand(
                displayName: "Writing the Unicode decomposition table",
                executable: try context.tool(named: "ContentGenerator").url,
                arguments: ["--decompositions", output.path],
                outputFiles: [output]
            )]
        }
        // (The target's folder, `Content` in the package; `Target.directoryURL` needs tools 6.1.)
        let root = context.package.directoryURL.appending(path: target.name)
        let files = try EmbedContent.contentFiles(in: root)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedContent.swift")
        // Arguments: the output file, then pairs of (name inside Content, path).
        var arguments = [output.path]
        for (name, url) in files { arguments += [name, url.path] }
        return [.buildCommand(
            displayName: "Embedding \(files.count) content files",
            executable: try context.tool(named: "ContentGenerator").url,
            arguments: arguments,
            inputFiles: files.map(\.url),
            outputFiles: [output]
        )]
    }

    /// The article (`*.txt` at the top) and the knowledge tables (`knowledge/*.tsv`), by their
    /// path inside the folder, sorted so the generated source is the same on every build.
    static func contentFiles(in root: URL) throws -> [(name: String, url: URL)] {
        let fm = FileManager.default
        var out: [(name: String, url: URL)] = []
        for name in try fm.contentsOfDirectory(atPath: root.path) where name.hasSuffix(".txt") {
            out.append((name, root.appending(path: name)))
        }
        let knowledge = root.appending(path: "knowledge")
        for name in try fm.contentsOfDirectory(atPath: knowledge.path) where name.hasSuffix(".tsv") {
            out.append(("knowledge/" + name, knowledge.appending(path: name)))
        }
        return out.sorted { $0.name < $1.name }
    }
}
