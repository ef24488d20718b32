import Foundation
import Testing

/// Text that tries to talk to the terminal: OSC 52 (clipboard), OSC 8 (hyperlink), CSI 2J (clear),
/// OSC 0 (title), U+202E (bidi override), C1 controls encoded in UTF-8 and DEL. No subcommand's
/// output may carry them raw; text shows placeholders and JSON escapes them.
@Suite struct HostileTextTests {
    static let hostile = "Hostile Names\n\n"
        + "Vladimir Putin met Xi Jinping in Moscow. Clipboard \u{1B}]52;c;aGVsbG8=\u{07} here. Title \u{1B}]0;pwned\u{07} set. "
        + "Clear \u{1B}[2J now. Link \u{1B}]8;;http://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\ done. Bidi \u{202E}txt.exe end.\n\n"
        + "President Evil\u{1B}[31mRed met Chancellor Bad\u{9B}2JMan and Xi Jinping in Berlin\u{85} with Mr. Del\u{7F}ta and "
        + "Doctor Cee\u{90}One. As discussed above, Vladimir Putin and Xi Jinping agree. Sir Osc\u{9D}0;pwn\u{9C}X visited Moscow.\n"

    /// ESC and the other C0 controls (but newline and tab), DEL, C1, and bidi embeddings, overrides and isolates.
    static func rawControls(_ s: String) -> [Unicode.Scalar] {
        s.unicodeScalars.filter { u in
            (u.value < 0x20 && u != "\n" && u != "\t") || (0x7F...0x9F).contains(u.value)
                || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
        }
    }

    @Test func everySubcommandPrintsPlaceholders() throws {
        let url = try CLI.temporaryFile(Array(Self.hostile.utf8))
        let commands: [[String]] = [
            ["outline"], ["annotations"], ["xrefs"], ["search", "putin"], ["search", "evil"], ["search", "clipboard"],
            ["entities"], ["relations"], ["relations", "--dot"], ["relations", "--entity", "Vladimir Putin"], ["search", "bidi"], ["search", "clear"],
        ]
        for args in commands {
            for color in [["NO_COLOR": "1"], [:]] {
                let r = try CLI.run(args + [url.path], environment: color)
                #expect(r.status == 0, "\(args)")
                #expect(Self.rawControls(r.out).isEmpty, "\(args): \(Self.rawControls(r.out))")
                #expect(Self.rawControls(r.err).isEmpty, "\(args) stderr")
            }
        }
        #expect(try CLI.run(["search", "clipboard", url.path]).out.contains("␛]52;c;aGVsbG8=␇"))
        #expect(try CLI.run(["search", "clear", url.path]).out.contains("␛[2J"))
        #expect(try CLI.run(["search", "bidi", url.path]).out.contains("<U+202E>"))
        let evil = try CLI.run(["search", "evil", url.path])
        #expect(evil.out.contains("<U+009B>") && evil.out.contains("␛[31m"))
    }

    @Test func jsonEscapesThem() throws {
        let url = try CLI.temporaryFile(Array(Self.hostile.utf8))
        for args in [["export"], ["outline", "--json"], ["entities", "--json"], ["relations", "--json"], ["search", "--json", "evil"],
                     ["annotations", "--json"], ["xrefs", "--json"]] {
            let r = try CLI.run(args + [url.path])
            #expect(r.status == 0, "\(args)")
            #expect(Self.rawControls(r.out).isEmpty, "\(args)")
            #expect((try? JSONSerialization.jsonObject(with: Data(r.out.utf8))) != nil, "\(args) is not JSON")
        }
        let e = try CLI.run(["export", url.path])
        #expect(e.out.contains("\\u001b]52;c;aGVsbG8=\\u0007") && e.out.contains("\\u009b") && e.out.contains("\\u202e") && e.out.contains("\\u007f"))
        // And the JSON decodes back to the exact text.
        let o = try CLI.json(e.out)
        let paragraphs = try #require(o["paragraphs"] as? [[String: Any]])
        #expect((paragraphs[2]["text"] as? String)?.contains("Bad\u{9B}2JMan") == true)
    }

    /// `quality` prints file names and label names: a folder whose names carry escapes.
    @Test func qualityPrintsNamesSafely() throws {
        let stem = "evil\u{1B}]0;pwned\u{07}"
        let text = try CLI.temporaryFile(Array(Self.hostile.utf8), name: stem + ".txt")
        try Data("person\tEvil\u{1B}[31mRed\nperson\tNobody\u{9B}Here\n".utf8)
            .write(to: text.deletingLastPathComponent().appendingPathComponent(stem + ".entities.tsv"))
        let r = try CLI.run(["quality", text.deletingLastPathComponent().path])
        #expect(r.status == 0)
        #expect(Self.rawControls(r.out).isEmpty, "\(Self.rawControls(r.out))")
        #expect(r.out.contains("evil␛]0;pwned␇") && r.out.contains("<U+009B>"))
    }
}

/// GUIDE section 6, "very long lines": one 1 MB line without a newline builds and prints.
@Suite struct LongLineTests {
    @Test func aOneMegabyteLineIsOneParagraphWithItsEntities() throws {
        var line = "Start."
        while line.utf8.count < 1 << 20 { line += " Vladimir Putin met Xi Jinping in Moscow and they talked for a long time." }
        let url = try CLI.temporaryFile(Array((line + " End.").utf8))
        let r = try CLI.run(["entities", "--json", url.path])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(entities.contains { $0["name"] as? String == "Vladimir Putin" })
    }
}
