import Testing
@testable import ArticleModel

@Suite struct QuoteTests {
    @Test func defaultArticleQuotesAndSources() throws {
        let a = try Fixtures.defaultArticle()
        #expect(a.quotes == [
            Quote(paragraphs: [9], source: "Financial Times"),   // "Here is how the Financial Times reports it"
            Quote(paragraphs: [19, 20, 21], source: nil),        // opens with “ in 19, closes with ” in 21
            Quote(paragraphs: [27], source: "Andrey Denisov"),   // "… spoke about these exercises …"
        ])
    }

    @Test func multiParagraphQuotationWithReopenedMarks() {
        let a = Fixtures.build("""
        Title

        The minister wrote to the council:

        “We cannot accept the plan as it stands, for it puts the burden on the poorest districts.

        “We ask the council to think again before the vote next month.”

        The council did not reply to the letter.
        """)
        #expect(a.quotes == [Quote(paragraphs: [2, 3], source: nil)])
        #expect(a.kinds() == [.title, .body, .quote, .quote, .body])
    }

    @Test func potsdamTreatyTextAfterAColonIsAQuote() throws {
        let a = try Fixtures.article(Fixtures.potsdam)
        let treaty = try #require(a.paragraph(startingWith: "The Three Governments have taken note"))
        #expect(a.paragraphs[treaty].kind == .quote)
        let altered = try #require(a.paragraph(startingWith: "[t]he three Governments"))
        #expect(a.paragraphs[altered].kind == .quote)
    }

    @Test func aParagraphStartingWithAQuotedPhraseIsNotAQuote() throws {
        let a = try Fixtures.article(Fixtures.potsdam)
        let p = try #require(a.paragraph(startingWith: "\"German populations"))
        #expect(a.paragraphs[p].kind == .body)
    }

    @Test func aColonBeforeTheAuthorsOwnWordsIsNotAQuote() {
        let a = Fixtures.build("""
        Title

        There are three reasons for this, and they are as follows:

        First, the budget was cut by a third in 2019, which meant that the maintenance crews were halved and the backlog of repairs grew every year after that.

        Second, nobody noticed.
        """)
        #expect(a.quotes.isEmpty)
    }
}

