import Testing
@testable import ArticleModel

@Suite struct LoaderTests {
    @Test func stripsBOMAndNormalisesLineEnds() throws {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("One\r\ntwo\rthree\n".utf8)
        let loaded = try Loader.load(input)
        #expect(String(decoding: loaded.bytes, as: UTF8.self) == "One\ntwo\nthree\n")
        #expect(loaded.hadBOM)
        // "two" starts at normalised 4, original 3 (BOM) + 5 ("One\r\n").
        #expect(loaded.source.original(4) == 8)
        #expect(Array(input[loaded.source.original(8)..<loaded.source.original(8) + 5]) == Array("three".utf8))
    }

    @Test func dropsADOSEndOfFileMark() throws {
        // Old DOS files end with Ctrl-Z; with CR line ends it made the whole text one title paragraph.
        let input = Array("Old\rMac\r\rfile. Boris Johnson met Emmanuel Macron.\r".utf8) + [0x1A]
        let loaded = try Loader.load(input)
        #expect(String(decoding: loaded.bytes, as: UTF8.self) == "Old\nMac\n\nfile. Boris Johnson met Emmanuel Macron.\n")
        #expect(loaded.source.original(loaded.bytes.count - 1) == input.count - 2)
        // Clean text with the mark: the mark goes, the rest is the same.
        #expect(try Loader.load(Array("Plain text.\n".utf8) + [0x1A]).bytes == Array("Plain text.\n".utf8))
        // Elsewhere it is a control character like any other, kept for the display's placeholder.
        let middle = Array("A long enough line".utf8) + [0x1A] + Array(" of text.".utf8)
        #expect(try Loader.load(middle).bytes == middle)
        let article = try ArticleBuilder.build(bytes: input)
        #expect(Set(article.entities.map(\.name)).isSuperset(of: ["Boris Johnson", "Emmanuel Macron"]))
    }

    /// A byte-order mark inside the text (files joined with `cat`, an editor's paste) is not a character of
    /// the article: kept, it cut "Olaf\u{FEFF} Scholz" into two names. Unicode's line and paragraph
    /// separators (U+2028, U+2029) end a line and a paragraph: kept, a text using them was one title paragraph
    /// and none of its names were listed.
    @Test func dropsInnerByteOrderMarksAndBreaksAtUnicodeSeparators() throws {
        let input = Array("Joe Bi\u{FEFF}den met Olaf\u{FEFF} Scholz.\n\n\u{FEFF}Angela Merkel.".utf8)
        let loaded = try Loader.load(input)
        #expect(String(decoding: loaded.bytes, as: UTF8.self) == "Joe Biden met Olaf Scholz.\n\nAngela Merkel.")
        // Every word still maps back to its bytes in the input.
        func mapsBack(_ word: String, _ loaded: LoadedText, _ input: [UInt8]) -> Bool {
            guard let r = loaded.bytes.firstRange(of: Array(word.utf8)) else { return false }
            let o = loaded.source.original(r.lowerBound)
            return Array(input[o..<(o + word.utf8.count)]) == Array(word.utf8)
        }
        for word in ["den", "Scholz", "Angela"] { #expect(mapsBack(word, loaded, input), "\(word)") }
        let separated = Array("Title\u{2028}Still the title\u{2029}Joe Biden met Olaf Scholz.\u{2028}Angela Merkel spoke.\u{2029}".utf8)
        let lines = try Loader.load(separated)
        #expect(String(decoding: lines.bytes, as: UTF8.self) == "Title\nStill the title\n\nJoe Biden met Olaf Scholz.\nAngela Merkel spoke.\n\n")
        for word in ["Still", "Joe", "Angela"] { #expect(mapsBack(word, lines, separated), "\(word)") }
        let names = Set(try ArticleBuilder.build(bytes: separated).entities.map(\.name))
        #expect(names.isSuperset(of: ["Joe Biden", "Olaf Scholz", "Angela Merkel"]))
        let joined = Set(try ArticleBuilder.build(bytes: input).entities.map(\.name))
        #expect(joined.isSuperset(of: ["Joe Biden", "Olaf Scholz"]))
    }

    @Test func replacesInvalidUTF8AndCountsIt() throws {
        let loaded = try Loader.load([0x61, 0xFF, 0x62, 0xC3])
        #expect(String(decoding: loaded.bytes, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}")
        #expect(loaded.invalidSequences == 2)
        #expect(loaded.source.original(4) == 2) // "b"
    }

    /// Breakpoints are stored in 32 bits while they fit and in full integers past 4 GB (or past a
    /// 2 GB shift): the map gives the same offsets either way.
    @Test func sourceMapPastFourGigabytes() {
        var map = SourceMap()
        map.record(normalised: 10, original: 11)
        map.record(normalised: 20, original: 19)
        map.record(normalised: 5_000_000_000, original: 5_000_000_007)
        map.record(normalised: 5_000_000_100, original: 5_000_000_100)
        map.record(normalised: 6_000_000_000, original: 9_000_000_000)
        #expect(map.normalised.count == 3 && map.wideNormalised.count == 3)
        #expect(map.original(0) == 0 && map.original(15) == 16 && map.original(4_999_999_999) == 4_999_999_998)
        #expect(map.original(5_000_000_000) == 5_000_000_007 && map.original(5_000_000_200) == 5_000_000_200)
        #expect(map.original(6_000_000_001) == 9_000_000_001)
        var shifted = SourceMap()
        shifted.record(normalised: 100, original: 3_000_000_100)
        shifted.record(normalised: 100, original: 100)
        #expect(shifted.original(150) == 150 && shifted.original(50) == 50)
    }

    /// Runs of one-byte steps (a non-breaking space or a CRLF a line) and any other breakpoints map as a
    /// plain list of breakpoints does.
    @Test func sourceMapRunsMapAsAPlainList() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            var map = SourceMap()
            var plain: [(n: Int, d: Int)] = [(0, 0)]
            var n = 0, o = Int.random(in: 0...3, using: &generator)
            for _ in 0..<200 {
                map.record(normalised: n, original: o)
                let d = o - n
                if plain[plain.count - 1].d != d {
                    if plain[plain.count - 1].n == n { plain[plain.count - 1].d = d } else { plain.append((n, d)) }
                }
                let step = Int.random(in: 0...9, using: &generator)
                n += Int.random(in: 0...3, using: &generator)
                o = n + d + (step < 6 ? 1 : step < 8 ? -1 : step == 8 ? -2 : 0)
            }
            for offset in 0...(n + 2) {
                let k = plain.lastIndex { $0.n <= offset }!
                #expect(map.original(offset) == offset + plain[k].d)
            }
        }
        // A non-breaking space a line: one run, whatever the number of breakpoints.
        var spaces = SourceMap()
        for line in 1...1000 { spaces.record(normalised: line * 40, original: line * 41) }
        #expect(spaces.normalised.count == 1001 && spaces.runStart.count == 1)
        #expect(spaces.original(40 * 500 + 3) == 41 * 500 + 3)
    }

    @Test func refusesBinary() {
        #expect(throws: LoadError.binary) { try Loader.load([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]) }
    }

    /// The loader reads eight bytes at a time where it can: a control byte, a NUL or a non-ASCII byte at
    /// any place of a word must be seen as when reading byte by byte.
    @Test func wordAtATimeSeesEveryByte() throws {
        let text = Array("The Ambassador met Putin in Moscow on Tuesday.".utf8)
        for at in 0..<text.count {
            var withNUL = text
            withNUL[at] = 0x00
            #expect(Loader.isBinary(withNUL), "NUL at \(at)")
            var withTab = text
            withTab[at] = 0x09
            let loaded = try Loader.load(withTab)
            var expected = text
            expected[at] = 0x20
            #expect(loaded.bytes == expected, "tab at \(at)")
            var withCR = text
            withCR[at] = 0x0D
            #expect(try Loader.load(withCR).bytes.contains(0x0D) == false, "CR at \(at)")
            var withInvalid = text
            withInvalid[at] = 0xFF
            #expect(try Loader.load(withInvalid).invalidSequences == 1, "invalid byte at \(at)")
        }
        // Many control bytes (not tabs or line breaks: over 30 %) make a binary file, wherever they are.
        var controls = text
        for i in stride(from: 0, to: controls.count, by: 3) { controls[i] = 0x01 }
        #expect(Loader.isBinary(controls))
        #expect(!Loader.isBinary(text))
    }

    @Test func emptyIsNotAnError() throws {
        let article = try ArticleBuilder.build(bytes: Array(" \n\n \t\n".utf8))
        #expect(article.isEmpty)
    }
}
