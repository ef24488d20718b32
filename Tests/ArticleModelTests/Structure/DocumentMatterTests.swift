import Testing
@testable import ArticleModel

/// Front and back matter of papers on made-up texts (issue 13 item 3): source notes, "Cited in"
/// and classification lines, datelines, subject lines, a document heading that repeats the title,
/// and a closing signature.
@Suite struct DocumentMatterTests {
    static let body = "The council met on Tuesday evening and heard from residents about the plans for the district."

    static let telegram = """
    Telegram From the Consulate in Eastport to the Ministry, May 1961

    Source: Ministry archive, file 12/4. The cable was sent to the Ministry and for information to the embassy in the capital, and to the harbour office.

    Cited in A History of the Eastport Consulate, Chapter 3

    CONFIDENTIAL

    Telegram From the Consulate in Eastport to the Ministry

    Eastport, May 3, 1961, 0900Z

    412. Subject: Harbour Strike Ends After Two Weeks

    1. Summary. The dock workers went back to work on Monday after the harbour board agreed to their terms. End Summary.

    The Talks

    2. The talks lasted nine days and were held in the town hall, with the mayor in the chair for most of them.

    3. The harbour board made its offer on the last day, and the workers accepted it by a show of hands.

    Harland
    """

    @Test func telegramFrontMatterIsNotListItemsOrHeadings() {
        let a = Fixtures.build(Self.telegram)
        #expect(a.kinds() == [.title, .note, .aside, .aside, .heading, .dateline, .heading, .body, .heading, .body, .body, .byline])
    }

    @Test func theDocumentHeadingStartsThePartAndTheSubjectLineDoesNot() {
        let a = Fixtures.build(Self.telegram)
        #expect(a.sections.map { "\($0.level) \($0.first)" } == ["1 0", "1 4", "2 8"])
        #expect(a.sections.allSatisfy { !$0.title.contains("Subject") })
    }

    @Test func aBylineLaterInTheTextIsNeverAHeading() {
        let a = Fixtures.build("""
        Council Report

        \(Self.body)

        By Jane Holt

        \(Self.body)
        """)
        #expect(a.paragraphs[2].kind == .byline)
    }

    @Test func aClosingHeadingLikeNotesIsNoSignature() {
        let a = Fixtures.build("""
        The Old Mill

        The mill was rebuilt in 1802 after the flood.¹

        \(Self.body)

        Notes

        1 County records, book 4.
        """)
        #expect(a.paragraphs[3].kind == .heading)
    }
}

/// Lettered items of a paper (issue 13 item 7).
@Suite struct LetteredItemTests {
    @Test func aLongLetteredItemBelongsWithItsSiblings() {
        let long = Array(repeating: "the board shall publish its import figures every quarter", count: 8).joined(separator: ", and ")
        let a = Fixtures.build("""
        Harbour Policy

        The board recommends the following measures for the coming year, in this order:

        (a) that the dues be lowered for fishing boats;

        (b) Import policy: \(long);

        (c) that the quay be repaired before the winter.

        The board will report on these measures in the spring, and the council will decide on them.
        """)
        #expect(a.kinds() == [.title, .body, .listItem, .listItem, .listItem, .body])
    }

    @Test func aLetterHeadingNamingWriterAndAddresseeIsAHeading() {
        let a = Fixtures.build("""
            Letters of the consulate

            \(DocumentMatterTests.body)

            Mr. Holt to Mr. Diaz.

            \(DocumentMatterTests.body)

            The Consul General in Eastport to the Minister of Trade

            \(DocumentMatterTests.body)

            Welcome to Eastport.

            \(DocumentMatterTests.body)
            """)
        #expect(a.paragraphs.map(\.kind) == [.title, .body, .heading, .body, .heading, .body, .body, .body])
    }

    @Test func aNameUnderAComplimentaryCloseIsASignature() {
        let a = Fixtures.build("""
            Letters of the consulate

            \(DocumentMatterTests.body)

            I am, sir, your obedient servant,

            JAMES HOLT.

            \(DocumentMatterTests.body)
            """)
        #expect(a.paragraphs[3].kind == .byline)
    }

    /// A letter and an order reproduced in a post: the letter's place and date and the office above
    /// them are datelines, the order's two-line heading is a heading, and its signature block is bylines.
    @Test func signatureBlockAndTheOrdersHeadingInsideAPost() {
        let a = Fixtures.build("""
        The Order Sent Abroad

        The ministry sent the order to every consul in the autumn, and it is reproduced here as it was printed at the time.

        MINISTRY OF THE INTERIOR,

        Eastport, September 22, 1862.

        The consuls will receive the order by the next post and will make it known in their districts without delay.

        By the Governor of the Province of Eastport.

        AN ORDER.

        The harbour shall be closed to all ships on the first day of January, and no cargo shall be landed after that day.

        JOHN HARLAND

        By the Governor:

        PETER MILLS, Secretary of the Province.
        """)
        #expect(a.kinds() == [.title, .body, .dateline, .dateline, .body, .heading, .heading, .body, .byline, .byline, .byline])
        #expect(!a.sections.contains { $0.title.contains("HARLAND") })
    }

    /// The headings of a reproduced document that end in a full stop share a level: the order's heading
    /// is a part of the circular, as the letter's heading is, not a part beside it.
    @Test func aDocumentsFullStoppedHeadingsShareTheirLevel() {
        let a = Fixtures.build("""
        The Order Sent Abroad

        The ministry sent the order to every consul in the autumn, and it is reproduced here as it was printed.

        Ministry Circular

        Mr. Mills to Mr. Harland.

        The consuls will receive the order by the next post and will make it known in their districts without delay.

        By the Governor of the Province of Eastport.

        AN ORDER.

        The harbour shall be closed to all ships on the first day of January, and no cargo shall be landed after that day.
        """)
        let levels = Dictionary(a.sections.map { ($0.title, $0.level) }, uniquingKeysWith: { first, _ in first })
        #expect(levels["Ministry Circular"] == 1)
        #expect(levels["Mr. Mills to Mr. Harland."] == 2)
        #expect(levels["By the Governor of the Province of Eastport."] == 2)
    }

    /// A third-person note on the authors under the date of a post told as "we" is an aside in the front matter.
    @Test func aNoteOnTheAuthorsUnderTheDateIsAnAside() {
        let a = Fixtures.build("""
        Moving the permits online

        March 3, 2020

        Dana and Luis work at the digital office. Kim Park is a ranger at the national park and the owner of this project.

        We have been working with the park for a year to move its camping permits online, and this post tells how the first release went.

        The first release went out in June, and the rangers issued most of the summer permits through it without a single paper form.
        """)
        #expect(a.kinds() == [.title, .dateline, .aside, .body, .body])
        #expect(a.sections.first.map { $0.last } == 2)
    }
}
