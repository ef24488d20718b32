import Testing
@testable import ArticleModel

/// Block quotes ended by a line naming who spoke, the headings set over them, contents entries
/// repeated as headings, interview questions as headings, and quotations continued in marks.
@Suite struct AttributedQuoteTests {
    static let answers = """
        What our staff learned

        We asked everyone on the team what they learned from each other this year, and here are their answers.

        On working with partners

        Listen before you build.

        I learned that the best way to start is to sit with the people who do the work every day and watch them before we write a line of code.

        – Jane Holt, designer

        Show the work early and often.

        We show our drafts to the partner every week, even when they are rough, and the feedback we get early saves us months of work later on.

        Our partners have come to expect it.

        – Omar Diaz, engineer

        The team will keep asking these questions every year, and the answers will be published here again next summer.
        """

    @Test func answersEndedByAnAttributionLineAreQuotesInAnyPerson() {
        let a = Fixtures.build(Self.answers)
        #expect(a.quotes.map(\.paragraphs) == [[4, 5], [7, 8, 9]])
        #expect(a.quotes.map(\.source) == ["Jane Holt", "Omar Diaz"])
    }

    /// A credit line may give a long title after the name (up to 25 words, a comma after the name).
    @Test func anAttributionLineMayGiveALongTitle() {
        let long = "– Omar Diaz, Associate Director for Outreach and Training, Office of Public Health, State Department of Health"
        let a = Fixtures.build(Self.answers.replacingOccurrences(of: "– Omar Diaz, engineer", with: long))
        #expect(a.quotes.map(\.paragraphs) == [[4, 5], [7, 8, 9]])
        #expect(a.quotes.last?.source == "Omar Diaz")
    }

    @Test func aShortLineOverAnAttributedQuoteIsASubheading() {
        let a = Fixtures.build(Self.answers)
        #expect(a.paragraphs[3].kind == .heading && a.paragraphs[6].kind == .heading)
        // The first sits right under "On working with partners", so both are its children.
        #expect(a.sections.filter { $0.level == 2 }.map(\.title) == ["Listen before you build.", "Show the work early and often."])
    }

    @Test func aCreditLineIsNotAnAttribution() {
        let a = Fixtures.build("""
            Floods in the valley

            The river rose by two metres overnight, and the council closed the bridge and the road to the station.

            – Reporting by Jane Holt; editing by Omar Diaz
            """)
        #expect(a.quotes.isEmpty)
        let bio = Fixtures.build("""
            Floods in the valley

            The river rose by two metres overnight, and the council closed the bridge and the road to the station.

            – Jane Holt is a professor of hydrology at the university
            """)
        #expect(bio.quotes.isEmpty)
    }

    @Test func aQuotationWithoutAClearStartIsNotTaken() {
        let long = "The river rose by two metres overnight, and the council closed the bridge and the road to the station."
        let a = Fixtures.build((["Floods in the valley"] + Array(repeating: long, count: 12) + ["– Jane Holt, hydrologist"]).joined(separator: "\n\n"))
        #expect(a.quotes.isEmpty)
    }

    @Test func contentsEntriesRepeatedLaterAreHeadings() {
        let body = "The council met on Tuesday evening and heard from residents about the plans for the district."
        let a = Fixtures.build("""
            Annual report

            \(body)

            Planning the work

            Building the tool

            Measuring the results

            Planning the work

            Start small

            \(body)

            Building the tool

            \(body)
            """)
        #expect(a.paragraphs[2...4].allSatisfy { $0.kind == .listItem })
        // Over its own first sub-heading, not over running text: only the contents say it is a heading.
        #expect(a.paragraphs[5].kind == .heading)
    }

    @Test func interviewQuestionsBeforeNamedAnswersAreHeadings() {
        let a = Fixtures.build("""
            What happens when the whole team joins

            The team of four tells, in their own words, what happened when they all joined the interviews.

            How did scrubbing in on user interviews help you in your core role this year?

            Mark Trammell (design researcher): We ran remote interviews where the participant shares the screen.

            Atul: It was hugely helpful in getting to an understanding of the work.

            Did you get anything out of direct contact with users that you could not have gotten out of a report?

            Heather: I have a lot fewer questions now.
            """)
        #expect(a.paragraphs.map(\.kind) == [.title, .body, .heading, .body, .body, .heading, .body])
        #expect(LayoutRules.namedTurnLength(Array("Atul: It was".utf8), TextRange(0, 12)) == 6)
        #expect(LayoutRules.namedTurnLength(Array("The council: no".utf8), TextRange(0, 15)) == 0)
    }

    @Test func paragraphsWhollyInMarksRightAfterAQuotationGoOnWithIt() {
        let a = Fixtures.build("""
            Title

            The act of Congress is in the words following:

            “Be it enacted by the Senate and House, That the following shall be an article of war:

            “ARTICLE. All officers are prohibited from returning fugitives from service or labor to their owners.”

            “SEC. 2. And be it further enacted, That this act shall take effect from and after its passage.”

            The proclamation went on to other matters after the act.
            """)
        #expect(a.quotes.map(\.paragraphs) == [[2, 3, 4]])
    }
}

@Suite struct StoppedCapitalsHeadingTests {
    @Test func aLineInCapitalsEndingWithAFullStopIsAHeading() {
        let a = Fixtures.build("""
            Title

            The circular was sent abroad with the text of the proclamation, and the ministers read it to the courts.

            A PROCLAMATION.

            I, the President, do hereby proclaim and declare that the war will be prosecuted for the object of restoring the Union.

            WILLIAM H. SEWARD.

            The ministers abroad replied within the month, and most of them reported a warm reception of the news.
            """)
        #expect(a.paragraphs[2].kind == .heading)
        #expect(a.paragraphs[4].kind != .heading)
    }
}
