import Testing
@testable import ArticleModel

/// A document-type or classification line over the real title does not replace it.
@Suite struct DocumentTypeLineTests {
    @Test func aBriefingNoteLineAndAClassificationAreAsidesOverTheTitle() {
        let a = Fixtures.build("""
        BRIEFING NOTE

        CONFIDENTIAL AND PERSONAL

        The Harbor Budget and the Schools

        By Jane Whitlock

        The county faces a choice between its schools and its roads this year. Both need money, and the state will not help.
        """)
        #expect(a.title == "The Harbor Budget and the Schools")
        #expect(a.kinds() == [.aside, .aside, .title, .byline, .body])
    }

    @Test func aClassificationUnderTheTitleIsAnAsideNotADateline() {
        let a = Fixtures.build("""
        The Harbor Budget and the Schools

        SECRET – NOFORN

        By Jane Whitlock

        The county faces a choice between its schools and its roads this year. Both need money, and the state will not help.
        """)
        #expect(a.kinds() == [.title, .aside, .byline, .body])
    }

    @Test func aTelegramNumberIsNoTitle() {
        let a = Fixtures.build("""
        Telegram 212

        Release of the Volume on Greece

        The volume was released on a holiday, so it took until Monday for the papers to write about it at length.
        """)
        #expect(a.title == "Release of the Volume on Greece")
    }

    @Test func aTitleInCapitalsOverTheTextStaysTheTitle() {
        let a = Fixtures.build("""
        HARBOR BUDGET

        The county faces a choice between its schools and its roads this year. Both need money, and the state will not help.
        """)
        #expect(a.title == "HARBOR BUDGET")
    }
}
