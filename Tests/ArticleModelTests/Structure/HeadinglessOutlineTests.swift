import Testing
@testable import ArticleModel

/// Texts without headings on made-up chapters: captions around figure placeholders (issue 13
/// item 4), and the outline a reader would write (item 9): topic parts at the top level, counted in
/// paragraphs of running text, endnotes a section of their own, titles that are noun phrases.
@Suite struct HeadinglessOutlineTests {
    static let body = "The council met on Tuesday evening and heard from residents about the plans for the district."

    @Test func shortLinesNextToAFigurePlaceholderAreCaptions() {
        let a = Fixtures.build("""
        Songs of the Coast

        \(Self.body)

        Harbour Song

        [Figure 3]

        Inland [Figure 4]     Hills [Figure 5]

        \(Self.body)
        """)
        #expect(a.kinds() == [.title, .body, .caption, .caption, .caption, .body])
        #expect(a.sections.allSatisfy { a.paragraphs[$0.first].kind != .caption })
    }

    static func chapter() -> String {
        var paragraphs = ["XI", "SONGS OF THE COAST AND THE HILLS"]
        for k in 0..<12 {
            paragraphs.append("The fishermen of the coast sang their harbour songs while they mended the nets on the quay, verse \(k).")
            if k % 3 == 0 { paragraphs.append("[Figure \(k)]") }
        }
        for k in 0..<12 {
            paragraphs.append("The shepherds in the hills kept older tunes for the flocks and the long winter evenings by the fire, verse \(k).")
        }
        paragraphs.append("[1] The tunes were written down by the parish clerk in 1850.")
        return paragraphs.joined(separator: "\n\n")
    }

    @Test func aChapterWithoutHeadingsHasItsTopicPartsAtTheTopAndItsNotesApart() {
        let a = Fixtures.build(Self.chapter())
        let n = a.paragraphs.count
        #expect(a.sections.allSatisfy { $0.level == 1 })
        #expect(a.sections.first.map { [$0.first, $0.last] } == [0, 1])
        #expect(a.sections.last.map { [$0.title, "\($0.first)"] } == ["Notes", "\(n - 1)"])
        // 24 paragraphs of running text (and four placeholders): three parts, none of them cut in the middle of a topic.
        let parts = a.sections.dropFirst().dropLast()
        #expect(parts.count == 3)
        #expect(parts.contains { $0.first == a.paragraph(startingWith: "The shepherds") })
        SectionTests.checkCoverage(a)
    }

    @Test func partTitlesNeverEndInAFunctionWord() {
        let a = Fixtures.build(Self.chapter())
        let bad = Set(Sectioner.shortFunctionWords)
        for s in a.sections {
            let last = s.title.split(separator: " ").last.map { $0.lowercased() } ?? ""
            #expect(!bad.contains(last), "\(s.title)")
        }
    }

    /// A month dates a part, it does not say what the part is about: never a part's title alone.
    @Test func aLoneMonthNeverTitlesAPart() {
        var paragraphs = ["THE HARBOUR YEAR"]
        for k in 0..<12 {
            paragraphs.append("The shepherds in the hills kept older tunes for the flocks and the long winter evenings by the fire, verse \(k).")
        }
        for k in 0..<12 {
            paragraphs.append("The storm reached the harbour wall early in October, and by the end of October the fishermen had lost their boats to the storm, day \(k).")
        }
        let a = Fixtures.build(paragraphs.joined(separator: "\n\n"))
        #expect(a.sections.count >= 2)
        #expect(!a.sections.contains { $0.title == "October" }, "\(a.sections.map(\.title))")
    }
}
