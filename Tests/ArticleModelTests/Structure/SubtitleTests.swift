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

    /// "Jane Smith is a reporter …" closing a text "By Jane Smith": the author's bio is a section of its own.
    @Test func theAuthorsBioAtTheEndIsASectionOfItsOwn() {
        let a = Fixtures.build("""
        The State of the Schools

        By Jane Smith

        \(Self.body)

        \(Self.body)

        Jane Smith is a reporter at the Eastport Courier, where she covers schools and the county council.
        """)
        #expect(a.sections.map { "\($0.title) \($0.first)-\($0.last)" }.last == "About the author 6-6")
        SectionTests.checkCoverage(a)
    }
}
