import Content
import ArticleModel
import Testing
@testable import Explorer

@Suite struct ReducerTests {
    let start = Fixture.state()

    func row(_ s: State) -> Row { s.document.rows[s.readerCursor] }

    @Test func startsInTheReaderWithTheMostMentionedEntitySelected() {
        #expect(start.focus == .reader)
        #expect(start.readerTop == 0 && start.readerCursor == 0)
        #expect(start.selectedEntity == 0) // Putin has the most mentions
        #expect(start.neighbours.first?.entity == 1) // Xi, weight 3
        #expect(start.layout.mode == .threeColumns)
    }

    @Test func downAndUpMoveTheReaderCursor() {
        let s = run(start, .down, .down, .down)
        #expect(s.readerCursor == 3)
        #expect(run(s, .up).readerCursor == 2)
        #expect(run(start, .up).readerCursor == 0)
    }

    @Test func pagesScrollViewAndCursor() {
        let small = Fixture.state(80, 16)
        let h = small.readerHeight
        let s = run(small, .pageDown)
        #expect(s.readerTop > 0 || s.document.rows.count <= h)
        #expect(s.readerCursor >= s.readerTop && s.readerCursor < s.readerTop + h)
        let half = run(small, .halfPageDown)
        #expect(half.readerCursor >= small.readerCursor + 1)
        #expect(run(half, .halfPageUp).readerTop == 0)
        #expect(run(s, .pageUp).readerTop == 0)
        let bottom = run(small, .bottom)
        #expect(bottom.readerCursor == small.document.rows.count - 1)
        #expect(bottom.percent == 100)
        #expect(run(bottom, .top).readerCursor == 0)
    }

    @Test func panesByTabNumberAndShiftTab() {
        #expect(run(start, .nextPane).focus == .entities)
        #expect(run(start, .previousPane).focus == .sections)
        #expect(run(start, .nextPane, .nextPane, .nextPane).focus == .sections)
        #expect(run(start, .sectionsPane).focus == .sections)
        #expect(run(start, .entitiesPane).focus == .entities)
        #expect(run(start, .relationsPane).focus == .relations)
        #expect(run(start, .relationsPane, .readerPane).focus == .reader)
    }

    @Test func sectionSelectionMovesTheReaderAndEnterIsAHistoryStep() {
        let s = run(start, .sectionsPane, .down)
        #expect(s.sectionSelection == 1)
        #expect(row(s).paragraph == 4)
        #expect(s.currentSection == 1)
        let opened = run(s, .open)
        #expect(opened.focus == .reader)
        #expect(opened.history.index == 1)
        let back = run(opened, .back)
        #expect(back.focus == .sections)
        #expect(back.readerCursor == s.readerCursor)
    }

    @Test func incrementalSearchHighlightsCountsAndSteps() {
        var s = run(start, .search)
        #expect(s.input == .search)
        s = typing(s, "putin")
        #expect(s.hits.count == 5)
        #expect(s.currentHit == 0)
        s = run(s, .open) // Enter keeps the hits
        #expect(s.input == nil && s.hits.count == 5)
        s = run(s, .nextMatch)
        #expect(s.currentHit == 1)
        #expect(Fixture.article.paragraph(containing: s.hits[1].start) == row(s).paragraph)
        s = run(s, .previousMatch, .previousMatch)
        #expect(s.currentHit == 4) // wraps
        s = typing(run(s, .search), "zq")
        #expect(s.hits.isEmpty && s.query == "zq")
        s = reduce(reduce(s, .deleteBackward), .deleteBackward)
        #expect(s.query.isEmpty)
    }

    @Test func escapeCancelsSearchAndRestoresThePlace() {
        var s = run(start, .down)
        s = typing(run(s, .search), "beijing")
        #expect(s.readerCursor != 1)
        s = run(s, .close)
        #expect(s.readerCursor == 1 && s.hits.isEmpty && s.input == nil)
    }

    @Test func annotationsNextAndPrevious() {
        let s = run(start, .nextAnnotation)
        #expect(row(s).kind == .annotationHeader)
        #expect(row(s).paragraph == 7)
        #expect(run(s, .nextAnnotation).readerCursor == s.readerCursor)
        #expect(run(s, .nextAnnotation).message == "no annotation below")
        #expect(run(s, .down, .previousAnnotation).readerCursor == s.readerCursor)
    }

    @Test func sectionsNextAndPrevious() {
        let s = run(start, .nextSection)
        #expect(row(s).paragraph == 4)
        #expect(s.sectionSelection == 1)
        let t = run(s, .nextSection)
        #expect(row(t).paragraph == 6)
        #expect(t.sectionSelection == 2)
        #expect(row(run(t, .previousSection)).paragraph == 4)
    }

    @Test func followAnAnnotationAndComeBack() {
        let at = run(start, .nextAnnotation) // the update's header links to what it updates
        let followed = run(at, .follow)
        #expect(row(followed).paragraph == 2)
        #expect(followed.history.index == 2) // ] and f are both jumps
        let back = run(followed, .back)
        #expect(back.readerCursor == at.readerCursor)
        #expect(back.readerTop == at.readerTop)
        let forward = run(back, .forward)
        #expect(forward.readerCursor == followed.readerCursor)
        #expect(run(forward, .forward).message == "no later place")
    }

    @Test func aNewJumpDropsForwardEntries() {
        let followed = run(start, .nextAnnotation, .follow)
        let back = run(followed, .back)
        #expect(back.history.canGoForward)
        let jumped = run(back, .sectionsPane, .down, .open)
        #expect(!jumped.history.canGoForward)
        #expect(jumped.history.entries.count == 3) // start, ] (kept), the section
        #expect(run(start, .back).message == "no earlier place")
    }

    @Test func followACrossReference() {
        var s = start
        let target = s.document.rows.firstIndex { $0.paragraph == 3 && $0.kind == .text && Fixture.article.text(TextRange($0.start, $0.end)).contains("discussed") }!
        let line = Array(render(s).line(1 + target))
        let column = try! #require(String(line).range(of: "discussed").map { String(line).distance(from: String(line).startIndex, to: $0.lowerBound) })
        s = reduce(s, .mouse(.click(x: column, y: 1 + target))) // a click on the link follows it
        #expect(row(s).paragraph == 2)
        #expect(run(s, .back).readerCursor == target)
    }

    @Test func followAMentionOpensTheEntity() {
        var s = cursor(start, at: start.document.firstRow[2]) // "Xi Jinping met Vladimir Putin …"
        s = run(s, .nextLink, .follow) // past the update's mark
        #expect(s.focus == .entities)
        #expect(s.entityDetail == 1)
        #expect(s.selectedEntity == 1)
        #expect(s.detailRows.contains(.mention(Fixture.article.mentions.firstIndex { $0.entity == 1 }!)))
    }

    /// The detail view lists each sentence that mentions the entity once, in reading order: the default
    /// article's most mentioned entity (China) is named twice in some of its sentences.
    @Test func detailListsEachSentenceOnceInReadingOrder() throws {
        let a = try ArticleBuilder.build(bytes: Content.defaultArticle(), knowledge: Knowledge(table: Content.knowledgeTable))
        let s = run(State(article: a, width: 120, height: 40), .entitiesPane, .open)
        let e = try #require(s.entityDetail)
        let listed = s.detailRows.compactMap { row -> Int? in if case .mention(let m) = row { return a.mentions[m].sentence }; return nil }
        let expected = Array(Set(a.mentions.filter { $0.entity == e }.map(\.sentence))).sorted()
        #expect(listed == expected)
        #expect(a.mentions.filter { $0.entity == e }.count > expected.count, "some sentence should name \(a.entities[e].name) twice")
    }

    @Test func entitiesListDetailAndMentionJump() {
        var s = run(start, .entitiesPane, .down)
        #expect(s.selectedEntity == s.entityRows[1])
        s = run(s, .open)
        #expect(s.entityDetail == s.selectedEntity)
        #expect(s.detailRows[s.detailSelection].isActionable)
        let e = s.entityDetail!
        s = run(s, .open) // the first mention
        #expect(s.focus == .reader)
        #expect(Fixture.article.mentions.contains { $0.entity == e && $0.paragraph == row(s).paragraph })
        s = run(s, .back)
        #expect(s.focus == .entities && s.entityDetail == e)
        s = run(s, .close)
        #expect(s.entityDetail == nil)
    }

    @Test func filterTypeAndSort() {
        var s = run(start, .entitiesPane, .search)
        #expect(s.input == .filter)
        s = typing(s, "xj") // fuzzy: Xi Jinping
        #expect(s.entityRows == [1])
        #expect(s.selectedEntity == 1)
        s = reduce(reduce(s, .deleteBackward), .deleteBackward)
        s = typing(s, "trmp") // fuzzy over an alias
        #expect(s.entityRows == [4])
        s = run(s, .close)
        #expect(s.entityFilter.isEmpty && s.entityRows.count == 8)
        s = run(s, .cycleType)
        #expect(s.typeFilter == .person && s.entityRows.count == 3)
        s = run(s, .cycleType)
        #expect(s.typeFilter == .country)
        s = run(s, .cycleType, .cycleType)
        #expect(s.typeFilter == nil)
        s = run(s, .cycleSort)
        #expect(s.sort == .name)
        #expect(s.entityRows.first == 7) // Beijing
        s = run(s, .cycleSort)
        #expect(s.sort == .firstAppearance)
        #expect(s.entityRows.first == 1) // Xi Jinping, first in ¶2
        #expect(run(s, .cycleSort).sort == .mentions)
    }

    @Test func typingAnUnboundLetterInTheEntityListStartsTheFilter() {
        var s = run(start, .entitiesPane)
        let keymap = Keymap.standard
        for ch in "xiji" { if let a = keymap.action(for: .char(ch), in: s) { s = reduce(s, a) } }
        #expect(s.input == .filter)
        #expect(s.entityFilter == "xiji")
        #expect(s.entityRows == [1])
        #expect(keymap.action(for: .char("t"), in: run(start, .entitiesPane)) == .command(.cycleType))
        #expect(keymap.action(for: .char("x"), in: start) == nil) // only in the entity list
    }

    /// A bracketed paste is text for the open line, its line breaks as spaces; with no line open it is
    /// not read as keys (a pasted "q" does not quit).
    @Test func aPasteIsTextForTheOpenLineAndNeverKeys() throws {
        let keymap = Keymap.standard
        let paste = Key.paste("Xi\nJin\r\nping\tq")
        let search = run(start, .search)
        let action = try #require(keymap.action(for: paste, in: search))
        let s = reduce(search, action)
        #expect(s.query == "Xi Jin ping q")
        #expect(s.input == .search && !s.quitRequested)
        #expect(keymap.action(for: paste, in: start) == nil)
        #expect(keymap.action(for: .paste("q"), in: run(start, .entitiesPane)) == nil)
        #expect(reduce(start, .paste("q")).query.isEmpty)
    }

    /// A megabyte paste is cut to the line's limit (and says so); typing past the limit adds nothing.
    @Test func aTextLineHasALimit() {
        var s = reduce(run(start, .search), .paste(String(repeating: "Putin met Xi\n", count: 80_000)))
        #expect(s.query.count == InputLine.maxLength)
        #expect(s.message?.contains("at most \(InputLine.maxLength) characters") == true)
        s = reduce(s, .insert("x"))
        #expect(s.query.count == InputLine.maxLength && !s.query.hasSuffix("x"))
        s = reduce(s, .deleteBackward)
        #expect(s.query.count == InputLine.maxLength - 1)
    }

    /// More than the first batch of hits: counted as "100000+", and stepping past the last finds the rest,
    /// to the very last; stepping back from the first wraps to it.
    @Test func searchReachesEveryHitPastTheFirstBatch() {
        let total = ReaderSearch.firstBatch + 7_425
        let words = (0..<total).map { $0 % 10 == 9 ? "zeta.\n\n" : "zeta " }.joined()
        let article = try! ArticleBuilder.build(bytes: Array(("Title\n\n" + words).utf8))
        var s = State(article: article, width: 120, height: 40)
        s = typing(run(s, .search), "zeta")
        s = run(s, .open)
        #expect(s.hits.count == ReaderSearch.firstBatch && s.search.count == "100000+")
        s = run(s, .previousMatch)
        #expect(s.hits.count == total && s.search.count == "\(total)" && s.currentHit == total - 1)
        s = run(s, .nextMatch)
        #expect(s.currentHit == 0)
        // Stepping forward over the end of the first batch.
        s = typing(run(s, .search), "zeta")
        s = run(s, .open)
        for _ in 0..<ReaderSearch.firstBatch { s = reduce(s, .command(.nextMatch)) }
        #expect(s.currentHit == ReaderSearch.firstBatch && s.hits.count == total)
    }

    @Test func relationsEnterSelectsTheNeighbourAsAHistoryStep() {
        var s = run(start, .relationsPane)
        #expect(s.neighbours.map(\.entity) == [1, 4, 5])
        s = run(s, .down, .open)
        #expect(s.selectedEntity == 4)
        #expect(s.history.index == 1)
        s = run(s, .back)
        #expect(s.selectedEntity == 0 && s.relationSelection == 1)
        let evidence = run(s, .follow, .follow) // the evidence, then its first sentence
        #expect(evidence.focus == .reader)
        #expect(row(evidence).paragraph == 6)
    }

    @Test func togglesGraphMouseThemeHelpRedrawQuit() {
        #expect(run(start, .relationsPane, .toggleGraph).showGraph)
        #expect(!run(start, .toggleGraph).showGraph && run(start, .toggleGraph).message?.contains("press 4") == true)
        #expect(run(start, .toggleTheme).message == "light theme")
        #expect(!run(start, .toggleMouse).mouseEnabled)
        #expect(run(start, .toggleTheme).theme == .light)
        #expect(run(start, .redraw).redrawRequested == 1)
        #expect(run(start, .quit).quitRequested)
        var s = run(start, .help)
        #expect(s.help.isShown)
        s = run(s, .down, .down)
        #expect(s.help.list.top == 2)
        #expect(s.focus == .reader && s.readerCursor == 0) // keys go to the overlay
        s = typing(run(s, .search), "graph")
        #expect(s.input == .helpSearch)
        #expect(HelpOverlay.lines(filter: s.help.filter).contains { $0.contains("v") && $0.contains("graph") })
        s = run(s, .close)
        #expect(s.help.isShown && s.input == nil)
        s = run(s, .close)
        #expect(!s.help.isShown)
    }

    @Test func resizeKeepsTheReadingPosition() {
        var s = run(start, .nextSection, .down, .down)
        let anchor = s.document.rows[s.readerCursor].anchor
        s = reduce(s, .resize(width: 70, height: 20))
        #expect(s.layout.mode == .twoColumns)
        let r = s.document.rows[s.readerCursor]
        #expect(r.paragraph == anchor.paragraph)
        #expect(r.start <= anchor.offset && anchor.offset <= max(r.end, r.start))
        s = reduce(s, .resize(width: 120, height: 40))
        #expect(s.document.rows[s.readerCursor].anchor == anchor)
        // A line in the middle of a wrapped paragraph survives a chain of resizes exactly.
        s = cursor(s, at: s.document.firstRow[3] + 1)
        let middle = s.document.rows[s.readerCursor].anchor
        for (w, h) in [(50, 20), (30, 8), (70, 20), (61, 17), (120, 40)] { s = reduce(s, .resize(width: w, height: h)) }
        #expect(s.document.rows[s.readerCursor].anchor == middle)
        #expect(reduce(s, .resize(width: 30, height: 8)).layout.mode == .tooSmall)
        #expect(reduce(s, .resize(width: 50, height: 20)).layout.mode == .single)
    }

    @Test func mouseClickFocusesAndWheelScrolls() {
        var s = Fixture.state(80, 16)
        let entities = s.layout.panes[.entities]!
        s = reduce(s, .mouse(.click(x: entities.x + 2, y: entities.y + 3)))
        #expect(s.focus == .entities)
        #expect(s.entitySelection == 2)
        let reader = s.layout.panes[.reader]!
        s = reduce(s, .mouse(.wheelDown(x: reader.x + 2, y: reader.y + 2)))
        #expect(s.readerTop == 3)
        #expect(s.focus == .entities)
        s = run(s, .toggleMouse)
        #expect(reduce(s, .mouse(.wheelDown(x: reader.x + 2, y: reader.y + 2))).readerTop == 3)
    }

    @Test func singlePaneSwitcherClick() {
        var s = Fixture.state(50, 20)
        #expect(s.layout.mode == .single)
        s = reduce(s, .mouse(.click(x: 40, y: 0)))
        #expect(s.focus == .relations)
    }

    @Test func emptyArticleIsSafe() {
        var s = State(article: try! ArticleBuilder.build(bytes: []), width: 80, height: 24)
        for c in Command.allCases where c != .quit { s = reduce(s, .command(c)) }
        s = typing(run(s, .search), "x")
        #expect(s.hits.isEmpty)
        #expect(render(s).text.contains("(empty article)") || s.help.isShown)
    }
}

@Suite struct HistoryTests {
    func place(_ n: Int) -> Place {
        Place(focus: .reader, readerTop: Anchor(paragraph: n, offset: 0), readerCursor: Anchor(paragraph: n, offset: 0),
              sectionSelection: 0, entitySelection: 0, selectedEntity: nil, entityDetail: nil, detailSelection: 0, relationSelection: 0)
    }

    @Test func stackWithIndex() {
        var h = History(start: place(0))
        h.jump(from: place(0), to: place(1))
        h.jump(from: place(1), to: place(2))
        #expect(h.back(from: place(2)) == place(1))
        #expect(h.back(from: place(1)) == place(0))
        #expect(h.back(from: place(0)) == nil)
        #expect(h.forward(from: place(0)) == place(1))
        h.jump(from: place(5), to: place(6))
        #expect(h.entries == [place(0), place(5), place(6)])
        #expect(!h.canGoForward)
        #expect(h.back(from: place(7)) == place(5))
        #expect(h.forward(from: place(5)) == place(7)) // the place we left, as we left it
    }
}
