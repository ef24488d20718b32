import ArticleModel
import Content
import Testing
@testable import Explorer

/// A heading with an intro before its subheadings: the sections pane lists the heading once with its
/// subheadings under it, and the intro is read as the heading's own section.
@Suite struct SectionIntroTests {
    static let text = """
    Library Notes

    The new reading room opened in March, after a year of planning with the town's readers.

    How we planned it

    Two habits guided the whole project from start to finish:

    Watch the readers first.

    We spent a month at the old desk noting where people sat, what they borrowed and when they left.

    The notes showed that most readers came in the evening, after work, and stayed an hour.

    Change one shelf at a time.

    Every week the staff moved a single shelf and asked regulars whether the room felt better.

    By the summer the room had its final shape, and nobody had been surprised by it.

    Next year

    The board will decide in January whether to open on Sundays as well.
    """
    static let article = try! ArticleBuilder.build(bytes: Array(text.utf8), knowledge: Knowledge(table: Content.knowledgeTable))

    func state() -> State { State(article: Self.article, width: 80, height: 24) }

    /// Moves the reader's cursor down to paragraph `p`.
    func at(_ p: Int, _ s: State) -> State {
        var s = s
        while (s.cursorParagraph ?? -1) < p { s = run(s, .down) }
        return s
    }

    @Test func theIntroIsTheHeadingsOwnSection() {
        let s = at(3, state())
        let current = try! #require(s.currentSection)
        #expect(s.index.sections[current].title == "How we planned it" && s.index.sections[current].level == 1)
        #expect(s.index.sections.filter { $0.title == "How we planned it" }.count == 1)
        #expect(render(s).text.contains("§ How we planned it"))
    }

    @Test func nextSectionVisitsEachHeadingOnce() {
        var s = state(), firsts: [Int] = []
        for _ in 0..<5 { s = run(s, .nextSection); firsts.append(s.index.sections[s.sectionSelection].first) }
        #expect(firsts == [2, 4, 7, 10, 10])
        #expect(s.message == "last section")
        s = run(s, .previousSection, .previousSection, .previousSection)
        #expect(s.index.sections[s.sectionSelection].title == "How we planned it")
    }

    @Test func theSectionsPaneListsTheHeadingOnceOverItsSubheadings() {
        assertSnapshot(render(at(3, state())), named: "section-intro-80x24")
    }
}
