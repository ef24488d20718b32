import Testing
@testable import ArticleModel

@Suite struct AnnotationTests {
    /// From reading the article: each annotation and the passage it brings up to date.
    @Test func defaultArticleAnnotationsAndWhatTheyUpdate() throws {
        let a = try Fixtures.defaultArticle()
        let found = a.annotations.map { [$0.paragraphs, $0.annotates] }
        #expect(found == [
            // "(Since this was written …" two paragraphs → the quoted list of agreements (the plane).
            [[23, 24], [19, 20, 21]],
            // "(From a Western point of view …" with Denisov's words inside → the defence discussions.
            [[26, 27, 28], [25]],
            // "(In monetary terms …" → economic relations and the pipeline projects.
            [[31], [30]],
            // "(The Chinese media …" → the Greater Eurasia projects.
            [[33], [32]],
            // "(The last year has settled this question …" → the best guess about Sergey Ivanov.
            [[40], [39]],
            // "(On the eve of …" → the euphemism "strategic partnership".
            [[48], [47]],
            // "(This is as good a point as any …" two paragraphs → the SCO and BRICS organisations.
            [[51, 52], [49, 50]],
        ])
        // The quotation inside an annotation keeps its kind and is listed in it.
        #expect(a.paragraphs[27].kind == .quote)
        #expect(a.annotations[1].paragraphs.contains(27))
    }

    @Test func targetIsChosenByContentNotPosition() {
        let a = Fixtures.build("""
        Notes on the Harbour

        The harbour master, Mr Gale, resigned last spring after the dredging contract collapsed.

        Fishing boats now moor at the northern quay, where the water is deeper.

        The town band played on the quay every Sunday through the summer.

        Update: Mr Gale has since returned as harbour master, and a new dredging contract was signed in May.
        """)
        #expect(a.annotations == [Annotation(paragraphs: [4], annotates: [1])])
        #expect(a.paragraphs[4].kind == .annotation)
    }

    @Test func editorsNoteAtTheTopAnnotatesWhatFollows() {
        let a = Fixtures.build("""
        A Report

        Editor's note: this report was corrected on 4 May to fix the figures for grain exports.

        Grain exports rose by a tenth in the first quarter, the ministry said on Tuesday.
        """)
        #expect(a.annotations == [Annotation(paragraphs: [1], annotates: [2])])
    }

    @Test func postscriptHeadingTakesTheParagraphsAfterIt() throws {
        let a = Fixtures.build("""
        Title

        The river flooded the lower town twice in March, and the bridge was closed.

        Postscript

        The bridge reopened in June after repairs to the river wall.

        The lower town has new flood barriers too.
        """)
        try #require(a.annotations.count == 1)
        #expect(a.annotations[0].paragraphs == [2, 3, 4])
        #expect(a.annotations[0].annotates == [1])
    }

    @Test func notAnnotations() {
        let a = Fixtures.build("""
        Title

        The agreement (signed in 2016 after long talks) was meant to last a decade, he said.

        He thought that [the Russians] would object, as the report noted.[5]

        (Reuters) The minister resigned on Monday after a week of pressure from his party.

        (Laughter.)

        (a) The first condition is that both sides withdraw their troops from the border.

        (As interpreted.) We thank you for your visit and for your friendship over many years.
        """)
        #expect(a.annotations.isEmpty)
        #expect(!a.kinds().contains(.annotation))
        #expect(a.paragraphs[4].kind == .note) // (Laughter.)
        #expect(a.paragraphs[5].kind == .listItem)
    }

    @Test func bracketedNotesAreAnnotations() {
        let a = Fixtures.build("""
        Title

        The ferry to the island runs twice a day in summer and once in winter.

        The new pier was promised for 2020 but has not been started.

        [Update: the council approved the new pier on 12 March, with work to start in the autumn.]

        [t]he harbour board said it would review the timetable, as the report put it.
        """)
        #expect(a.annotations == [Annotation(paragraphs: [3], annotates: [2])])
        #expect(a.paragraphs[4].kind != .annotation)
    }
}

