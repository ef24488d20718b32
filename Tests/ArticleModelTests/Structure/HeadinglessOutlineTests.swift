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

    /// A few short lines between two long stretches ("All right.", "Thank you so much.") are no part of their
    /// own, however many paragraphs they are: their title could only be a stray word ("Assume", "Guys").
    @Test func aFewShortLinesAreNoPartOfTheirOwn() {
        var paragraphs = ["Remarks at the Harbour Board"]
        for k in 0..<9 {
            paragraphs.append("The harbour board spent the morning on the dredging of the channel, the cost of the new quay and the "
                + "fishing fleet that needs deeper water at low tide, point \(k).")
        }
        paragraphs += ["All right.", "I assume this works?", "Thank you so much."]
        for k in 0..<9 {
            paragraphs.append("The school board then turned to the teachers' pay, the size of the classes and the buses that take "
                + "the children from the hill farms to the town, point \(k).")
        }
        paragraphs += ["Thank you all.", "Good night, you guys."]
        let a = Fixtures.build(paragraphs.joined(separator: "\n\n"))
        #expect(a.sections.count >= 2, "\(a.sections.map(\.title))")
        for s in a.sections {
            let running = (s.first...s.last).filter { a.paragraphs[$0].kind != .title }
            let words = running.reduce(0) { $0 + a.text(a.paragraphs[$1].range).split(separator: " ").count }
            #expect(words >= Sectioner.minPartWords, "\(s.title) ¶\(s.first)–\(s.last)")
        }
        #expect(!a.sections.contains { ["Assume", "Guys", "All right."].contains($0.title) })
        SectionTests.checkCoverage(a)
    }
}
