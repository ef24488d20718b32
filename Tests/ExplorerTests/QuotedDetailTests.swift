import Content
import ArticleModel
import Testing
@testable import Explorer

/// An entity's detail lists the block quotes it is the source of; opening one shows the quote.
@Suite struct QuotedDetailTests {
    static let article = ArticleBuilder.build(try! Loader.load(Content.defaultArticle()),
                                              knowledge: Knowledge(table: Content.knowledgeTable))

    @Test func theSourceOfAQuoteListsItAndOpensIt() throws {
        let a = Self.article
        let q = try #require(a.quotes.firstIndex { $0.speaker != nil })
        let e = a.quotes[q].speaker!
        var s = run(State(article: a, width: 120, height: 40), .entitiesPane, .search)
        s = run(typing(s, a.entities[e].name), .close)
        s = run(s, .open)
        #expect(s.entityDetail == e)
        #expect(s.detailRows.contains(.quote(q)))
        #expect(render(s).text.contains("Quoted"))
        while s.detailRows[s.detailSelection] != .quote(q) {
            let before = s.detailSelection
            s = run(s, .down)
            if s.detailSelection == before { Issue.record("the quote row cannot be reached"); return }
        }
        s = run(s, .open)
        #expect(s.focus == .reader)
        #expect(s.document.rows[s.readerCursor].paragraph == a.quotes[q].paragraphs.min())
        s = run(s, .back)
        #expect(s.entityDetail == e)
    }

    @Test func anEntityThatIsNoSourceHasNoQuotedList() {
        let a = Self.article
        guard let e = a.entities.indices.first(where: { e in !a.quotes.contains { $0.speaker == e } }) else { return }
        var s = State(article: a, width: 120, height: 40)
        s.showDetail(of: e)
        #expect(!s.detailRows.contains { if case .quote = $0 { return true }; return false })
    }
}
