import Explorer
import Testing
import TestSupport
@testable import TerminalIO

@Suite struct InputDecoderTests {
    func keys(_ bytes: [UInt8]) -> [InputDecoder.Event] { InputDecoder.decode(bytes) }
    func keys(_ text: String) -> [InputDecoder.Event] { keys(Array(text.utf8)) }

    @Test func textAndControlKeys() {
        #expect(keys("jk") == [.key(.char("j")), .key(.char("k"))])
        #expect(keys("北é") == [.key(.char("北")), .key(.char("é"))])
        #expect(keys([0x09, 0x0D, 0x0A, 0x7F, 0x08, 0x04, 0x15]) ==
                [.key(.tab), .key(.enter), .key(.enter), .key(.backspace), .key(.backspace), .key(.ctrl("d")), .key(.ctrl("u"))])
        #expect(keys([0x00, 0x1C, 0x1F]) == [])
    }

    /// Bytes a Latin-1 terminal or 8-bit meta sends: each invalid sequence is dropped and the next key works.
    @Test(arguments: [[0xC3], [0xFF], [0x80], [0xE2, 0x85], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xF8]] as [[UInt8]])
    func invalidUTF8IsDroppedAndTheNextKeyWorks(_ bad: [UInt8]) {
        #expect(keys(bad + Array("j".utf8)) == [.key(.char("j"))])
        #expect(keys(bad) == [])
        // Arriving alone, then the next key a moment later.
        var d = InputDecoder()
        d.feed(bad)
        var got: [InputDecoder.Event] = []
        while let e = d.next() { got.append(e) }
        if d.pendingTimeoutMs != nil { got += d.flush() }
        d.feed(Array("jq".utf8))
        while let e = d.next() { got.append(e) }
        #expect(got == [.key(.char("j")), .key(.char("q"))])
    }

    @Test func aCharacterSplitAcrossReadsWaitsForItsLastByte() {
        var d = InputDecoder()
        d.feed([0xE5, 0x8C])
        #expect(d.next() == nil)
        #expect(d.pendingTimeoutMs == InputDecoder.escapeDelayMs)
        d.feed([0x97])
        #expect(d.next() == .key(.char("北")))
        #expect(d.pendingTimeoutMs == nil)
    }

    @Test func escapeSequences() {
        #expect(keys("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.key(.up), .key(.down), .key(.right), .key(.left)])
        #expect(keys("\u{1B}OA\u{1B}OH\u{1B}OF\u{1B}OM") == [.key(.up), .key(.home), .key(.end), .key(.enter)])
        #expect(keys("\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[1~\u{1B}[4~\u{1B}[H\u{1B}[F\u{1B}[Z") ==
                [.key(.pageUp), .key(.pageDown), .key(.delete), .key(.home), .key(.end), .key(.home), .key(.end), .key(.backTab)])
        #expect(keys("\u{1B}[1;3D\u{1B}[1;3C\u{1B}[1;9D") == [.key(.altLeft), .key(.altRight), .key(.altLeft)])
        // Keys the explorer has no use for are dropped whole: F5, Ctrl-Up, focus in.
        #expect(keys("\u{1B}[15~\u{1B}[1;5A\u{1B}[Ij") == [.key(.char("j"))])
    }

    @Test func escapeAloneAltAndAnUnfinishedSequence() {
        #expect(keys("\u{1B}") == [.key(.escape)])
        #expect(keys("\u{1B}x") == [.key(.alt("x"))])
        #expect(keys("\u{1B}\u{1B}") == [.key(.escape)])
        var d = InputDecoder()
        d.feed(Array("\u{1B}".utf8))
        #expect(d.next() == nil)
        #expect(d.pendingTimeoutMs == InputDecoder.escapeDelayMs)
        d.feed(Array("[A".utf8))
        #expect(d.next() == .key(.up))
        // A sequence that never ends is dropped, not kept waiting for.
        #expect(keys(Array("\u{1B}[".utf8) + Array(repeating: UInt8(ascii: "1"), count: 100) + Array("j".utf8)).last == .key(.char("j")))
    }

    @Test func mouseReportsInBothEncodings() {
        // X10: ESC [ M, then button, column and row, each plus 32 (1-based).
        #expect(keys([0x1B, 0x5B, 0x4D, 32, 33 + 10, 33 + 4]) == [.mouse(.click(x: 10, y: 4))])
        #expect(keys([0x1B, 0x5B, 0x4D, 32 + 64, 33, 33, 0x1B, 0x5B, 0x4D, 32 + 65, 33 + 200, 33 + 2]) ==
                [.mouse(.wheelUp(x: 0, y: 0)), .mouse(.wheelDown(x: 200, y: 2))])
        #expect(keys([0x1B, 0x5B, 0x4D, 32 + 3, 40, 40]) == []) // a release
        // SGR: ESC [ < b ; x ; y M or m (release).
        #expect(keys("\u{1B}[<0;11;5M\u{1B}[<0;11;5m\u{1B}[<64;3;4M\u{1B}[<65;300;90M") ==
                [.mouse(.click(x: 10, y: 4)), .mouse(.wheelUp(x: 2, y: 3)), .mouse(.wheelDown(x: 299, y: 89))])
    }

    @Test func bracketedPasteIsOneEventWithItsLineBreaksAndEscapes() {
        #expect(keys("\u{1B}[200~Xi\nJinping\u{1B}[201~q") == [.key(.paste("Xi\nJinping")), .key(.char("q"))])
        // An escape inside the paste, and a false start of the closing mark, are text.
        #expect(keys("\u{1B}[200~a\u{1B}b\u{1B}[20x\u{1B}[201~") == [.key(.paste("a\u{1B}b\u{1B}[20x"))])
        // A paste without its closing mark ends after a pause.
        #expect(keys("\u{1B}[200~half") == [.key(.paste("half"))])
        // Invalid UTF-8 inside a paste becomes U+FFFD.
        #expect(keys(Array("\u{1B}[200~a".utf8) + [0xFF] + Array("b\u{1B}[201~".utf8)) == [.key(.paste("a\u{FFFD}b"))])
    }

    @Test func aPasteSplitAcrossReadsAnywhereIsTheSame() {
        let bytes = Array("x\u{1B}[200~one\u{1B}[201~y".utf8)
        for cut in 1..<bytes.count {
            var d = InputDecoder()
            var got: [InputDecoder.Event] = []
            d.feed(bytes[..<cut])
            while let e = d.next() { got.append(e) }
            d.feed(bytes[cut...])
            while let e = d.next() { got.append(e) }
            #expect(got == [.key(.char("x")), .key(.paste("one")), .key(.char("y"))], "cut at \(cut)")
        }
    }

    /// A megabyte pasted in 4 KB reads: linear (well under a second even in a debug build), capped.
    @Test func aHugePasteIsReadInLinearTimeAndCapped() {
        let body = [UInt8](repeating: UInt8(ascii: "a"), count: 3 << 20)
        let bytes = Array("\u{1B}[200~".utf8) + body + Array("\u{1B}[201~j".utf8)
        let clock = ContinuousClock()
        var got: [InputDecoder.Event] = []
        let took = clock.measure {
            var d = InputDecoder()
            var i = 0
            while i < bytes.count {
                d.feed(bytes[i..<min(bytes.count, i + 4096)])
                while let e = d.next() { got.append(e) }
                i += 4096
            }
        }
        #expect(took < .seconds(3))
        guard case .key(.paste(let text)) = got.first else { Issue.record("no paste"); return }
        #expect(text.utf8.count == InputDecoder.pasteLimit)
        #expect(got.last == .key(.char("j")))
    }

    /// Random bytes never stop the decoder: after them (and a pause), a key is always a key.
    @Test func randomBytesNeverSwallowTheNextKey() {
        var rng = SeededGenerator(seed: 17)
        for _ in 0..<500 {
            var d = InputDecoder()
            let noise = (0..<rng.int(40)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            d.feed(noise)
            while d.next() != nil {}
            _ = d.flush()
            d.feed(Array("j".utf8))
            var got: [InputDecoder.Event] = []
            while let e = d.next() { got.append(e) }
            got += d.flush()
            #expect(got.last == .key(.char("j")), "after \(noise)")
        }
    }
}
