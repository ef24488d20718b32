import Testing
@testable import ArticleModel

/// A transcript of an interview without headings (issue 13, class 9): parts split at questions where
/// the topic changes and titled from their own text, never by the speakers' names, never of one or two paragraphs.
@Suite struct InterviewSectionTests {
    static let interview = """
    Interview with the Lighthouse Keeper

    REPORTER: When did you first come to the island, and what was the lighthouse like then?

    OSKAR BERG: I came in the spring the new lamp was fitted. The lighthouse still burned oil then, and the keeper climbed the tower every evening to light it.

    REPORTER: How many keepers lived on the island in those years?

    OSKAR BERG: Four keepers and their families. The lighthouse needed a keeper awake all night, so we took turns in the tower and slept in the cottages by day.

    REPORTER: What happened to the keepers when the lighthouse was automated?

    OSKAR BERG: The lighthouse was automated twenty years ago. The other keepers left for the mainland, and only I stayed on to look after the tower and the cottages.

    REPORTER: Let me ask about the ferry. How often does the ferry come to the island now?

    OSKAR BERG: The ferry comes twice a week in summer and once a week in winter, when the harbour ice allows the ferry to land at all.

    REPORTER: Who pays for the ferry service, and will it continue?

    OSKAR BERG: The county pays for the ferry. There is talk of ending the winter ferry, which would leave the island cut off for months.

    REPORTER: Does the ferry bring visitors to the island?

    OSKAR BERG: The summer ferry brings birdwatchers and walkers. The ferry company says the visitors keep the route alive.

    REPORTER: What will you do when you leave the island?

    OSKAR BERG: I have not decided. My daughter lives in the city and wants me near her, but I would miss the sea.
    """

    @Test func anInterviewIsSplitAtQuestionsAndTitledByItsTopics() {
        let a = Fixtures.build(Self.interview)
        let questions = Set(a.paragraphs.indices.filter { a.text(of: a.paragraphs[$0]).hasPrefix("REPORTER:") })
        #expect(a.sections.count >= 2)
        for s in a.sections {
            #expect(s.first == 0 || questions.contains(s.first), "\(s.title) starts at an answer")
            #expect(s.last - s.first + 1 >= 3, "\(s.title) is too short")
            #expect(!["Reporter", "Oskar Berg"].contains(s.title))
        }
        SectionTests.checkCoverage(a)
    }

    /// A sheet of questions and answers: the first question, right under the title, is a heading as the others are.
    @Test func everyQuestionOfAQuestionAndAnswerSheetIsAHeading() {
        let a = Fixtures.build("""
        Questions on the Water Plan

        Q: Why is the city changing the way it charges for water?

        A: The old charges were set twenty years ago and no longer cover the cost of treating and pumping water.

        Q: How much will a typical household pay under the new charges?

        A: A household of four will pay about twelve per cent more each year, though a small household may pay less.

        Q: When will the reservoir work be finished?

        A: All four eastern reservoirs should be repaired within eight years, if the council approves the funding.
        """)
        #expect(a.kinds() == [.title, .heading, .body, .heading, .body, .heading, .body])
    }

    /// A written interview names the interviewer in full at the first turn and by initials after it: the
    /// interviewer's turns are the questions a reader sees set off, headings (also one whose label lost its
    /// space); the answers stay body.
    @Test func anInterviewersTurnsNamedByInitialsAreHeadings() {
        let a = Fixtures.build("""
        The new harbour ferry, in its builders' words

        May 3, 2021

        I met the two engineers who designed the new harbour ferry at the shipyard, a week before its first crossing.

        Anna Lind: Thank you for showing me the yard. I wanted to start with the hull and why it looks so different.

        Tom Berg: The hull is wider than the old ferry's, so it rolls less in the winter swell and carries more bicycles.

        AL: How long did the design take from the first drawing?

        Tom Berg: About two years. Most of that time went into testing models of the hull in the tank at the university.

        AL: What did the passengers ask for when you talked to them?

        Tom Berg: They asked for a warm cabin, room for prams and bicycles, and a ferry that leaves on time in bad weather.

        AL: How fast is the new ferry?

        Tom Berg: A little faster than the old one, but the real gain is that it keeps its speed in a strong headwind.

        AL:When does the ferry start carrying passengers?

        Tom Berg: The first crossing is next Monday, and the timetable runs every half hour from then on.
        """)
        let kinds = a.kinds()
        let turns = a.paragraphs.indices.filter { a.text(of: a.paragraphs[$0]).hasPrefix("A") && $0 > 2 }
        #expect(turns.count == 5)
        for p in turns { #expect(kinds[p] == .heading, "\(a.text(of: a.paragraphs[p]))") }
        #expect(kinds.filter { $0 == .heading }.count == 5)
    }
}
