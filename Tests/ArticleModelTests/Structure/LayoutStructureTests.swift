import Testing
@testable import ArticleModel

/// Structure decided by layout on made-up texts: headings, heading levels, front matter, captions,
/// notes and their markers, quotes, section titles and wrapped paragraphs.
@Suite struct LayoutStructureTests {
    static let body = "The council met on Tuesday evening and heard from residents about the plans for the district."

    func kinds(_ a: Article) -> [ParagraphKind] { a.paragraphs.map(\.kind) }

    @Test func shortLinesBetweenParagraphsAreHeadingsWhateverTheirFirstWord() {
        let a = Fixtures.build("""
        Council Report

        \(Self.body)

        The impact of the budget crisis

        \(Self.body)

        Why the Delays Matter?

        \(Self.body)

        Roofs, roads and schools

        \(Self.body)
        """)
        #expect(kinds(a) == [.title, .body, .heading, .body, .heading, .body, .heading, .body])
        #expect(a.sections.map(\.title) == ["Introduction", "The impact of the budget crisis", "Why the Delays Matter?", "Roofs, roads and schools"])
    }

    /// A line marked as a Markdown heading right under the title is a heading, never a dateline.
    @Test func aMarkedHeadingUnderTheTitleIsAHeading() {
        let a = Fixtures.build("Council Report\n\n# Background\n\n\(Self.body)\n\n# Outlook\n\n\(Self.body)\n")
        #expect(kinds(a) == [.title, .heading, .body, .heading, .body])
        #expect(a.sections.map(\.title) == ["Background", "Outlook"])
    }

    @Test func aShortSentenceWithAFullStopIsNotAHeading() {
        let a = Fixtures.build("""
        Council Report

        \(Self.body)

        Nobody came.

        \(Self.body)
        """)
        #expect(a.paragraphs[2].kind == .body)
    }

    @Test func aHeadingRightUnderAHeadingIsItsChild() {
        let a = Fixtures.build("""
        Annual Accounts

        \(Self.body)

        Spending and revenue

        Spending in the first year

        \(Self.body)

        Outlook for next year

        \(Self.body)
        """)
        #expect(a.sections.map { "\($0.level) \($0.title)" } == [
            "1 Introduction", "1 Spending and revenue", "2 Spending in the first year", "1 Outlook for next year",
        ])
    }

    /// The headings after a heading's first child are its siblings, up to the next heading with a child
    /// right under it; a last heading over a paragraph or two closes the whole text (level 1), one over
    /// more is still a sibling.
    @Test func theHeadingsAfterAFirstChildAreItsSiblings() {
        func outline(_ ending: String) -> [String] {
            Fixtures.build("""
            Garden Report

            \(Self.body)

            How we began

            Choosing the site

            \(Self.body)

            Soil

            \(Self.body)

            Seeds

            \(Self.body)

            What we learned

            Water early

            \(Self.body)

            \(ending)
            """).sections.map { "\($0.level) \($0.title)" }
        }
        let closed = outline("Mulch helps\n\n\(Self.body)\n\nLooking ahead\n\n\(Self.body)")
        #expect(closed == ["1 Introduction", "1 How we began", "2 Choosing the site", "2 Soil", "2 Seeds",
                           "1 What we learned", "2 Water early", "2 Mulch helps", "1 Looking ahead"])
        let open = outline("Mulch helps\n\n\(Self.body)\n\n\(Self.body)\n\n\(Self.body)")
        #expect(open.suffix(3) == ["1 What we learned", "2 Water early", "2 Mulch helps"])
    }

    @Test func numberedHeadingsAreHeadingsWithTheirLevelNotListItems() {
        let a = Fixtures.build("""
        Review of the Ferry Service

        \(Self.body)

        1. Background

        \(Self.body)

        2. Costs

        \(Self.body)

        2.1 Fuel and crew

        \(Self.body)
        """)
        #expect(a.paragraphs[2].kind == .heading && a.paragraphs[4].kind == .heading && a.paragraphs[6].kind == .heading)
        #expect(a.sections.map { "\($0.level) \($0.title)" } == ["1 Introduction", "1 1. Background", "1 2. Costs", "2 2.1 Fuel and crew"])
    }

    @Test func aNumberedQuestionIsAHeadingAsAnUnnumberedOneIs() {
        let a = Fixtures.build("""
        Review of the Ferry Service

        \(Self.body)

        1. Why the delays matter?

        \(Self.body)

        2. What comes next?

        \(Self.body)
        """)
        #expect(a.paragraphs.map(\.kind) == [.title, .body, .heading, .body, .heading, .body])
    }

    @Test func aShortListIsStillAList() {
        let a = Fixtures.build("""
        Shopping

        We need the following things from the market before the weekend, she said, counting on her fingers:

        1. Bread and butter

        2. Apples, and

        3. A bag of flour for the cake.

        \(Self.body)
        """)
        #expect(a.paragraphs[2].kind == .listItem && a.paragraphs[3].kind == .listItem)
    }

    @Test func frontMatterIsItsOwnSectionAndAChapterNumberIsAnAside() {
        let a = Fixtures.build("""
        IV

        THE MILLS OF THE VALLEY

        By Jane Smith

        March 3, 1921

        \(Self.body)

        \(Self.body)

        Water and power

        \(Self.body)

        The last mill

        \(Self.body)
        """)
        #expect(Array(kinds(a).prefix(4)) == [.aside, .title, .byline, .dateline])
        #expect(a.title == "THE MILLS OF THE VALLEY")
        #expect(a.sections.first.map { [$0.first, $0.last] } == [0, 3])
        #expect(a.sections.first?.title == "THE MILLS OF THE VALLEY")
        #expect(!a.sections.contains { [.byline, .dateline].contains(a.paragraphs[$0.first].kind) })
    }

    @Test func captionsAreCaptionsNeverHeadingsOrSections() {
        let a = Fixtures.build("""
        Harbour Life

        \(Self.body)

        Figure 12: The mayor on the quay

        \(Self.body)

        Table 3. Revenue by year

        \(Self.body)

        Photo: Jane Smith

        [Figure 7]

        \(Self.body)
        """)
        #expect(kinds(a) == [.title, .body, .caption, .body, .caption, .body, .caption, .caption, .body])
        #expect(a.sections.allSatisfy { a.paragraphs[$0.first].kind != .caption })
    }

    @Test func numberedNotesUnderANotesHeadingAreNotesAndSuperscriptMarkersLinkToThem() {
        let a = Fixtures.build("""
        The Old Post Office

        The building was finished in 1802.¹ Its first tenant was the county surveyor.²

        \(Self.body)

        Notes

        1 County records, book 4, p. 12.

        2. Ibid., p. 14.
        """)
        #expect(Array(kinds(a).suffix(3)) == [.heading, .note, .note])
        let markers = a.crossReferences.filter { a.text($0.range) == "¹" || a.text($0.range) == "²" }
        #expect(markers.map(\.target) == [[4], [5]])
        #expect(a.sections.last?.title == "Notes")
    }

    @Test func numberedItemsAfterAnEditorialPointerAreNotNotes() {
        let a = Fixtures.build("""
        Harbour Rules

        \(Self.body)

        See the annex for the full text.

        1. Boats moor at the north quay

        2. Nets are dried on the south wall

        External links

        Harbour Board Minutes 1921

        The Quay Book, a history
        """)
        #expect(a.paragraphs[2].kind == .note)
        #expect(a.paragraphs[3].kind == .listItem && a.paragraphs[4].kind == .listItem)
        #expect(a.paragraphs[6].kind != .heading && a.paragraphs[7].kind != .heading)
    }

    @Test func aQuotationAfterASaidColonIsAQuoteEvenWhenProseFollowsIt() {
        let a = Fixtures.build("""
        School Report

        \(Self.body)

        Today the headteacher said:

        “Every child in this town deserves a library that is open in the evening.” The council agreed to look at the costs before the summer.

        \(Self.body)
        """)
        #expect(a.paragraphs[3].kind == .quote)
    }

    @Test func aQuotationEndingInAFootnoteMarkerIsAQuote() {
        let a = Fixtures.build("""
        The Old Post Office

        A description of the building was published in 1816:

        “The Post Office, built to the plan of the city surveyor, stands on the corner of the square and commands a view of the river and the hills beyond.”¹⁷

        \(Self.body)
        """)
        #expect(a.paragraphs[2].kind == .quote)
    }

    @Test func aLabelledItemAfterAColonIsNotAQuote() {
        let a = Fixtures.build("""
        The New Data

        The dataset gives every family the numbers it needs to compare schools in the Scorecard report, including:

        Employment outcomes: the data show what former students earn ten years after they enrol, for every school in the country and for every course they offer.

        \(Self.body)
        """)
        #expect(a.paragraphs[2].kind == .body)
    }

    @Test func sectionTitlesAreNeverCommaJoinedWordPairs() {
        var paragraphs: [String] = []
        for k in 0..<24 {
            paragraphs.append(k < 12
                ? "The pipeline from Siberia carries gas to the coast, and the pipeline company plans a second line across the steppe in year \(k)."
                : "The school board met the teachers of the valley school to discuss the school timetable and the teachers' pay in term \(k).")
        }
        let a = Fixtures.build("Notes from the Valley\n\n" + paragraphs.joined(separator: "\n\n"))
        #expect(a.sections.count > 1)
        for section in a.sections { #expect(!section.title.contains(", "), "\(section.title)") }
    }

    @Test func blankLinesMarkWrappedParagraphsWhateverTheirShortLines() {
        var text = "A Lecture on Song\n\n"
        for k in 0..<5 {
            text += """
            The fourth kind consists of a capricious mixture
            of dual and triple rhythm, and is especially noticeable in the
            music of the south as well as in that of the lands across the
            sea, where the old rhythms were carried by the settlers and
            kept alive in their dances and songs for many generations,
            though they changed in the new country, slowly, as all songs
            do when they are sung by new voices in a new land, verse \(k).


            """
        }
        let a = Fixtures.build(text)
        #expect(a.paragraphs.count == 6)
        #expect(a.paragraphs.dropFirst().allSatisfy { $0.kind == .body })
    }
}
