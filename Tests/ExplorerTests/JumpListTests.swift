import ArticleModel
import Testing
@testable import Explorer

/// vim's jump list: every jump recorded, back and forward over it, an overlay listing it; and `n`/`N`
/// continuing from where the reader is, saying when they wrap.
@Suite struct JumpListTests {
    let start = Fixture.state(120, 16)

    func searched(_ query: String) -> State { run(typing(run(start, .search), query), .open) }

    @Test func everyKindOfJumpIsRecordedAndBackRestoresIt() {
        let moves: [(String, (State) -> State)] = [
            ("G", { run($0, .bottom) }),
            ("}", { run($0, .nextSection) }),
            ("]", { run($0, .nextAnnotation) }),
            ("/ Enter", { run(typing(run($0, .search), "trump"), .open) }),
        ]
        for (what, move) in moves {
            let from = run(start, .down)
            let to = move(from)
            #expect(to.history.index == from.history.index + 1, "\(what) is not recorded")
            let back = run(to, .back)
            #expect(back.readerCursor == from.readerCursor && back.focus == from.focus, "\(what): back")
        }
        let list = run(start, .entitiesPane)
        let opened = run(list, .open)
        #expect(opened.history.index == 1 && opened.entityDetail != nil)
        #expect(run(opened, .back).entityDetail == nil)
        // g at the top goes nowhere: no new entry.
        #expect(run(start, .top).history.index == 0)
        let bottom = run(start, .bottom)
        #expect(run(bottom, .top, .back).readerCursor == bottom.readerCursor)
    }

    @Test func nAndNAreJumpsToo() {
        let s = searched("putin")
        let n = run(s, .nextMatch)
        #expect(n.history.index == s.history.index + 1)
        #expect(run(n, .back).currentHit == n.currentHit) // back moves the reader, not the hit
        #expect(run(n, .back).readerCursor == s.readerCursor)
    }

    @Test func nContinuesFromTheCursorAndSaysWhenItWraps() throws {
        var s = searched("putin")
        #expect(s.currentHit == 0)
        // Moved to the bottom, n wraps to the top and says so, as vim does.
        let wrapped = run(s, .bottom, .nextMatch)
        #expect(wrapped.currentHit == 0)
        #expect(wrapped.message == "search hit BOTTOM, continuing at TOP")
        let back = run(wrapped, .previousMatch)
        #expect(back.currentHit == 4 && back.message == "search hit TOP, continuing at BOTTOM")
        // Moved into paragraph 6, n takes the first hit there, not the one after the old current hit.
        s = cursor(s, at: s.document.firstRow[6])
        s = run(s, .nextMatch)
        #expect(Fixture.article.paragraph(containing: s.hits[try #require(s.currentHit)].start) == 6)
        #expect(s.message == nil)
        // N from there goes to the hit before the cursor.
        let previous = run(cursor(s, at: s.document.firstRow[6]), .previousMatch)
        #expect(Fixture.article.paragraph(containing: previous.hits[try #require(previous.currentHit)].start) == 3)
    }

    @Test func patternNotFound() {
        #expect(searched("zqx").message == "Pattern not found: zqx")
        var s = searched("putin")
        s = run(s, .close) // Esc clears the hits
        #expect(run(s, .nextMatch).message == "no search: press / to search")
    }

    @Test func theOverlayListsTheJumpsAndGoesToOne() {
        let s = run(start, .nextSection, .nextSection, .bottom)
        #expect(s.history.entries.count == 4)
        var j = run(s, .jumpList)
        #expect(j.jumps.isShown && j.jumps.list.selection == 3)
        let text = (0..<j.height).map { render(j).line($0) }.joined(separator: "\n")
        #expect(text.contains("Jump list · 4 places"))
        #expect(text.contains("§ Hamburg · “Trump watched from Hamburg."))
        #expect(text.contains(">4"))
        j = run(j, .up, .up, .open)
        #expect(!j.jumps.isShown)
        #expect(j.cursorParagraph == 4 && j.history.index == 1)
        #expect(run(j, .forward).cursorParagraph == 6)
        #expect(!run(s, .jumpList, .close).jumps.isShown)
    }

    @Test func entityFilterIgnoresAccentsAndCase() {
        #expect(Fuzzy.matches("thuong", "Võ Văn Thưởng"))
        #expect(Fuzzy.matches("VO VAN", "Võ Văn Thưởng"))
        #expect(!Fuzzy.matches("thuongx", "Võ Văn Thưởng"))
        #expect(Fuzzy.matches("zurich", "Zürich") && Fuzzy.matches("ZÜRICH", "zurich"))
    }

    @Test func listKeysActInTheirPaneOrSayWhy() {
        let reader = run(start, .cycleType)
        #expect(reader.typeFilter == nil && reader.message?.contains("press 3") == true)
        #expect(run(start, .cycleSort).sort == .mentions)
        let entities = run(start, .entitiesPane, .cycleType)
        #expect(entities.typeFilter == .person && entities.message == "showing person entities")
        #expect(run(start, .entitiesPane, .cycleSort).message == "entities sorted by name")
    }

    @Test func marksAsInLessAndVim() {
        let keymap = Keymap.standard
        func keys(_ s: State, _ ks: [Key]) -> State { ks.reduce(s) { st, k in keymap.action(for: k, in: st).map { reduce(st, $0) } ?? st } }
        var s = keys(start, [.char("}"), .char("m"), .char("a")])
        #expect(s.message == "mark a set")
        let marked = s.readerCursor
        s = keys(s, [.char("G")])
        let bottom = s.readerCursor
        s = keys(s, [.char("'"), .char("a")])
        #expect(s.readerCursor == marked && s.message == "mark a")
        #expect(run(s, .back).readerCursor == bottom) // going to a mark is a jump
        #expect(keys(s, [.char("'"), .char("z")]).message == "mark z not set")
        #expect(keys(s, [.char("m"), .char("1")]).message == "a mark is a letter a–z or A–Z")
        let cancelled = keys(s, [.char("m"), .escape])
        #expect(cancelled.pendingMark == nil && cancelled.marks.count == 1)
        #expect(keymap.action(for: .char("M"), in: start) == .command(.toggleMouse))
    }
}
