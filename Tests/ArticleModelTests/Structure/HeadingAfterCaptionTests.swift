import Testing
@testable import ArticleModel

/// A caption between two paragraphs is not the text: a heading after it is still a heading.
@Suite struct HeadingAfterCaptionTests {
    @Test func aHeadingAfterACaptionIsAHeading() {
        let a = Fixtures.build("""
        The Harbor Budget and the Schools

        The county faces a choice between its schools and its roads this year. Both need money, and the state will not help.

        Figure 12: The mayor at the opening of the new bridge

        The impact of the budget crisis

        The crisis began in 2019, when the county lost its largest employer and the tax base shrank by a fifth in a year.

        Photo: The old school on Harbor Street

        Why the delays matter?

        Each year of delay adds to the cost of the repairs, because the roofs leak and the damage spreads to the walls.
        """)
        #expect(a.kinds() == [.title, .body, .caption, .heading, .body, .caption, .heading, .body])
        #expect(a.sections.map(\.title).contains("The impact of the budget crisis"))
    }
}
