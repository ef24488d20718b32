import Testing
@testable import ArticleModel

/// What follows a colon lead-in: the author's list, someone's words, or the author's own sub-headings.
@Suite struct LeadInTests {
    @Test func shortLinesAfterAColonLeadInAreTheAuthorsListNotAQuote() {
        let a = Fixtures.build("""
        Title

        Several teams explained how they keep the risk of a handover low:

        Only pursue ideas with an interested owner who will run the service for years after the pilot ends

        Work with the team who will host the outcome from the first day of the experiment onwards

        Hand the responsibility over slowly, one piece at a time, to the people who will own it later

        That is how the work lasts beyond the pilot, and it is cheaper too.
        """)
        #expect(a.kinds() == [.title, .body, .listItem, .listItem, .listItem, .body])
        #expect(a.quotes.isEmpty)
    }

    /// After marked items, an unmarked short line is the text going on, not one more item.
    @Test func anUnmarkedLineAfterMarkedItemsEndsTheList() {
        let a = Fixtures.build("""
        Title

        We also set three goals for the year:

        1) Cut waiting times by half.

        2) Answer every letter within ten days.

        3) Publish the figures each month.

        Then the team wrote its report.

        The report went to the board in June, and the board accepted every one of its goals without change.
        """)
        #expect(a.kinds() == [.title, .body, .listItem, .listItem, .listItem, .body, .body])
    }

    @Test func quotedItemsOfAListAreListItemsNotABlockQuote() {
        let a = Fixtures.build("""
        Title

        We asked every team to define the word, and the definitions we heard included:

        "Novelty plus change"

        "Taking a calculated risk"

        "An investment in learning"

        None of them is about technology at all, which surprised us more than anything else we heard.
        """)
        #expect(a.kinds() == [.title, .body, .listItem, .listItem, .listItem, .body])
        #expect(a.quotes.isEmpty)
    }

    @Test func anImpersonalParagraphAfterTheAuthorsColonIsAQuote() {
        let a = Fixtures.build("""
        Title

        Our first task was to decide what the site is for. The clearest expression of that purpose came in the form of a product vision:

        Empower users to comply with the law or to understand their rights by providing resources based on what users need today.

        Our goal was to write content that lived up to that vision, and we measured every page against it.
        """)
        #expect(a.quotes == [Quote(paragraphs: [2], source: nil)])
    }

    /// (Someone else's words are set off by the author on both sides: the lead-in and the paragraph after it say "we".)
    @Test func theAuthorsOwnWordsAfterTheColonStayBody() {
        let a = Fixtures.build("""
        Title

        We took two steps that spring, and both were hard on the families:

        The oldest school closed and its pupils moved to the new building across the river, which had room for all of them and more.

        The second step came in the autumn.
        """)
        #expect(a.quotes.isEmpty)
    }

    @Test func aLeadInAnnouncingTheFollowingIntroducesAQuote() {
        let a = Fixtures.build("""
        Title

        Take the term fundamentally alter. The regulations specify the following regarding service animals:

        The animal can only be removed if it misbehaves or if the presence of the animal would change the nature of the goods, services and activities of the place.

        So what does that mean for a shop owner?
        """)
        #expect(a.quotes == [Quote(paragraphs: [2], source: nil)])
    }

    @Test func subHeadingsAColonLeadInAnnouncesAreChildHeadings() {
        let a = Fixtures.build("""
        Title

        The first part of the work was done in the spring, and it set the pattern for everything that came after it.

        How we did it

        Here are two rules we kept in mind as we went through the process:

        Build with, not for, users.

        We knew what we had to do, and we went out to ask the students and their teachers what they needed from the site.

        Instead of guessing, we listened to them for three weeks before we wrote a single line of code.

        Be agile.

        We made the cheapest and fastest prototype we could, and we showed it to the same students a week later.

        What we learned

        The students wanted fewer numbers and clearer ones, and the teachers wanted the same.
        """)
        #expect(a.paragraphs[4].kind == .heading && a.paragraphs[7].kind == .heading)
        #expect(a.paragraphs[5].kind == .body && a.paragraphs[6].kind == .body)
        let titles = a.sections.map { "\($0.level) \($0.title)" }
        #expect(titles.contains("2 Build with, not for, users.") && titles.contains("2 Be agile.") && titles.contains("1 What we learned"))
    }

    @Test func aParagraphTheNextOneNamesAgainIsAQuote() {
        let a = Fixtures.build("""
        Title

        We decided that examples would say more than definitions. Here is the example we used for the term:

        In most settings a service animal will not change the situation, but in an operating room its presence could compromise a sterile field.

        This example shows how the law might apply in one place, which makes it easier to picture.
        """)
        #expect(a.quotes == [Quote(paragraphs: [2], source: nil)])
    }

    /// Lines after a colon built alike are a list though they end differently or are only two:
    /// three that start with a past tense, two that ask.
    @Test func linesBuiltAlikeAfterAColonAreAList() {
        let a = Fixtures.build("""
        Title

        Before we drew the new timetable we wanted to know the riders well, so we:

        Counted the riders on every route at rush hour (we rode each bus.)

        Interviewed drivers at the three depots about the late buses

        Studied the complaints of the last two years to see which stops come up most.

        Each step changed the plan. When we wrote the notices, we read every sentence and kept asking:

        Is this word needed?

        Would a rider on a crowded bus understand it at a glance?

        Most notices got shorter with each round, and the riders we showed them to understood them better than the old ones.
        """)
        #expect(a.kinds() == [.title, .body, .listItem, .listItem, .listItem, .body, .listItem, .listItem, .body])
    }

    /// "… our mission statement." → a paragraph in no voice of the author's → "We …": the statement, quoted.
    @Test func aStatementTheAuthorAnnouncesAsOursIsAQuote() {
        let a = Fixtures.build("""
        Title

        We began the project by reading the interviews again. Then we wrote down our mission statement for the library.

        The library exists so that every resident can find, borrow and understand the information they need, in person or online, free of charge.

        Our first prototypes tested that statement against the opening hours, and the hours lost.

        The branches then looked at the reading rooms. They found the rooms empty in the mornings and full after school.
        """)
        #expect(a.kinds() == [.title, .body, .quote, .body, .body])
        #expect(a.quotes.map(\.paragraphs) == [[2]])
    }

    /// The statement goes on over the paragraphs before the one where the author names it again.
    @Test func anAnnouncedStatementRunsToWhereTheAuthorNamesItAgain() {
        let a = Fixtures.build("""
        Title

        We spent the spring with the branch staff. Those weeks let us sharpen our vision for the library service.

        Residents who cannot reach a branch during opening hours lose access to books, advice and the internet, and the service loses them.

        By opening the branches to card holders in the evening, the library will reach the residents it now misses. We believe more of them will come.

        Writing the vision down gave the staff one story to tell, and the council an easy way to judge the pilot in its first year.
        """)
        #expect(a.quotes.map(\.paragraphs) == [[2, 3]])
    }
}
