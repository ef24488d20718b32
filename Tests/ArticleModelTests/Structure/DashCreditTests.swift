import Testing
@testable import ArticleModel

/// Quotations credited after a dash and set off after a colon, and the source line that closes a
/// repost (issue 13, classes 5 and 8), with made-up texts.
@Suite struct DashCreditTests {
    static let opening = """
    Advice From the Field

    June 2, 2021

    We asked people who run digital programmes what they would tell a team starting out this year.

    Planning
    """

    /// A dashed credit line under a quotation in marks is part of the quote block, a long title after
    /// the name included; the dash makes it look like a list item until the quotation claims it.
    @Test func theDashedCreditUnderAQuotationIsPartOfIt() {
        let a = Fixtures.build("""
        \(Self.opening)

        “Start with the people you serve, not the tools you happen to have. The tools change every year, and the people do not.”

        – Jane Smith, Director

        “Write the plan down, even when it is short. A plan nobody can read is a plan nobody follows, however good it sounds.”

        – Omar Haddad, Associate Director for Outreach and Training, Office of Public Health, State Department of Health

        We thank everyone who answered, and we will publish more of their advice next month.
        """)
        #expect(a.quotes.map(\.paragraphs) == [[4, 5], [6, 7]])
        #expect(a.kinds()[5] == .quote && a.kinds()[7] == .quote && a.kinds()[8] == .body)
    }

    /// A run of dashed lines under a quotation is the author's list, not its credit.
    @Test func aRunOfDashedLinesIsNotACredit() {
        let a = Fixtures.build("""
        \(Self.opening)

        “Start with the people you serve, not the tools you happen to have. The tools change every year, and the people do not.”

        – Jane Smith, Director

        – Omar Haddad, Associate Director

        We thank everyone who answered, and we will publish more of their advice next month.
        """)
        #expect(a.quotes.map(\.paragraphs) == [[4]])
    }

    /// A paragraph that opens and closes a quotation right after a colon is a block quote, even when
    /// the marks inside it ("growth team") do not pair the way a quotation's do.
    @Test func aQuotedParagraphAfterAColonIsAQuoteWhateverMarksItHolds() {
        let a = Fixtures.build("""
        \(Self.opening)

        Working on the census team changed the way I plan my own work, and I found myself asking:

        "What would we do if we did not need a "growth team" to reach every household? How else should we define success?"

        The answers took most of a year to find, and they are still changing.
        """)
        #expect(a.quotes.map(\.paragraphs) == [[5]])
    }

    /// "This post was originally published on …" closing the text is its source note, in the last
    /// section; at the top of a reposted article it stays a dateline.
    @Test func aClosingPublicationLineIsANoteInTheLastSection() {
        let a = Fixtures.build("""
        \(Self.opening)

        Teams that wrote their plan down in the first month shipped their first service sooner than the teams that did not.

        Teams that met their users every week changed their plans less often, because they learned early what mattered.

        This post was originally published on the Health Programs blog.
        """)
        #expect(a.kinds().last == .note)
        #expect(!a.sections.contains { $0.first == a.paragraphs.count - 1 })
    }
}
