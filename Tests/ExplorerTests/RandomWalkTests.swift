import ArticleModel
import Content
import Testing
import TestSupport
@testable import Explorer

/// A person pressing keys at random: seeded walks of keys (through the real keymap), pastes, mouse
/// clicks and wheel turns, and resizes from 1×1 to 220×70, over texts chosen to be awkward. After every
/// step the screen is drawn: it must not trap, every line must be exactly the terminal's width, and the
/// reader's cursor and top must stay on the laid-out rows.
@Suite struct RandomWalkTests {
    /// Awkward texts: control and bidi characters, wide and combining characters, an emoji sequence, an
    /// unclosed aside, a long word, headings and annotations, and nothing at all.
    static let texts: [(String, Article)] = {
        let knowledge = Knowledge(table: Content.knowledgeTable)
        func build(_ text: String) -> Article { (try? ArticleBuilder.build(bytes: Array(text.utf8), knowledge: knowledge)) ?? Article(bytes: [], source: SourceMap(), paragraphs: [], sentences: []) }
        let hostile = """
        Title \u{1B}]0;owned\u{07} with \u{202E}reversed\u{202C} text

        北京 and 東京 met Olaf Scholz (and Xi Jinping\u{0301}\u{0301} in 👨\u{200D}👩\u{200D}👧 Moscow. \(String(repeating: "Long", count: 400))

        (Since this was written, Vladimir Putin and Xi Jinping met again in Beijing, as I have discussed previously.)

        THE LAST PART

        \tTabs\u{0}and\u{7F}controls\u{85} and e\u{301}cole, Ｊｏｅ Ｂｉｄｅｎ, ﷽ and 𒐫 wide.
        """
        var entities = "Names\n\n"
        for i in 0..<300 { entities += "On day \(i) Alma Kor\(i % 17)a met Bruno Vel\(i % 13)o in Lisbon.\n\n" }
        return [
            ("default article", (try? ArticleBuilder.build(bytes: Content.defaultArticle(), knowledge: knowledge))!),
            ("hostile", build(hostile)),
            ("many names", build(entities)),
            ("empty", build("")),
        ]
    }()

    static let keys: [Key] = {
        var keys: [Key] = Actions.table.flatMap(\.keys).filter { $0 != .char("q") }
        keys += [.left, .right, .delete, .alt("x"), .ctrl("w"), .char("x"), .char("北"), .char("\u{301}"), .char("\u{1B}")]
        keys += [.paste("Xi Jinping\nq\nPutin"), .paste(""), .paste(String(repeating: "北京 ", count: 200))]
        return keys
    }()

    @Test(arguments: 0..<4, [1, 2])
    func randomKeysNeverBreakTheScreen(_ text: Int, _ seed: UInt64) {
        let (name, article) = Self.texts[text]
        var rng = SeededGenerator(seed: UInt64(text) &* 7919 &+ seed)
        var s = State(article: article, width: 120, height: 40)
        let keymap = Keymap.standard
        for step in 0..<800 {
            let pick = Int.random(in: 0..<100, using: &rng)
            let action: Action?
            if pick < 80 {
                action = keymap.action(for: Self.keys.randomElement(using: &rng)!, in: s)
            } else if pick < 92 {
                let x = Int.random(in: 0..<max(1, s.width), using: &rng), y = Int.random(in: 0..<max(1, s.height), using: &rng)
                action = .mouse([MouseEvent.click(x: x, y: y), .wheelUp(x: x, y: y), .wheelDown(x: x, y: y)].randomElement(using: &rng)!)
            } else {
                action = .resize(width: Int.random(in: 1...220, using: &rng), height: Int.random(in: 1...70, using: &rng))
            }
            // (Quitting is the backend's to do: the walk goes on.)
            guard let action, action != .command(.quit) else { continue }
            s = reduce(s, action)
            let screen = render(s)
            #expect(screen.width == s.width && screen.height == s.height, "\(name), step \(step) (\(action))")
            for y in 0..<screen.height {
                var cols = 0
                for x in 0..<screen.width where !screen[x, y].isContinuation { cols += Int(screen[x, y].width) }
                if cols != screen.width {
                    Issue.record("\(name), step \(step) (\(action)): line \(y) is \(cols) columns at \(screen.width)×\(screen.height)")
                    return
                }
            }
            if !s.document.rows.isEmpty {
                #expect(s.document.rows.indices.contains(s.readerCursor) && s.document.rows.indices.contains(s.readerTop),
                        "\(name), step \(step) (\(action)): cursor \(s.readerCursor), top \(s.readerTop) of \(s.document.rows.count) rows")
            }
        }
    }
}
