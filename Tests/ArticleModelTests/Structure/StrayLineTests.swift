import Testing
@testable import ArticleModel

/// Short lines outside the running text of a post or a reproduced letter, and a closing call.
@Suite struct StrayLineTests {
    @Test func aLineCreditingThePicturesIsAnAsideNotAHeading() {
        let a = Fixtures.build("""
        What we learned from our designers

        Special thanks to designer Jane Smith for the images in this post

        We asked the whole team what they had learned from one another, and the answers filled a long document.
        """)
        #expect(a.kinds() == [.title, .aside, .body])
        #expect(!a.sections.contains { $0.title.contains("Special thanks") })
    }

    @Test func anEditorsLabelInBracketsIsAnAside() {
        let a = Fixtures.build("""
        The Order Sent Abroad

        The ministry sent the order to every consul in the autumn, and it is reproduced here as it was printed.

        [Circular.]

        The consuls will receive the order by the next post and will make it known in their districts without delay.
        """)
        #expect(a.paragraphs[2].kind == .aside)
    }

    @Test func aClosingCallOverTheLastParagraphIsItsHeading() {
        let a = Fixtures.build("""
        What we learned from our designers

        We asked the whole team what they had learned from one another, and the answers filled a long document.

        Join us!

        It was fun to look back on a year of work together, and we are always looking for new people to share it with, so see our open positions.
        """)
        #expect(a.kinds() == [.title, .body, .heading, .body])
        #expect(a.sections.last?.title == "Join us!")
    }

    @Test func aCallBetweenParagraphsStaysAnAside() {
        let a = Fixtures.build("""
        What we learned from our designers

        We asked the whole team what they had learned from one another, and the answers filled a long document.

        Subscribe now

        The first answer came from a designer who had joined the team in the spring and worked on three projects since.

        The second came from a researcher who had been with the team for five years and led most of its interviews.
        """)
        #expect(a.paragraphs[2].kind == .aside)
    }

    @Test func aClosingLineOfNamesIsACreditsAside() {
        let a = Fixtures.build("""
        What we learned from our designers

        We asked the whole team what they had learned from one another, and the answers filled a long document.

        Launch team: Jane Smith, Peter Mills, Anna Lee, John Harland, and Mary Brown

        Employment outcomes: the site shows, for the first time, what former students earn ten years after they enrol.
        """)
        #expect(a.paragraphs[2].kind == .aside)
        #expect(a.paragraphs[3].kind == .body)
    }
}
