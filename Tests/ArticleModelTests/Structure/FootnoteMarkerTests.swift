import Testing
@testable import ArticleModel

/// Footnote markers in the text linked to the notes in it (issue 13 item 8), on made-up texts.
@Suite struct FootnoteMarkerTests {
    static let body = "The council met on Tuesday evening and heard from residents about the plans for the district."

    func target(_ a: Article, _ marker: String) -> [Int]? {
        a.crossReferences.first { a.text($0.range) == marker }?.target
    }

    @Test func bracketedMarkersAfterASpaceLinkToEndnotesThatStartWithABareNumber() {
        let a = Fixtures.build("""
        Memorandum on the Harbour Dues

        The board agreed to lower the dues for fishing boats [1] and to review them each spring.[2]

        \(Self.body)

        1 Not published.

        2. Minutes of the board, 4 May, p. 12.
        """)
        #expect(a.kinds() == [.title, .body, .body, .note, .note])
        #expect(target(a, "[1]") == [3])
        #expect(target(a, "[2]") == [4])
    }

    @Test func superscriptMarkersMakeTheClosingNumberedLinesNotes() {
        let a = Fixtures.build("""
        The Old Mill

        The mill was rebuilt in 1802 after the flood.¹ The miller stayed on for ten years.²

        \(Self.body)

        1 County records, book 4.

        2 Ibid., p. 14.
        """)
        #expect(Array(a.kinds().suffix(2)) == [.note, .note])
        #expect(target(a, "¹") == [3])
        #expect(target(a, "²") == [4])
    }

    @Test func closingNumberedParagraphsWithoutMarkersStayBody() {
        let a = Fixtures.build("""
        Note on the Ferry

        \(Self.body)

        1. The Government considers that the ferry should run every day of the year, whatever the weather.

        2. The Government will review the timetable in the spring and report to the council.
        """)
        #expect(!a.kinds().contains(.note))
        #expect(a.crossReferences.isEmpty)
    }

    @Test func aSpacedNumberInBracketsWithoutANoteIsNoMarker() {
        let a = Fixtures.build("""
        Dues

        In the last 30 [300] days the board met twice, and its chair [2] said little.

        \(Self.body)
        """)
        #expect(a.crossReferences.isEmpty)
    }

    @Test func aStarMarkerLinksToTheClosingStarNote() {
        let a = Fixtures.build("""
        Memorandum on the Harbour Dues

        The board sent the memorandum* to the council, which read it on Tuesday and asked for the figures.

        \(Self.body)

        *Not printed.
        """)
        #expect(a.paragraphs[3].kind == .note)
        #expect(a.crossReferences.map { a.text($0.range) } == ["*"])
        #expect(target(a, "*") == [3])
        // A bulleted list is no note, and its stars are no markers.
        let list = Fixtures.build("""
        Dues

        \(Self.body)

        * lower dues

        * a new quay
        """)
        #expect(list.crossReferences.isEmpty)
        #expect(!list.kinds().contains(.note))
    }
}
