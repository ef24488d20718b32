import Testing
@testable import ArticleModel

/// Front matter (issue 13, class 3) with made-up texts: a subtitle over the byline, and the lines
/// over the title, make no section of their own and no list.
@Suite struct SubtitleTests {
    static let body = """
    The council met on Tuesday evening to discuss the district schools, which have suffered from years of delayed repairs.

    Officials said the repair backlog had grown to more than forty buildings, and that the county would need to borrow.
    """

    @Test func aLineBetweenTheTitleAndTheBylineIsASubtitle() {
        let a = Fixtures.build("""
        BRIEFING NOTE

        CONFIDENTIAL AND PERSONAL

        The State of the District Schools

        Why the repair backlog keeps growing

        By Jane Smith

        Eastport, 3 March

        \(Self.body)

        Funding

        \(Self.body)
        """)
        #expect(a.kinds() == [.aside, .aside, .title, .heading, .byline, .dateline, .body, .body, .heading, .body, .body])
        #expect(a.sections.map { "\($0.title) \($0.first)-\($0.last)" } == [
            "The State of the District Schools 0-5", "Introduction 6-7", "Funding 8-10",
        ])
    }
}
