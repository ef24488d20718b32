import Testing
@testable import ArticleModel

/// Titles of headless parts are noun phrases (issue 13 item 9): a capitalised word the part keeps using
/// in one phrase is titled by the phrase, an adjective alone and a verb before its object never title a part.
@Suite struct PartTitleTests {
    static func table(_ paragraphs: [String]) -> (ParagraphTable, ClosedRange<Int>) {
        let a = Fixtures.build((["Songs of the Coast"] + paragraphs).joined(separator: "\n\n"))
        var table = ParagraphTable(text: a.bytes, paragraphs: a.paragraphs)
        table.kinds = a.paragraphs.map(\.kind)
        return (table, 1...(a.paragraphs.count - 1))
    }

    @Test func aCapitalisedWordTakesThePhraseThePartKeepsUsing() {
        let (t, part) = Self.table([
            "The German folk song proper is older than any ballad the collectors wrote down.",
            "Collectors of German folk song went from village to village in the long summers.",
            "Not every German folk song was first sung in German, as the parish books show.",
        ])
        #expect(Sectioner.recurringPhrase("German", t, part, lowercase: false) == "German folk song")
        // Only capitalised occurrences say what the phrase is: "hope and history rhyme" is a clause.
        let (h, hp) = Self.table([
            "History teaches us that the harbour was built twice, once by the Romans and once by the monks.",
            "The mayor hoped that for once hope and history rhyme in the town's new plans.",
            "When hope and history rhyme, he said, a town builds what it needs.",
        ])
        #expect(Sectioner.recurringPhrase("History", h, hp, lowercase: false) == "History")
    }

    @Test func anAdjectiveAloneNeverTitlesAPart() {
        let (t, part) = Self.table([
            "The emotional element marks the second class of songs, sung at weddings and wakes.",
            "Its emotional and declamatory elements are hard to tell apart in the older tunes.",
            "A purely emotional song needs no words at all, the collectors wrote.",
        ])
        #expect(Sectioner.recurringPhrase("emotional", t, part, lowercase: true) == nil)
        // A noun that modifies the next word once is still a noun.
        let (p, pp) = Self.table(["Is there a press person here today who can answer the question?"])
        #expect(Sectioner.recurringPhrase("press", p, pp, lowercase: true) == "press")
    }

    @Test func aVerbBeforeItsObjectIsNotAQualifier() {
        let (t, part) = Self.table(["To hear as well as to feel music, we must know the songs it came from."])
        #expect(Sectioner.nameRun(t.text, t.ranges, part, "music") == "music")
        let (f, fp) = Self.table(["The fishermen sang their old folk music on the quay every evening."])
        #expect(Sectioner.nameRun(f.text, f.ranges, fp, "music") == "folk music")
    }
}
