import Foundation
import ArticleModel
import Testing
@testable import Explorer

@Suite struct ScreenTests {
    @Test func displayWidths() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("北" as Character) == 2)
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}" as Character) == 2)
        #expect(DisplayWidth.of("\u{1B}" as Character) == 1) // shown as ␛
        #expect(DisplayWidth.of("北京 ok") == 7)
        #expect(DisplayWidth.of("\r\n" as Character) == 2) // shown as ␍␊
        let marks = Character("a" + String(repeating: "\u{300}", count: 5_000))
        #expect(DisplayWidth.of(marks) == 1)
        var screen = Screen(width: 4, height: 1)
        #expect(screen.put(0, 0, "\r\n" + String(marks) + "b") == 4)
        #expect(screen.line(0).hasPrefix("␍␊"))
        #expect(screen.put(0, 0, String(marks) + "b") == 2)
        #expect(screen[0, 0].character == marks && screen[1, 0].character == "b")
    }

    /// Hard-wrapped source text (one line break inside a paragraph) is wrapped as if the breaks were
    /// spaces; drawn as `␊` the rows ran two columns wider than laid out and lost their last words.
    @Test func lineBreaksInsideAParagraphAreDrawnAsSpacesAndLoseNothing() throws {
        let words = (0..<60).map { String(format: "w%02d", $0) }
        let wide = String(repeating: "習近平 北京 東京 ", count: 3) + "end."
        let text = "Title\n\n" + words.joined(separator: "\n") + "\n\n" + Array(repeating: wide, count: 8).joined(separator: "\n") + "\n"
        let s = State(article: try ArticleBuilder.build(bytes: Array(text.utf8)), width: 120, height: 40)
        let screen = render(s).text
        #expect(!screen.contains("␊"))
        for w in words { #expect(screen.contains(w), "\(w) is missing") }
        #expect(screen.components(separatedBy: "end.").count - 1 == 8)
        #expect(screen.components(separatedBy: "平").count - 1 == 3 * 8)
    }

    @Test func oneLineTitlesAreCutToWhatAScreenCanShow() {
        #expect(oneLine("a\nb\tc") == "a b c")
        let word = String(repeating: "A", count: 1_000_000) // a text that is one long word is its own title
        #expect(oneLine(word) == String(repeating: "A", count: 4096) + "…")
        // A cut inside a character drops the whole character.
        #expect(oneLine("ab" + String(repeating: "é", count: 10), limit: 5) == "abé…")
        #expect(oneLine("abé", limit: 5) == "abé")
    }

    /// The reader's frame title is made from the title paragraph's first 4 KB only, and reads the same as
    /// `oneLine` of the whole title would (a 1 MB title, one cut inside a character, a short one, none).
    @Test func theReaderTitleReadsOnlyWhatItShows() {
        for title in [String(repeating: "A", count: 1_000_000), String(repeating: "é", count: 3_000) + "x",
                      "Short\ntitle", ""] {
            let a = try! ArticleBuilder.build(bytes: Array((title + "\n\nJoe Biden met Olaf Scholz in Berlin.\n").utf8))
            #expect(titleLine(a) == oneLine(a.title ?? "Reader"), "\(title.prefix(20))")
        }
    }

    @Test func controlAndBidiCharactersBecomePlaceholders() {
        var screen = Screen(width: 40, height: 1)
        screen.put(0, 0, "a\u{1B}]52;c;x\u{07}b\u{202E}c\u{85}\u{7F}")
        #expect(screen.line(0).trimmingTrailingSpaces() == "a␛]52;c;x␇b<U+202E>c<U+0085>␡")
        for c in screen.cells { #expect(c.character.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && !(0x80..<0xA0).contains($0.value) } || c.isContinuation) }
    }

    /// One policy: the explorer's screen shows an unsafe character exactly as the listings print it,
    /// the invisible direction marks included, and measures it as wide as it is drawn.
    @Test func theScreenAndTheListingsShowUnsafeTextAlike() {
        for text in ["a\u{1B}[31mb", "x\u{7}y\u{7F}z\u{9}", "p\u{85}q", "evil \u{202E}txt\u{2066}", "l\u{200E}r\u{200F}a\u{61C}m"] {
            var screen = Screen(width: 60, height: 1)
            let end = screen.put(0, 0, text)
            #expect(screen.line(0).trimmingTrailingSpaces() == DisplayText.sanitize(text))
            #expect(end == DisplayWidth.of(text) && end == DisplayText.sanitize(text).count)
        }
        #expect(DisplayText.sanitize("l\u{200E}r") == "l<U+200E>r")
    }

    /// A ZWJ family, a flag, a skin tone and a combining accent are one cell each, whole, as wide as drawn.
    @Test func graphemeClustersAreOneCellWithAllTheirCodePoints() {
        let family: Character = "👨\u{200D}👩\u{200D}👧\u{200D}👦", flag: Character = "🇺🇦", thumbs: Character = "👍🏽"
        let accent: Character = "e\u{301}"
        #expect([family, flag, thumbs].map { DisplayWidth.of($0) } == [2, 2, 2])
        #expect(DisplayWidth.of(accent) == 1)
        var screen = Screen(width: 10, height: 1)
        #expect(screen.put(0, 0, String([family, flag, thumbs, accent])) == 7)
        #expect(screen[0, 0].character == family && screen[1, 0].isContinuation)
        #expect(screen[2, 0].character == flag && screen[4, 0].character == thumbs && screen[6, 0].character == accent)
        #expect(screen[0, 0].character.unicodeScalars.count == 7)
    }

    @Test func wideGlyphsNeverCrossTheClipEdge() {
        var screen = Screen(width: 5, height: 1)
        let end = screen.put(0, 0, "a北京", limit: 4)
        #expect(end == 4)
        #expect(screen.line(0) == "a北  ")
        #expect(screen[3, 0].character == " ")
        screen.put(4, 0, "東")
        #expect(screen[4, 0].character == " ")
    }

    @Test func overwritingHalfAWideGlyphClearsIt() {
        var screen = Screen(width: 4, height: 1)
        screen.put(0, 0, "北京")
        screen.put(1, 0, "x")
        #expect(screen.line(0) == " x京")
    }

    @Test func wrapBreaksAtSpacesByDisplayWidth() {
        let text = "The quick brown fox jumps"
        let lines = Wrap.lines(text, width: 10).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        #expect(lines == ["The quick", "brown fox", "jumps"])
        let cjk = "北京東京北京"
        let wide = Wrap.lines(cjk, width: 5).map { String(decoding: Array(cjk.utf8)[$0], as: UTF8.self) }
        #expect(wide == ["北京", "東京", "北京"])
        let mixed = "ab 北京東京"
        #expect(Wrap.lines(mixed, width: 6).map { String(decoding: Array(mixed.utf8)[$0], as: UTF8.self) } == ["ab 北", "京東京"])
        let long = "a supercalifragilistic word"
        #expect(Wrap.lines(long, width: 8).map { String(decoding: Array(long.utf8)[$0], as: UTF8.self) } == ["a", "supercal", "ifragili", "stic", "word"])
        #expect(Wrap.lines("", width: 5) == [0..<0])
        // The ASCII byte loop and the character loop agree.
        for sample in ["  Lorem ipsum dolor sit amet,  consectetur\nadipiscing elit; supercalifragilisticexpialidocious ok  ",
                       "It’s “quoted” — and… café déjà-vu naïve ‘ok’ 20€ ‰ end",
                       "e\u{301}cole and a\u{300} plus ❤\u{FE0F} and 北京 mixed with ’ punctuation"] {
            for w in 1...30 {
                #expect(Wrap.lines(Array(sample.utf8)[...], width: w) == Wrap.lines(sample, width: w), "width \(w): \(sample)")
            }
        }
    }

    @Test func boxesJoinWhereTheyMeet() {
        var screen = Screen(width: 7, height: 3)
        Box.frame(&screen, Rect(x: 0, y: 0, width: 4, height: 3), style: .normal)
        Box.frame(&screen, Rect(x: 3, y: 0, width: 4, height: 3), style: .normal)
        #expect(screen.text == "┌──┬──┐\n│  │  │\n└──┴──┘")
    }

    /// Every size from 1×1 up, and a few large ones: no crash, every line exactly the width,
    /// wide glyphs whole, and pane borders never covered by half a glyph.
    @Test func rendersAtAnySize() {
        var sizes: [(Int, Int)] = []
        for w in 1...130 { sizes.append((w, w % 7 + 1)); sizes.append((w, 24)) }
        for h in 1...45 { sizes.append((h * 3 % 131 + 1, h)); sizes.append((61, h)) }
        sizes += [(200, 60), (300, 100), (1, 100), (300, 1)]
        let base = Fixture.state()
        let variants: [(State) -> State] = [
            { $0 }, { run($0, .help) }, { run($0, .relationsPane, .toggleGraph) }, { run($0, .entitiesPane, .open) },
            { run(typing(run($0, .search), "北"), .open) }, { run($0, .bottom) },
        ]
        for (w, h) in sizes {
            for v in variants {
                let s = v(reduce(base, .resize(width: w, height: h)))
                let screen = render(s)
                #expect(screen.width == w && screen.height == h)
                for y in 0..<h {
                    var cols = 0
                    for x in 0..<w {
                        let c = screen[x, y]
                        if c.width == 2 {
                            #expect(x + 1 < w && screen[x + 1, y].isContinuation, "wide glyph cut at \(x),\(y) in \(w)×\(h)")
                        }
                        if c.isContinuation { #expect(x > 0 && screen[x - 1, y].width == 2) }
                        cols += c.isContinuation ? 0 : Int(c.width)
                    }
                    #expect(cols == w, "line \(y) is \(cols) columns wide at \(w)×\(h)")
                }
                if !s.help.isShown {
                    for pane in s.layout.visible(focus: s.focus) {
                        let r = s.layout.panes[pane]!
                        for y in (r.y + 1)..<(r.maxY - 1) where r.height > 2 {
                            for x in [r.x, r.maxX - 1] where x < w {
                                #expect(Box.directions[screen[x, y].character] != nil, "border broken at \(x),\(y) in \(w)×\(h)")
                            }
                        }
                    }
                }
            }
        }
    }

    @Test func helpIsGeneratedFromTheActionTable() {
        let help = HelpOverlay.lines().joined(separator: "\n")
        for spec in Actions.table {
            #expect(help.contains(spec.help))
            for k in spec.keys { #expect(help.contains(k.label)) }
        }
        let keymap = Keymap.standard
        for spec in Actions.table { for k in spec.keys { #expect(keymap.bindings[k] == spec.command) } }
        #expect(Set(Actions.table.map(\.command)) == Set(Command.allCases))
        #expect(keymap.bindings[.ctrl("i")] == nil) // forward is not Ctrl-i: terminals send Tab
    }

    @Test func themesCoverEveryRole() {
        for name in [ThemeName.dark, .light] {
            for depth in [ColorDepth.none, .eight, .many] {
                let t = Theme(name: name, depth: depth)
                for r in Role.allCases {
                    let spec = t.spec(r)
                    #expect(spec.fg < (depth == .many ? 256 : 8))
                    if depth == .none { #expect(spec.fg == -1 && spec.bg == -1) }
                }
            }
        }
        // Monochrome still tells the selection and search hits apart.
        #expect(Theme(name: .dark, depth: .none).spec(.selectionFocus).attributes.contains(.reverse))
        #expect(Theme(name: .dark, depth: .none).spec(.searchCurrent).attributes.contains(.bold))
    }
}

@Suite struct ReadmeTests {
    /// The README's key table is the action table, and nothing else stands in its place: the
    /// table runs from its header row to the first line that is not a table row, which must be blank.
    @Test func readmeListsTheKeysFromTheActionTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let lines = try String(contentsOf: readme, encoding: .utf8).components(separatedBy: "\n")
        let header = try #require(lines.firstIndex(of: "| keys | action |"), "README has no key table")
        let end = lines[header...].firstIndex { !$0.hasPrefix("|") } ?? lines.endIndex
        let table = lines[header..<end].joined(separator: "\n")
        #expect(table == Actions.markdownTable.trimmingCharacters(in: .newlines),
                "README key table differs from the action table:\n\(Actions.markdownTable)")
        #expect(end < lines.endIndex && lines[end].isEmpty,
                "README: the line after the key table must be blank, found: \(end < lines.endIndex ? lines[end] : "end of file")")
    }
}
