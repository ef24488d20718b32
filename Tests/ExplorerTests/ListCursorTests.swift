import Testing
@testable import Explorer

/// The one list cursor every list pane moves through.
@Suite struct ListCursorTests {
    @Test func selectionStaysInTheListAndInView() {
        var c = ListCursor()
        c.move(by: 7, count: 10, height: 4)
        #expect(c.selection == 7 && c.top == 4)
        c.move(by: 100, count: 10, height: 4)
        #expect(c.selection == 9 && c.top == 6)
        c.move(by: -8, count: 10, height: 4)
        #expect(c.selection == 1 && c.top == 1)
        c.move(by: -5, count: 10, height: 4)
        #expect(c.selection == 0 && c.top == 0)
        c.select(5, count: 0, height: 4)
        #expect(c.selection == 0 && c.top == 0)
    }

    @Test func aSmallerPaneScrollsToKeepTheSelection() {
        var c = ListCursor()
        c.select(9, count: 20, height: 10)
        #expect(c.top == 0)
        c.keepInView(height: 3)
        #expect(c.top == 7 && c.selection == 9)
    }

    @Test func scrollingAloneKeepsAPageFilled() {
        var c = ListCursor()
        c.scroll(to: 50, count: 30, height: 10)
        #expect(c.top == 20)
        c.scroll(to: -3, count: 30, height: 10)
        #expect(c.top == 0)
        c.scroll(to: 5, count: 3, height: 10)
        #expect(c.top == 0)
    }

    /// The sections, entities and relations panes share it: the same clamping at both ends.
    @Test func everyListPaneClampsAlike() {
        var s = run(Fixture.state(), .sectionsPane, .bottom, .down)
        #expect(s.sectionSelection == s.index.sections.count - 1)
        s = run(s, .entitiesPane, .bottom, .down)
        #expect(s.entitySelection == s.entityRows.count - 1 && s.entityList.top >= 0)
        s = run(s, .top, .relationsPane, .bottom, .down, .down)
        #expect(s.relationSelection == max(0, s.neighbours.count - 1))
        s = run(s, .top, .up)
        #expect(s.relationSelection == 0 && s.relationList.top == 0)
    }
}
