import Testing
@testable import ArticleModel

@Suite struct ParagraphKindTests {
    @Test func defaultArticleKinds() throws {
        let a = try Fixtures.defaultArticle()
        var expected = [ParagraphKind](repeating: .body, count: 56)
        expected[0] = .title
        expected[6] = .aside          // "Buy Silver at Discounted Prices"
        expected[9] = .quote          // the Financial Times report
        expected[14] = .dateline      // "This article was first published by The Duran on 5th July 2016"
        for p in [19, 20, 21, 27] { expected[p] = .quote }
        for p in [23, 24, 26, 28, 31, 33, 40, 48, 51, 52] { expected[p] = .annotation }
        #expect(a.kinds() == expected)
        #expect(a.title == "Understanding the Chinese-Russian Alliance")
    }

    @Test func potsdamHeadingsAreHeadingsAndNumberedItemsAreNot() throws {
        let a = try Fixtures.article(Fixtures.potsdam)
        let headings = a.paragraphs.filter { $0.kind == .heading }.map { a.text(of: $0) }
        for h in ["Overview", "Protocol", "Aftermath", "Territorial changes", "Expulsions", "See also", "References", "External links"] {
            #expect(headings.contains(h), "\(h) should be a heading")
        }
        // Numbered sentences ("4. Disposal of the German Navy …", "7. Austria:") are items; a numbered
        // title with running text under it ("6. War criminals") is a heading, a part of the Protocol.
        for p in a.paragraphs where a.text(of: p).first?.isNumber == true && a.text(of: p).contains(". ")
            && [".", ":"].contains(a.text(of: p).last) {
            #expect(p.kind != .heading, "numbered item \(a.text(of: p).prefix(30)) is not a heading")
        }
        let warCriminals = try #require(a.paragraph(startingWith: "6. War criminals"))
        #expect(a.paragraphs[warCriminals].kind == .heading)
        let political = try #require(a.paragraph(startingWith: "A. Political principles."))
        #expect(a.paragraphs[political].kind == .listItem)
        let austria = try #require(a.paragraph(startingWith: "7. Austria:"))
        #expect(a.paragraphs[austria].kind == .listItem)
        #expect(a.paragraphs[0].kind == .title)
        #expect(a.annotations.isEmpty)
    }

    @Test func transcriptLabelsAndStageDirectionsAreNotHeadingsOrAnnotations() throws {
        for name in [Fixtures.pressConference, Fixtures.luncheon] {
            let a = try Fixtures.article(name)
            #expect(a.annotations.isEmpty, "\(name)")
            #expect(!a.paragraphs.contains { $0.kind == .heading }, "\(name)")
            for p in a.paragraphs where a.text(of: p).hasPrefix("(") {
                #expect(p.kind == .note || p.kind == .body, "\(a.text(of: p))")
            }
        }
        let lunch = try Fixtures.article(Fixtures.luncheon)
        #expect(Array(lunch.kinds().prefix(4)) == [.title, .dateline, .dateline, .dateline])
        #expect(lunch.paragraphs.last?.kind == .dateline) // "1:40 P.M. ICT"
        let press = try Fixtures.article(Fixtures.pressConference)
        #expect(Array(press.kinds().prefix(3)) == [.title, .dateline, .dateline])
    }

    @Test func advertsAndNavigationAreAsides() {
        let a = Fixtures.build("Title\n\nSome text that says something useful here.\n\nSubscribe to our newsletter\n\nMore text follows here, at length.\n\nRead more\n")
        #expect(a.kinds() == [.title, .body, .aside, .body, .aside])
    }

    @Test func bylineAndDatelineAfterTheTitle() {
        let a = Fixtures.build("A Title\n\nBy Jane Doe\n\nMarch 3, 2021\n\nThe text begins here and goes on for a while.\n")
        #expect(a.kinds() == [.title, .byline, .dateline, .body])
    }

    @Test func headingsInAShortEssay() {
        let a = Fixtures.build("""
        An Essay

        Some opening words that run on for a sentence or two before anything else.

        Background

        The background is long enough to count as running text of a paragraph.

        What Comes Next

        The future is also described in a paragraph of running text, like this one.
        """)
        #expect(a.kinds() == [.title, .body, .heading, .body, .heading, .body])
        #expect(a.sections.map(\.title) == ["Introduction", "Background", "What Comes Next"])
    }
}

@Suite struct BookAndPaperTests {
    static let chapter = """
    THE RETURN OF THE NATIVE

    By Thomas Hardy


    CHAPTER I

    A FACE ON WHICH TIME MAKES BUT LITTLE IMPRESSION

    A Saturday afternoon in November was approaching the time of twilight,
    and the vast tract of unenclosed wild known as Egdon Heath embrowned
    itself moment by moment.

    "I don't know," said the reddleman, "whether the road goes on to
    Anglebury or not.

    "But I shall try it, Mr. Yeobright, whatever you say."

    CHAPTER II

    HUMANITY APPEARS UPON THE SCENE, HAND IN HAND WITH TROUBLE

    Along the road walked an old man. He was white-headed as a mountain,
    bowed in the shoulders, and faded in general aspect.
    """

    @Test func bookChapterHeadingsAndDialogue() {
        let a = Fixtures.build(Self.chapter)
        #expect(a.kinds() == [.title, .byline, .heading, .heading, .body, .body, .body, .heading, .heading, .body])
        #expect(a.quotes.isEmpty) // dialogue is not a block quotation
        #expect(a.sections.map(\.title) == [
            // The title and byline are the front matter, a section of their own named by the title.
            "THE RETURN OF THE NATIVE", "CHAPTER I: A FACE ON WHICH TIME MAKES BUT LITTLE IMPRESSION",
            "CHAPTER II: HUMANITY APPEARS UPON THE SCENE, HAND IN HAND…",
        ])
    }

    @Test func governmentPaperWithNumberedParagraphsAndFootnotes() {
        let a = Fixtures.build("""
        Review of Coastal Flood Defences

        Department for Environment

        March 2019

        Summary

        1. This review examines the condition of coastal flood defences in England.[1]

        2. The review makes three recommendations:

        (a) that maintenance funding be protected for ten years;

        (b) that the Environment Agency report progress annually to Parliament.

        Findings

        3. Of the defences inspected, 62% were in good condition (see paragraph 1).

        4. The Environment Agency told the review:

        "Without sustained investment, the number of properties at high risk will rise by a quarter by 2030."

        Notes

        [1] Environment Agency, State of the Defences, 2018.
        """)
        // The numbering runs on across "Findings": paragraph numbers (body), not a list; (a) and (b) are.
        #expect(a.kinds() == [.title, .dateline, .dateline, .heading, .body, .body, .listItem, .listItem,
                              .heading, .body, .body, .quote, .heading, .note])
        #expect(a.sections.map(\.title) == ["Review of Coastal Flood Defences", "Summary", "Findings", "Notes"])
        #expect(a.quotes.map { Quote(paragraphs: $0.paragraphs, source: $0.source) } == [Quote(paragraphs: [11], source: "Environment Agency")])
        #expect(a.crossReferences.map { a.text($0.range) } == ["[1]", "see paragraph 1"])
        #expect(a.crossReferences.map(\.target) == [[13], [4]])
        #expect(a.annotations.isEmpty)
    }

    @Test func policyBriefWithTitleBlockBulletsQuoteAndUpdate() {
        let a = Fixtures.build("""
        Rebuilding Trust in the Arctic Council
        Policy Brief No. 14 | June 2023
        By Maria Lindqvist and Tomas Berg

        Executive Summary

        The Arctic Council has been paralysed since March 2022, when seven of its eight members paused cooperation with Russia.

        Key findings:

        • Scientific data sharing has fallen by 40% since 2022.
        • Search-and-rescue exercises have been cancelled two years running.

        Background

        The Council was founded by the Ottawa Declaration in 1996, and decisions are taken by consensus.

        As the Norwegian chairmanship put it in its programme for 2023–2025:

        "The Arctic Council is the leading intergovernmental forum for cooperation in the Arctic, and Norway will do its utmost to safeguard it."

        Recommendations

        First, resume the working groups at expert level. Second, publish all data sets openly.

        The permanent participants should also help set the agenda of every meeting.

        Update: On 29 February 2024 the Council announced that working groups would resume at expert level, as recommended.
        """)
        #expect(a.kinds() == [.title, .dateline, .byline, .heading, .body, .body, .listItem, .listItem, .heading, .body,
                              .body, .quote, .heading, .body, .body, .annotation])
        #expect(a.sections.map(\.title) == ["Rebuilding Trust in the Arctic Council", "Executive Summary", "Background", "Recommendations"])
        #expect(a.annotations == [Annotation(paragraphs: [15], annotates: [13])])
    }
}

