import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `dossier` binary (it sits next to the test bundle in the build directory).
enum CLI {
    static let binary = URL(fileURLWithPath: BuiltBinary.dossier)

    struct Result { var status: Int32; var out: String; var err: String }

    static func run(_ arguments: [String], stdin: [UInt8]? = nil, environment: [String: String] = [:],
                    executable: URL? = nil) throws -> Result {
        let p = Process()
        p.executableURL = executable ?? binary
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out; p.standardError = err; p.standardInput = input
        // Another directory than the package, to show the default article is found from anywhere.
        p.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    static func temporaryFile(_ bytes: [UInt8], name: String = "article.txt") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

@Suite struct CLITests {
    @Test func helpAndVersion() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        for sub in ["outline", "annotations", "xrefs", "search", "export"] { #expect(help.out.contains(sub)) }
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func outlineOfTheDefaultArticle() throws {
        let r = try CLI.run(["outline"])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "Understanding the Chinese-Russian Alliance")
        #expect(lines.contains("  Introduction  ¶0–13"))
        #expect(lines.contains("  Reposted article  ¶14–55"))
        #expect(!r.out.contains("\u{1B}")) // not a terminal: no colour
    }

    @Test func annotationsXrefsAndSearchText() throws {
        let a = try CLI.run(["annotations"])
        #expect(a.status == 0)
        #expect(a.out.hasPrefix("¶23–24  \"(Since this was written"))
        #expect(a.out.contains("annotates ¶25 \"The official communique"))
        let x = try CLI.run(["xrefs"])
        #expect(x.out.contains("¶22  \"The last paragraph\"  → ¶21"))
        #expect(x.out.contains("→ outside the text"))
        let s = try CLI.run(["search", "baltic"])
        #expect(s.status == 0)
        #expect(s.out.split(separator: "\n").count == 4)
        #expect(s.out.contains("»Baltic«"))
        let none = try CLI.run(["search", "qqqq"])
        #expect(none.status == 0 && none.out.contains("no hits"))
    }

    @Test func jsonShapesMatchTheExport() throws {
        let export = try CLI.json(try CLI.run(["export"]).out)
        let outline = try CLI.json(try CLI.run(["outline", "--json"]).out)
        #expect((outline["sections"] as? [[String: Any]])?.count == (export["sections"] as? [[String: Any]])?.count)
        #expect(outline["title"] as? String == export["title"] as? String)
        let annotations = try CLI.json(try CLI.run(["annotations", "--json"]).out)
        #expect((annotations["annotations"] as? [Any])?.count == (export["annotations"] as? [Any])?.count)
        let xrefs = try CLI.json(try CLI.run(["xrefs", "--json"]).out)
        #expect((xrefs["crossReferences"] as? [Any])?.count == (export["crossReferences"] as? [Any])?.count)
        let search = try CLI.json(try CLI.run(["search", "--json", "putin"]).out)
        let hits = try #require(search["hits"] as? [[String: Any]])
        #expect(hits.count > 10)
        #expect(hits[0]["text"] as? String == "Putin")
        // The entity and relation lists are the export's, object for object.
        let entities = try CLI.json(try CLI.run(["entities", "--json"]).out)
        #expect(entities["entities"] as? NSArray == export["entities"] as? NSArray)
        #expect((entities["entities"] as? [Any])?.isEmpty == false)
        let relations = try CLI.json(try CLI.run(["relations", "--json"]).out)
        #expect(relations["relations"] as? NSArray == export["relations"] as? NSArray)
    }

    @Test func searchWithAFile() throws {
        let url = try CLI.temporaryFile(Array("Title\n\nThe Königsberg question.\n".utf8))
        let r = try CLI.run(["search", "konig", url.path])
        #expect(r.status == 0)
        #expect(r.out == "¶1  The »Königsberg« question.\n")
    }

    @Test func missingFile() throws {
        let r = try CLI.run(["outline", "/nonexistent/nowhere.txt"])
        #expect(r.status == 66)
        #expect(r.err.contains("/nonexistent/nowhere.txt"))
        #expect(r.err.contains("no such file"))
        #expect(r.out.isEmpty)
    }

    @Test func directory() throws {
        let dir = FileManager.default.temporaryDirectory.path
        let r = try CLI.run(["export", dir])
        #expect(r.status == 66)
        #expect(r.err.contains(dir) && r.err.contains("directory"))
    }

    /// A mode-000 file. Root reads any file, so as root the command runs as the unprivileged
    /// user "nobody" (setpriv, from util-linux), for whom the file really is unreadable.
    @Test func unreadableFile() throws {
        let url = try CLI.temporaryFile(Array("Secret\n".utf8))
        chmod(url.path, 0)
        let r: CLI.Result
        if getuid() == 0 {
            let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
            let tool = try #require(setpriv, "running as root needs setpriv to drop privileges")
            // A copy of the binary beside the file, so "nobody" can run it wherever the clone lives
            // (a build folder under a private home directory is not executable for other users).
            let copy = url.deletingLastPathComponent().appendingPathComponent("dossier")
            try FileManager.default.copyItem(at: CLI.binary, to: copy)
            chmod(copy.path, 0o755)
            r = try CLI.run(["--reuid=65534", "--regid=65534", "--clear-groups", copy.path, "outline", url.path],
                            executable: URL(fileURLWithPath: tool))
        } else {
            r = try CLI.run(["outline", url.path])
        }
        #expect(r.status == 66)
        #expect(r.err.contains(url.path) && r.err.contains("ermission"))
        #expect(r.out.isEmpty)
    }

    @Test func binaryFile() throws {
        let url = try CLI.temporaryFile([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x01], name: "image.png")
        let r = try CLI.run(["export", url.path])
        #expect(r.status == 65)
        #expect(r.err.contains("image.png") && r.err.contains("binary"))
        #expect(r.out.isEmpty)
    }

    @Test(arguments: [["outline"], ["entities"], ["export"], ["search", "putin"]])
    func outputThatCannotBeWrittenIsReported(_ arguments: [String]) throws {
        // A full disk (/dev/full) and a closed standard output: a message and 74, never a silent 0.
        let command = ([CLI.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        for redirect in ["> /dev/full", ">&-"] {
            let r = try CLI.shell("\(command) \(redirect)")
            #expect(r.status == 74, "\(arguments) \(redirect)")
            #expect(r.err.contains("write error on standard output"), "\(arguments) \(redirect)")
        }
    }

    @Test func fileNameThatIsNotUTF8Opens() throws {
        // A Linux file name may be any bytes (here 0xFF, from an old Latin-1 system); the shell passes them raw.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = "f=\"$(printf '\(dir.path)/caf\\351.txt')\"; printf 'Vladimir Putin met Xi Jinping.\\n' > \"$f\"; "
            + "exec '\(CLI.binary.path)' entities \"$f\""
        let r = try CLI.shell(script)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Vladimir Putin") && r.out.contains("Xi Jinping"))
    }

    @Test func searchWithoutAWordIsAUsageError() throws {
        for query in ["", "   ", "*"] {
            let r = try CLI.run(["search", query])
            #expect(r.status == 64, "\(query)")
            #expect(r.err.contains("no word to search for"), "\(query)")
        }
        // A long query that finds nothing is echoed cut, not whole.
        let long = try CLI.run(["search", String(repeating: "a", count: 10_000)])
        #expect(long.status == 0 && long.out.contains("no hits") && long.out.count < 200)
    }

    @Test func endlessBinaryStreamIsRefusedAtOnce() throws {
        // Read to the end, /dev/zero would fill memory; its first 64 KiB already say binary.
        let r = try CLI.run(["entities", "/dev/zero"])
        #expect(r.status == 65)
        #expect(r.err.contains("/dev/zero") && r.err.contains("binary"))
        #expect(r.out.isEmpty)
    }

    @Test func utf16WithByteOrderMarkIsReadAsText() throws {
        let text = "Vladimir Putin met Xi Jinping in Moscow. Café 😀.\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let url = try CLI.temporaryFile(bytes, name: "windows.txt")
            let r = try CLI.run(["export", url.path])
            #expect(r.status == 0)
            #expect(r.err.contains("windows.txt") && r.err.contains("UTF-16"))
            let o = try CLI.json(r.out)
            let paragraphs = try #require(o["paragraphs"] as? [[String: Any]])
            #expect(paragraphs.first?["text"] as? String == String(text.dropLast()))
            let names = (o["entities"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(Set(names).isSuperset(of: ["Vladimir Putin", "Xi Jinping", "Moscow"]))
        }
    }

    @Test func invalidUTF8WarnsOnceAndContinues() throws {
        // (Built in steps: one expression of five `+` is too much for the type checker once SQL operators are in scope.)
        var bytes: [UInt8] = Array("Title\n\nBad \u{1}".utf8).dropLast()
        bytes += [0xFF, 0xFE]
        bytes += Array(" bytes here.\n\nMore \u{0}".utf8).dropLast()
        bytes += [0xC3]
        bytes += Array(" end.\n".utf8)
        let url = try CLI.temporaryFile(bytes)
        let r = try CLI.run(["export", url.path])
        #expect(r.status == 0)
        #expect(r.err.components(separatedBy: "warning").count == 2) // exactly once
        #expect(r.err.contains("article.txt") && r.err.contains("UTF-8"))
        let o = try CLI.json(r.out)
        let paragraphs = try #require(o["paragraphs"] as? [[String: Any]])
        #expect((paragraphs[1]["text"] as? String)?.contains("\u{FFFD}") == true)
    }

    @Test func emptyFileExportsValidEmptyJSON() throws {
        let url = try CLI.temporaryFile([])
        let r = try CLI.run(["export", url.path])
        #expect(r.status == 0)
        let o = try CLI.json(r.out)
        #expect(o["title"] is NSNull)
        #expect((o["paragraphs"] as? [Any])?.isEmpty == true)
        let text = try CLI.run(["outline", url.path])
        #expect(text.status == 0 && text.err.contains("empty article"))
    }

    @Test func dashReadsStandardInput() throws {
        let r = try CLI.run(["export", "-"], stdin: Array("From Stdin\r\n\r\nA paragraph.\r\n".utf8))
        #expect(r.status == 0)
        let o = try CLI.json(r.out)
        #expect(o["title"] as? String == "From Stdin")
        #expect((o["paragraphs"] as? [Any])?.count == 2)
    }

    @Test func controlCharactersNeverReachTheTerminalRaw() throws {
        let url = try CLI.temporaryFile(Array("Evil \u{1B}]0;title\u{7} Title\n\nText with \u{1B}[2J escape and \u{202E}reversed\u{202C} words.\n".utf8))
        for args in [["outline"], ["search", "text"], ["search", "escape"], ["annotations"], ["xrefs"]] {
            let r = try CLI.run(args + [url.path], environment: ["NO_COLOR": "1"])
            #expect(r.status == 0)
            #expect(!r.out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x202A...0x202E).contains($0.value) || $0.value == 0x7F }, "\(args)")
        }
        let s = try CLI.run(["search", "text", url.path])
        #expect(s.out.contains("␛[2J") && s.out.contains("<U+202E>"))
        let e = try CLI.run(["export", url.path])
        #expect(e.out.contains("\\u001b[2J") && e.out.contains("\\u202e"))
        #expect(!e.out.contains("\u{1B}"))
    }
}

/// Text as a new user brings it: hard-wrapped, odd separators, empty.
@Suite struct PlainTextShapesTests {
    /// A hard-wrapped sentence is one line in every listing: its line breaks are spaces, not "␊".
    @Test func hardWrappedSentencesAreOneLineInListings() throws {
        let url = try CLI.temporaryFile(Array("Title\n\nJoe Biden met Olaf\nScholz in Berlin on\nMonday.\n".utf8))
        for args in [["relations"], ["entities", "--mentions"], ["search", "scholz"]] {
            let r = try CLI.run(args + [url.path], environment: ["NO_COLOR": "1"])
            #expect(r.status == 0)
            #expect(r.out.contains("Scholz") && !r.out.contains("␊"), "\(args): \(r.out)")
        }
    }

    /// Every listing of an empty (or blank) article says so on standard error, as outline and search do;
    /// entities printed a bare header and relations nothing at all.
    @Test func everyListingOfAnEmptyArticleSaysSo() throws {
        let url = try CLI.temporaryFile(Array("\n\u{0C}\n  \n".utf8))
        for args in [["outline"], ["annotations"], ["xrefs"], ["search", "x"], ["entities"], ["entities", "--mentions"], ["relations"]] {
            let r = try CLI.run(args + [url.path])
            #expect(r.status == 0 && r.err.contains("empty article"), "\(args)")
        }
        for part in ["entities", "relations"] {
            let r = try CLI.run([part, "--json", url.path])
            let list = try CLI.json(r.out)[part] as? [Any]
            #expect(r.status == 0 && list?.isEmpty == true, "\(part)")
        }
    }

    /// Wide (CJK, full-width) names take two columns a character: the entities table padded them by
    /// characters, so every column after a wide name was pushed right.
    @Test func tablesLineUpWithWideNames() throws {
        let url = try CLI.temporaryFile(Array("Title\n\nThe résumé of Ｊｏｅ Ｂｉｄｅｎ in ＮＡＴＯ met Angela Merkel.\n".utf8))
        let r = try CLI.run(["entities", url.path], environment: ["NO_COLOR": "1"])
        #expect(r.status == 0)
        // The terminal column where the mention count (or its header) starts, on every row.
        func column(_ line: Substring) -> Int {
            guard let r = line.range(of: " MENTIONS") ?? line.range(of: " 1 ") else { return -1 }
            return line[..<r.lowerBound].reduce(1) { $0 + ($1.unicodeScalars.first!.value >= 0x1100 ? 2 : 1) }
        }
        let rows = r.out.split(separator: "\n")
        #expect(rows.count == 4, "\(r.out)")
        #expect(Set(rows.map(column)).count == 1, "\(r.out)")
    }

    /// quality over a folder with a binary text and a labels table that is not UTF-8: the binary text was
    /// "Error: binary" (exit 1, no file named, nothing else scored) and the table was skipped without a word.
    @Test func qualityNamesABadTextAndStillScoresTheOthers() throws {
        let good = try CLI.temporaryFile(Array("Title\n\nJoe Biden met Olaf Scholz.\n".utf8), name: "good.txt")
        let dir = good.deletingLastPathComponent()
        try Data(Array("person\tJoe Biden\r\nperson\tOlaf Scholz\r\n".utf8) + [0xFF, 0x0A]).write(to: dir.appendingPathComponent("good.entities.tsv"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1]).write(to: dir.appendingPathComponent("elf.txt"))
        try Data("person\tNobody\n".utf8).write(to: dir.appendingPathComponent("elf.entities.tsv"))
        let r = try CLI.run(["quality", dir.path])
        #expect(r.status == 65)
        #expect(r.err.contains("elf.txt: looks like a binary file") && !r.err.contains("Error: binary"))
        #expect(r.err.contains("good.entities.tsv: not valid UTF-8"))
        #expect(r.out.contains("good") && r.out.split(separator: "\n").contains { $0.hasPrefix("good ") && $0.contains(" 2 ") })
    }

    /// A text whose relations key names no must-have tie is left out of the must-have average: it was
    /// counted as 100 %, so one text with 0 of 1 and one with none averaged 50 %.
    @Test func mustHaveAverageLeavesOutTextsWithoutMustHaveTies() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("musthave-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, tie) in [("one", "*allied with"), ("two", "")] {
            try Data("Title\n\nJoe Biden met Olaf Scholz in Berlin.\n".utf8).write(to: dir.appendingPathComponent("\(name).txt"))
            try Data("person\tJoe Biden\nperson\tOlaf Scholz\nplace\tBerlin\n".utf8).write(to: dir.appendingPathComponent("\(name).entities.tsv"))
            try Data("Joe Biden\tOlaf Scholz\t\(tie)\tJoe Biden met\n".utf8).write(to: dir.appendingPathComponent("\(name).relations.tsv"))
        }
        let r = try CLI.run(["quality", dir.path])
        #expect(r.status == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("two ") && $0.hasSuffix("0/0 –") }, "\(r.out)")
        let average = lines.last { $0.hasPrefix("average") }.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        #expect(average.hasSuffix("0.0%") && !average.contains("50.0%"), "\(r.out)")
    }

    /// `quality --entities-from` scores another tool's lists against the same labels: here every name is
    /// found (F1 100 %) but one of the two has the wrong type (typed F1 50 %).
    @Test func qualityScoresAnotherToolsEntityLists() throws {
        let text = try CLI.temporaryFile(Array("Title\n\nJoe Biden flew to Berlin.\n".utf8), name: "trip.txt")
        let dir = text.deletingLastPathComponent()
        try Data("person\tJoe Biden\nplace\tBerlin\n".utf8).write(to: dir.appendingPathComponent("trip.entities.tsv"))
        let other = dir.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("# name, type, aliases\nJoe Biden\tperson\tBiden\nBerlin\tperson\t\n".utf8)
            .write(to: other.appendingPathComponent("trip.listed.tsv"))
        let r = try CLI.run(["quality", dir.path, "--entities-from", other.path])
        #expect(r.status == 0, "\(r.err)")
        let row = r.out.split(separator: "\n").first { $0.hasPrefix("trip ") }.map(String.init) ?? ""
        #expect(row.contains("100.0%") && row.contains("50.0%"), "\(r.out)")
        #expect(!r.out.contains("STRUCTURE"))
    }

    /// A file whose name begins with '-', given as is: "Unknown option" that did not say it is a file, and
    /// with an h in the name (`-dash.txt`) the help, exit 0, as if that had been asked for.
    @Test(arguments: ["-notes", "-dash"])
    func aFileNameBeginningWithADashGetsAHint(_ stem: String) throws {
        let name = "\(stem)-\(UUID().uuidString.prefix(8)).txt"
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(name)
        try Data("Title\n\nJoe Biden met Olaf Scholz.\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        for args in [[name], ["outline", name]] {
            let r = try CLI.run(args)
            #expect(r.status == 64 && r.err.contains("./\(name)") && !r.out.contains("USAGE"), "\(args)")
        }
        let fine = try CLI.run(["outline", "--", name])
        #expect(fine.status == 0 && fine.out.contains("Title"))
    }

    /// `dossier outline < notes.txt` (no FILE) outlined the bundled article without a word about the text
    /// waiting on standard input; it still does (reading it could hang on a job runner's open pipe), but
    /// says so. With nothing waiting (the harness's empty pipe) there is no warning.
    @Test func textLeftOnStandardInputIsPointedOut() throws {
        let url = try CLI.temporaryFile(Array("Notes\n\nJoe Biden met Olaf Scholz.\n".utf8))
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["outline"]
        p.standardInput = try FileHandle(forReadingFrom: url)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(o.contains("Understanding the Chinese-Russian Alliance"))
        #expect(e.contains("bundled article") && e.contains("'-'"), "\(e)")
        let quiet = try CLI.run(["outline"])
        #expect(quiet.status == 0 && !quiet.err.contains("bundled article"))
        let piped = try CLI.run(["outline", "-"], stdin: Array("Notes\n\nJoe Biden met Olaf Scholz.\n".utf8))
        #expect(piped.status == 0 && piped.out.contains("Notes") && !piped.err.contains("bundled article"))
    }

    /// A "sentence" with no full stop (a list, a dump) runs to 64 KB and is the evidence of many ties: the
    /// JSON's evidence text is cut at 1 KB with "…" (a base64 dump exported gigabytes, `relations --json`
    /// held them in memory), and the listing shows its start. Evidence of prose is whole.
    @Test func evidenceOfAnOverlongSentenceIsCut() throws {
        let names = ["Alma Kora", "Bruno Velo", "Cara Mint", "Dario Pell", "Ema Sard", "Fedor Lund"]
        let body = (0..<1_500).map { "\(names[$0 % names.count]) spoke with \(names[($0 + 1) % names.count])" }.joined(separator: " and ")
        let url = try CLI.temporaryFile(Array("Title\n\n\(body)\n\nAlma Kora met Bruno Velo in Lisbon. They talked.\n".utf8))
        let r = try CLI.run(["relations", "--json", url.path])
        #expect(r.status == 0)
        let relations = try #require(try CLI.json(r.out)["relations"] as? [[String: Any]])
        let sentences = relations.flatMap { ($0["evidence"] as? [[String: Any]] ?? []).compactMap { $0["sentence"] as? String } }
        #expect(!sentences.isEmpty && sentences.allSatisfy { $0.utf8.count <= 1024 + 3 })
        #expect(sentences.contains { $0.hasSuffix("…") && $0.hasPrefix("Alma Kora spoke with Bruno Velo") })
        #expect(sentences.contains("Alma Kora met Bruno Velo in Lisbon."))
        let exported = try CLI.run(["export", url.path])
        #expect(exported.status == 0 && exported.out.contains("\"Alma Kora met Bruno Velo in Lisbon.\""))
        let listed = try CLI.run(["relations", url.path])
        #expect(listed.status == 0 && listed.out.split(separator: "\n").allSatisfy { $0.count < 200 })
    }

    /// `dossier missing.txt > out`: the missing file is the problem to report (66), not the redirected output.
    @Test func theExplorerReportsAMissingFileBeforeTheTerminal() throws {
        let r = try CLI.run(["/nonexistent/dossier-missing.txt"])
        #expect(r.status == 66 && r.err.contains("no such file") && !r.err.contains("not a terminal"), "\(r.err)")
    }

    /// A text saved as Windows-1252 (smart quotes 0x93/0x94, é as 0xE9): every such character is U+FFFD, as
    /// the guide says, and the warning now names the likely encoding and the command that converts it.
    @Test func aWindows1252TextGetsAConversionHint() throws {
        let cp1252 = try CLI.temporaryFile(Array("Title\n\nThe President ".utf8) + [0x93] + Array("Joe Biden".utf8) + [0x94]
            + Array(" met Olaf Scholz at the caf".utf8) + [0xE9, 0x2E, 0x0A])
        let r = try CLI.run(["entities", cp1252.path])
        #expect(r.status == 0 && r.out.contains("Joe Biden"))
        #expect(r.err.contains("not valid UTF-8") && r.err.contains("iconv -f WINDOWS-1252 -t UTF-8"))
        // UTF-8 text with one bad byte is not called Windows-1252.
        let utf8 = try CLI.temporaryFile(Array("Title\n\nCafé ".utf8) + [0xFF] + Array(" Joe Biden.\n".utf8))
        let u = try CLI.run(["entities", utf8.path])
        #expect(u.err.contains("not valid UTF-8") && !u.err.contains("iconv"))
    }
}
