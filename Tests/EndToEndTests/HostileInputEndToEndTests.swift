import Foundation
import Testing
import TestSupport

/// What a keyboard, a clipboard and a text can send that a plain key test does not: bytes that are not
/// UTF-8, a megabyte paste, and emoji sequences made of several code points.
@Suite(.serialized, .enabled(if: TmuxSession.mustRun, "tmux is not installed"))
struct HostileInputEndToEndTests {
    /// A Latin-1 terminal or Alt in 8-bit meta mode sends such bytes; after each, keys still act.
    @Test func invalidUTF8FromTheKeyboardIsDroppedAndTheNextKeyWorks() throws {
        let t = try TmuxSession()
        t.startExplorer()
        for bad in ["c3", "ff", "80", "e2 85", "ed a0 80", "c0 af"] {
            try TmuxSession.tmux(["-L", t.socket, "send-keys", "-t", "0", "-H"] + bad.split(separator: " ").map(String.init))
            t.send("?")
            t.waitFor("the help overlay after the bytes \(bad)") { $0.contains("Help · keys") }
            t.send("Escape")
            t.waitFor("the help overlay closed after \(bad)") { !$0.contains("Help · keys") && $0.contains("? help") }
        }
        t.send("q")
        t.expectWorkingShell()
    }

    /// A megabyte pasted into the search line is taken in well under the seconds it took (minutes, before),
    /// (cut to the line's limit: ReducerTests); Ctrl-C then ends the explorer at once.
    @Test func aMegabytePasteIsQuickAndCtrlCStillEndsTheExplorer() throws {
        let file = NSTemporaryDirectory() + "dossier-paste-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try String(repeating: "Putin met Xi\n", count: (1 << 20) / 13).write(toFile: file, atomically: true, encoding: .utf8)
        let t = try TmuxSession()
        t.startExplorer()
        t.send("/")
        t.waitFor(text: "Esc cancel")
        try TmuxSession.tmux(["-L", t.socket, "load-buffer", "-b", "big", file])
        let started = Date()
        try TmuxSession.tmux(["-L", t.socket, "paste-buffer", "-p", "-b", "big", "-t", "0"])
        t.waitFor("the paste in the search line", timeout: 20) { $0.contains(" /  …") && $0.contains("Xi Putin met Xi Putin met Xi") }
        #expect(Date().timeIntervalSince(started) < 10)
        let interrupted = Date()
        t.send("C-c")
        t.waitFor("the explorer gone", timeout: 5) { !$0.contains("1 Sections") }
        #expect(Date().timeIntervalSince(interrupted) < 2)
        t.expectWorkingShell()
    }

    /// A ZWJ family, a flag, a skin tone, a couple and a combining accent reach the terminal whole: what
    /// tmux keeps of each cell, and (for the family, longer than tmux keeps in a cell) the bytes written.
    @Test func graphemeClustersAreDrawnWhole() throws {
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦", flag = "🇺🇦", thumbs = "👍🏽", couple = "👩\u{200D}👨", accent = "e\u{301}"
        let file = NSTemporaryDirectory() + "dossier-emoji-\(UUID().uuidString).txt"
        let log = NSTemporaryDirectory() + "dossier-emoji-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: file); try? FileManager.default.removeItem(atPath: log) }
        try "Emoji\n\nA \(family) B \(flag) C \(thumbs) D \(couple) E \(accent) F\n".write(toFile: file, atomically: true, encoding: .utf8)
        let t = try TmuxSession()
        try TmuxSession.tmux(["-L", t.socket, "pipe-pane", "-o", "-t", "0", "cat >> '\(log)'"])
        t.startExplorer(file)
        t.waitFor("every cluster whole") { $0.contains("B \(flag)") && $0.contains("C \(thumbs) D \(couple) E \(accent) F") }
        let written = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(written.contains(family))
        t.send("q")
        t.expectWorkingShell()
    }
}
