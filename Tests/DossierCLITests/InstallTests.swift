import Content
import Foundation
import Testing

/// The binary is one file: the default article and the knowledge tables are compiled into it.
@Suite struct InstallTests {
    /// A copy in a folder of its own runs; the binary names no resource folder, so cleaning or
    /// moving the build tree cannot take its content away (a copy crashed with "could not load
    /// resource bundle" once the build folder was gone).
    @Test func aCopiedBinaryRunsOnItsOwn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-install-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("dossier")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        let image = try Data(contentsOf: copy)
        #expect(image.range(of: Data(".resources".utf8)) == nil, "the binary looks for a resource folder")
        let outline = try CLI.run(["outline"], executable: copy)
        #expect(outline.status == 0, "\(outline.err)")
        #expect(outline.out.hasPrefix("Understanding the Chinese-Russian Alliance\n"))
        let entities = try CLI.run(["entities", "--type", "country"], executable: copy)
        #expect(entities.status == 0 && entities.out.contains("China") && entities.out.contains("Russia"))
    }

    /// SQLite, ncurses and cmark-gfm are inside the binary: it loads none of them as a shared library
    /// (the loader lists what it would load when LD_TRACE_LOADED_OBJECTS is set, as `ldd` does).
    @Test func sqliteNcursesAndCmarkAreLinkedIn() throws {
        let trace = try CLI.run(["--version"], environment: ["LD_TRACE_LOADED_OBJECTS": "1"])
        #expect(trace.status == 0 && trace.out.contains("libc.so"), "\(trace.out)\(trace.err)")
        for library in ["libsqlite3", "libncursesw", "libtinfo", "libcmark-gfm"] {
            #expect(!trace.out.contains(library), "\(library) is loaded at start:\n\(trace.out)")
        }
    }

    /// What is compiled in is the Content folder, byte for byte.
    @Test func theEmbeddedFilesAreTheContentFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content")
        let article = try Data(contentsOf: folder.appendingPathComponent(Content.defaultArticleName))
        #expect(try Content.defaultArticle() == [UInt8](article))
        let tables = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("knowledge").path)
            .filter { $0.hasSuffix(".tsv") }
        #expect(tables.count >= 8)
        for name in tables {
            let text = try String(contentsOf: folder.appendingPathComponent("knowledge/" + name), encoding: .utf8)
            #expect(Content.knowledgeTable(name) == text, "\(name)")
        }
        #expect(Content.knowledgeTable("missing.tsv") == nil)
    }
}
