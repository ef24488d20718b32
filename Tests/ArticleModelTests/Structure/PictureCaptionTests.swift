import Testing
@testable import ArticleModel

/// A picture's caption without a "Figure" word: a short sentence without a verb between paragraphs.
@Suite struct PictureCaptionTests {
    @Test func aShortLineWithoutAVerbBetweenParagraphsIsACaption() {
        let a = Fixtures.build("""
        The old mill

        The mill stood on the river for two hundred years before the town bought it and turned its floors into a library and a school of crafts.

        The mill house, home of the miller's family from 1820 to 1901.

        The miller's family kept the house long after the wheel stopped, and the last of them sold it to the town in the spring of 1901.

        The last of the millers is still remembered.

        The town council voted to keep the wheel turning for visitors in summer, and volunteers oil it every week from May to September.
        """)
        #expect(a.kinds() == [.title, .body, .caption, .body, .body, .body])
    }
}
