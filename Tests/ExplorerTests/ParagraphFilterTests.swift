import ArticleModel
import Testing
@testable import Explorer

/// less's `&`: only the paragraphs that match show; `&` and Enter alone shows them all.
@Suite struct ParagraphFilterTests {
    let start = Fixture.state(120, 30)

    func filtered(_ s: State, _ pattern: String) -> State { run(typing(run(s, .filterParagraphs), pattern), .open) }

    /// The paragraphs of the reader's rows (text rows only).
    func shownParagraphs(_ s: State) -> Set<Int> { Set(s.document.rows.filter { $0.kind == .text }.map(\.paragraph)) }

    @Test func onlyMatchingParagraphsShowAndTheStatusLineSaysHowMany() {
        let s = filtered(start, "putin")
        let expected = Set(Fixture.article.paragraphs.indices.filter {
            Fixture.article.text(Fixture.article.paragraphs[$0].range).lowercased().contains("putin")
        })
        #expect(expected.count >= 2 && expected.count < Fixture.article.paragraphs.count)
        #expect(shownParagraphs(s) == expected)
        #expect(s.paragraphFilter.count == expected.count && s.input == nil)
        #expect(s.message == "showing \(expected.count) of \(Fixture.article.paragraphs.count) paragraphs (& Enter: all)")
        // The indicator stays after the message is gone.
        #expect(render(run(s, .down)).text.contains("& putin \(expected.count)¶"))
    }

    @Test func caseAndAccentsAreIgnoredAsInTheSearch() {
        var a = Fixture.build(Fixture.text.replacingOccurrences(of: "Beijing", with: "Béijing"))
        a.sections = Fixture.article.sections
        let s = filtered(State(article: a, width: 120, height: 30), "BEIJING")
        #expect(s.paragraphFilter.count == 1)
        #expect(shownParagraphs(s).allSatisfy { a.text(a.paragraphs[$0].range).contains("Béijing") })
    }

    @Test func anEmptyPatternShowsEverythingAndNoMatchChangesNothing() {
        let s = filtered(start, "putin")
        let all = run(run(s, .filterParagraphs), .open)
        #expect(!all.paragraphFilter.isOn && all.document.rows.count == start.document.rows.count)
        #expect(all.message == "filter off: all \(Fixture.article.paragraphs.count) paragraphs")
        let none = filtered(s, "zzzz")
        #expect(none.message == "Pattern not found: zzzz")
        #expect(none.paragraphFilter.pattern == "putin" && shownParagraphs(none) == shownParagraphs(s))
        // Esc on the & line keeps the filter as it was.
        let cancelled = run(typing(run(s, .filterParagraphs), "trump"), .close)
        #expect(cancelled.paragraphFilter.pattern == "putin" && cancelled.input == nil)
    }

    @Test func theFilterOutlivesAResizeAndKeepsThePlace() {
        var s = run(start, .down, .down, .down)
        let before = s.cursorParagraph
        s = filtered(s, "putin")
        #expect(s.cursorParagraph.map { s.paragraphFilter.shown?[$0] == true } == true)
        #expect((s.cursorParagraph ?? -1) >= (before ?? 0) - 2)
        let resized = run(s, .resize(width: 70, height: 20))
        #expect(shownParagraphs(resized) == shownParagraphs(s))
    }

    @Test func theFilterLineAndItsResultAreDrawn() {
        let typing = typing(run(Fixture.state(80, 24), .filterParagraphs), "putin")
        #expect(render(typing).text.contains(" &  putin▏"))
        assertSnapshot(render(run(typing, .open)), named: "paragraph-filter-80x24")
    }
}
