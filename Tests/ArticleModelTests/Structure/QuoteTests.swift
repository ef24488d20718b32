import Testing
@testable import ArticleModel

@Suite struct QuoteTests {
    @Test func defaultArticleQuotesAndSources() throws {
        let a = try Fixtures.defaultArticle()
        #expect(a.quotes.map { Quote(paragraphs: $0.paragraphs, source: $0.source) } == [
            Quote(paragraphs: [9], source: "Financial Times"),   // "Here is how the Financial Times reports it"
            Quote(paragraphs: [19, 20, 21], source: nil),        // opens with “ in 19, closes with ” in 21
            Quote(paragraphs: [27], source: "Andrey Denisov"),   // "… spoke about these exercises …"
        ])
    }

    @Test func multiParagraphQuotationWithReopenedMarks() {
        let a = Fixtures.build("""
        Title

        The minister wrote to the council:

        “We cannot accept the plan as it stands, for it puts the burden on the poorest districts.

        “We ask the council to think again before the vote next month.”

        The council did not reply to the letter.
        """)
        #expect(a.quotes == [Quote(paragraphs: [2, 3], source: nil)])
        #expect(a.kinds() == [.title, .body, .quote, .quote, .body])
    }

    @Test func potsdamTreatyTextAfterAColonIsAQuote() throws {
        let a = try Fixtures.article(Fixtures.potsdam)
        let treaty = try #require(a.paragraph(startingWith: "The Three Governments have taken note"))
        #expect(a.paragraphs[treaty].kind == .quote)
        let altered = try #require(a.paragraph(startingWith: "[t]he three Governments"))
        #expect(a.paragraphs[altered].kind == .quote)
    }

    @Test func aParagraphStartingWithAQuotedPhraseIsNotAQuote() throws {
        let a = try Fixtures.article(Fixtures.potsdam)
        let p = try #require(a.paragraph(startingWith: "\"German populations"))
        #expect(a.paragraphs[p].kind == .body)
    }

    @Test func aColonBeforeTheAuthorsOwnWordsIsNotAQuote() {
        let a = Fixtures.build("""
        Title

        There are three reasons for this, and they are as follows:

        First, the budget was cut by a third in 2019, which meant that the maintenance crews were halved and the backlog of repairs grew every year after that.

        Second, nobody noticed.
        """)
        #expect(a.quotes.isEmpty)
    }

    @Test func aParagraphWhollyInQuotationMarksAfterALeadInIsAQuote() {
        let a = Fixtures.build("""
        Title

        The mayor's reply came a week later

        "The roads will be repaired before the winter, and the schools will open on time."

        Nobody believed it.
        """)
        #expect(a.quotes == [Quote(paragraphs: [2], source: nil)])
    }

    @Test func continuationParagraphsThatDoNotReopenTheMark() {
        let a = Fixtures.build("""
        Title

        The report ends with a warning to the council:

        “The district has lost a third of its teachers in five years, and the schools that remain are full.

        Without new money the smallest schools will close within two years, and the children will travel further.

        We therefore ask for a review of the budget before the spring.”

        The council has not answered.
        """)
        #expect(a.quotes == [Quote(paragraphs: [2, 3, 4], source: nil)])
    }

    @Test func guillemetsLowNinesAndSingleGuillemetsMarkQuotations() {
        let french = Fixtures.build("""
        Title

        Le maire a répondu aux parents

        « Les écoles ouvriront à temps, et les routes seront réparées avant l'hiver.

        « Nous ne fermerons aucune école cette année. »

        Personne ne l'a cru.
        """)
        #expect(french.quotes == [Quote(paragraphs: [2, 3], source: nil)])
        let german = Fixtures.build("""
        Title

        Der Bürgermeister schrieb an den Rat

        „Die Schulen werden rechtzeitig öffnen, und die Straßen werden vor dem Winter repariert.

        Wir werden in diesem Jahr keine Schule schließen, und wir behalten alle Lehrer in allen Bezirken der Stadt.“

        Niemand glaubte ihm.
        """)
        #expect(german.quotes == [Quote(paragraphs: [2, 3], source: nil)])
        let single = Fixtures.build("""
        Title

        The notice on the gate

        ‹ The school is closed until further notice, by order of the district board of education. ›

        It stayed there all winter.
        """)
        #expect(single.quotes == [Quote(paragraphs: [2], source: nil)])
    }

    @Test func aColonLeadInBeforeSomeonesWordsIsAQuote() {
        let a = Fixtures.build("""
        Title

        The mood among parents was clear:

        We have waited three years for the school to reopen, and nobody has told us why it is still shut.

        The district has not replied.
        """)
        #expect(a.quotes == [Quote(paragraphs: [2], source: nil)])
    }

    @Test func prosWithAnInlineQuotationIsNotAQuote() {
        let a = Fixtures.build("""
        Title

        The district published its plan in March.

        The plan calls the closures "a necessary step", but it gives no figures for the savings, and the parents have asked for them twice.

        Nobody has answered.
        """)
        #expect(a.quotes.isEmpty)
    }

    @Test func aLineEndingInStatesDoesNotIntroduceAQuote() {
        let a = Fixtures.build("""
        Title

        Trade between the two neighbouring states

        Trade between the two countries doubled in the ten years after the border opened, and it is still growing.

        Cited in Relations of the United States Series

        Telegram From the Embassy in Greece to the Department of State
        """)
        #expect(a.quotes.isEmpty)
    }

    @Test func aParagraphWhollyInQuotationMarksIsAQuoteButADialogueIsNot() {
        let alone = Fixtures.build("""
        Title

        The district closed four schools last year.

        “Every closure was a decision we took with a heavy heart, and every one of them was argued over for months.”

        The parents were not consulted.
        """)
        #expect(alone.quotes == [Quote(paragraphs: [2], source: nil)])
        let dialogue = Fixtures.build("""
        Title

        The two men met at the gate of the old school.

        “Every closure was a decision we took with a heavy heart, and every one of them was argued over.”

        “Then why did nobody ask the parents what they thought of it before the vote was taken?”

        Neither of them answered.
        """)
        #expect(dialogue.quotes.isEmpty)
    }

    static let report = "The district council met on Tuesday and heard from the residents of the valley about the plans for the new road."

    @Test func anAttributionLineUnderAQuoteBelongsToIt() {
        let a = Fixtures.build("""
        Title

        The district closed four schools last year, and the parents were not consulted before the vote.

        “Every closure was a decision taken with a heavy heart, and every one of them was argued over for months.”

        — Jane Holt, chair of the school board

        The parents have asked for the minutes twice.
        """)
        #expect(a.quotes.map(\.paragraphs) == [[2, 3]])
    }

    @Test func aFirstPersonParagraphInsideAThirdPersonReportIsAQuote() {
        let third = (1...5).map { _ in Self.report }
        let voice = "We have waited three years for the road, and I have written to the council every month, but our letters go unanswered and my neighbours have given up."
        let a = Fixtures.build((["Title"] + third + [voice] + third).joined(separator: "\n\n"))
        #expect(a.quotes.map(\.paragraphs) == [[6]])
        // In a text told in the first person throughout, the same paragraph is the author's own.
        let mine = "I went to the council on Tuesday, and we heard from the residents of the valley about our road."
        let essay = Fixtures.build((["Title"] + Array(repeating: mine, count: 5) + [voice] + Array(repeating: mine, count: 5)).joined(separator: "\n\n"))
        #expect(essay.quotes.isEmpty)
    }

    @Test func singleCurlyQuotesMarkAQuotationOverParagraphs() {
        let a = Fixtures.build("""
        Title

        The minister wrote to the council in March, and her letter was read out at the meeting:

        ‘We cannot accept the plan as it stands, for it puts the burden on the poorest districts and the council’s own figures show it.

        We ask the council to think again before the vote next month.’

        The council did not reply to the letter.
        """)
        #expect(a.quotes.map(\.paragraphs) == [[2, 3]])
    }

    @Test func aPullQuoteRepeatingABodySentenceIsAnAside() {
        let a = Fixtures.build("""
        Title

        The valley has changed since the dam was built, and the old mill is now a museum. The river is the town's memory, and every family has a story about the flood of 1952 that took the bridge.

        “The river is the town's memory.”

        The museum opened last spring, and it holds the photographs that the families lent for the exhibition about the flood and the bridge.
        """)
        #expect(a.paragraphs[2].kind == .aside)
        #expect(a.quotes.isEmpty)
    }
}
