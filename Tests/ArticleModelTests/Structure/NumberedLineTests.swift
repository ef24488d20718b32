import Testing
@testable import ArticleModel

/// Numbered lines (issue 13, classes 2 and 7): headings with sub-headings, list items and the
/// numbered paragraphs of a paper, with made-up texts.
@Suite struct NumberedLineTests {
    static let body = "The council met on Tuesday evening to discuss the district schools, which have suffered from years of delayed repairs."

    @Test func aNumberedHeadingOverItsNumberedSubheadingIsAHeading() {
        let a = Fixtures.build("""
        Rebuilding the District

        \(Self.body)

        1. Background

        \(Self.body)

        2. Costs

        2.1 Buildings

        \(Self.body)

        2.2 Staff

        \(Self.body)
        """)
        #expect(a.kinds() == [.title, .body, .heading, .body, .heading, .heading, .body, .heading, .body])
        #expect(a.sections.map { "\($0.level) \($0.title)" } == ["1 Introduction", "1 1. Background", "1 2. Costs", "2 2.1 Buildings", "2 2.2 Staff"])
    }

    /// "3. (Re)Define …": a bracket may open the words after the number.
    @Test func aNumberedHeadingMayOpenWithABracket() {
        let a = Fixtures.build("""
        Rebuilding the District

        \(Self.body)

        1. Background

        \(Self.body)

        2. (Re)Building the Schools

        \(Self.body)
        """)
        #expect(a.kinds() == [.title, .body, .heading, .body, .heading, .body])
    }

    @Test func theLastItemOfANumberedListBeforeRunningTextIsAnItem() {
        let a = Fixtures.build("""
        Rebuilding the District

        The survey will cover:

        1. Roofs
        2. Heating systems
        3. Windows and doors
        4. Playgrounds

        \(Self.body)
        """)
        #expect(a.kinds() == [.title, .body, .listItem, .listItem, .listItem, .listItem, .body])
    }

    @Test func numberedParagraphsOfAPaperAreBodyWhateverTheirLength() {
        let a = Fixtures.build("""
        School Buildings

        1. The Government considers that the present state of school buildings in the district is a matter of serious concern and requires early action.

        2. The Government proposes to meet half of the cost of the repairs from central funds, provided that the county meets the rest within five years.

        3. The Government will review progress at the end of the second year.

        4. The following options were considered:

        (a) Local purchase, under which the county would buy from firms in the district.

        (b) A mixed scheme.

        5. The Government prefers the second option.
        """)
        #expect(a.kinds() == [.title, .body, .body, .body, .body, .listItem, .listItem, .body])
    }

    @Test func headingsLetteredInCapitalsAreHeadingsAndShortLetteredItemsAList() {
        let a = Fixtures.build("""
        The Long Campaign

        \(Self.body)

        A. Background

        \(Self.body)

        B. The war years

        \(Self.body)

        The survey will cover:

        A. Roofs
        B. Heating systems
        C. Windows

        \(Self.body)
        """)
        #expect(a.kinds() == [.title, .body, .heading, .body, .heading, .body, .body, .listItem, .listItem, .listItem, .body])
        #expect(a.sections.map(\.title) == ["Introduction", "A. Background", "B. The war years"])
    }
}
