import ArticleModel
import Testing
@testable import Explorer

/// Every sentence of a relation is reachable: f on a relation lists them (those stating the label first,
/// marked ★), and each one is followed into the reader. The graph picture shows its selection.
@Suite struct EvidenceTests {
    let start = Fixture.state()

    @Test func fOnARelationListsEverySentenceAndEachIsFollowable() {
        var s = run(start, .relationsPane, .follow) // Vladimir Putin — Xi Jinping, "met", two sentences
        #expect(s.evidence.neighbour == 1)
        #expect(s.evidence.rows.map(\.evidence.paragraph) == [2, 7])
        #expect(s.evidence.rows.allSatisfy { $0.statesLabel })
        let text = render(s).text
        #expect(text.contains("4 Evidence: Vladimir Putin — Xi Jinping"))
        #expect(text.contains("★ Update: since this was written, Putin and Xi met again in Beijing."))
        s = run(s, .down, .open)
        #expect(s.focus == .reader && s.cursorParagraph == 7)
        let back = run(s, .back)
        #expect(back.focus == .relations && back.evidence.neighbour == 1 && back.evidence.list.selection == 1)
        #expect(run(back, .close).evidence.neighbour == nil)
        // Another entity selected closes the evidence of the last one.
        #expect(run(back, .entitiesPane, .down).evidence.neighbour == nil)
    }

    @Test func sentencesThatStateTheLabelComeFirst() {
        let other = run(start, .relationsPane, .down, .follow) // Putin — Trump, "met": one sentence
        #expect(other.evidence.rows.count == 1)
        // Putin — Moscow has no label: nothing is marked.
        let unlabelled = run(start, .relationsPane, .down, .down, .follow)
        #expect(unlabelled.evidence.rows.count == 1 && !unlabelled.evidence.rows[0].statesLabel)
        #expect(!render(unlabelled).text.contains("★"))
    }

    @Test func theGraphShowsTheSelectedNeighbour() {
        let graph = run(start, .relationsPane, .toggleGraph)
        #expect(render(graph).text.contains("▸ Xi Jinping 3"))
        let moved = run(graph, .down)
        let text = render(moved).text
        #expect(text.contains("▸ Donald Trump 2") && !text.contains("▸ Xi Jinping"))
        #expect(run(moved, .open).selectedEntity == 4)
    }
}
