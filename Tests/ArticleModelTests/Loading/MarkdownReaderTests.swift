import Testing
@testable import ArticleModel

@Suite struct MarkdownReaderTests {
    static let notes = """
    ---
    title: "Field Notes on the Estuary"
    author: Ida Lind
    date: 2024-06-01
    ---

    # Field Notes on the Estuary

    The estuary changes with every tide, and these notes follow it through one summer.[^1]

    ## Birds

    > The terns came back on the first warm morning,
    > loud and certain.

    - Common terns nesting on the sand bar.
    - Oystercatchers along the mud flats.

    ## Water

    Salinity rose through July as the river ran low.

    ### Samples

    | site | salinity |
    |------|----------|
    | north | 12 |

    [^1]: Observations made from a kayak, twice a week.
    """

    @Test func structureAndFrontMatter() throws {
        let t = try MarkupReader.load(Array(Self.notes.utf8), format: .markdown)
        let p = HTMLReaderTests.paragraphs(t)
        #expect(p[0] == (.title, "Field Notes on the Estuary"))
        #expect(p[1] == (.byline, "By Ida Lind"))
        #expect(p[2] == (.dateline, "2024-06-01"))
        #expect(p.contains { $0.0 == .body && $0.1 == "The estuary changes with every tide, and these notes follow it through one summer.[1]" })
        #expect(p.contains { $0.0 == .quote && $0.1 == "The terns came back on the first warm morning, loud and certain." })
        #expect(p.filter { $0.0 == .listItem }.map(\.1) == ["Common terns nesting on the sand bar.", "Oystercatchers along the mud flats."])
        #expect(p.contains { $0.0 == .body && $0.1 == "north | 12" })
        #expect(p.contains { $0.0 == .note && $0.1 == "[1] Observations made from a kayak, twice a week." })
        let headings = zip(t.markup!.kinds, zip(t.markup!.levels, p.map(\.1))).filter { $0.0 == .heading }.map { "\($0.1.0) \($0.1.1)" }
        #expect(headings == ["2 Birds", "2 Water", "3 Samples"])
    }

    @Test func outlineEqualsTheHeadings() throws {
        let a = ArticleBuilder.build(try MarkupReader.load(Array(Self.notes.utf8), format: .markdown))
        #expect(a.title == "Field Notes on the Estuary")
        let outline = a.sections.map { "\($0.level) \($0.title)" }
        #expect(outline.contains("1 Birds") && outline.contains("1 Water") && outline.contains("2 Samples"))
    }

    /// Inline code keeps its backticks, so the reader shows it as code and no name is read in it
    /// (keys and identifiers in notes were people: "Press Enter", "Esc").
    @Test func inlineCodeStaysCodeAndNamesNoOne() throws {
        let md = "# Keys\n\nPress `Enter` to open a file and `Esc` to close it, as Maria Quist showed us.\n"
        let t = try MarkupReader.load(Array(md.utf8), format: .markdown)
        #expect(HTMLReaderTests.paragraphs(t).map(\.1).contains("Press `Enter` to open a file and `Esc` to close it, as Maria Quist showed us."))
        let names = ArticleBuilder.build(t).entities.map(\.name)
        #expect(names == ["Maria Quist"])
    }

    /// A heading's intro before its first subheading is the heading's own: the children are the
    /// subheadings alone, as the file's headings say (not a first child under the heading's title).
    @Test func aHeadingsIntroIsNotAChildOfItsOwn() throws {
        let text = "Field Notes\n\n# Alpha\n\nThe intro says what the two parts below are about.\n\n## Beta\n\nBeta text.\n\n"
            + "## Gamma\n\nGamma text.\n\n# Delta\n\nDelta text.\n"
        let a = ArticleBuilder.build(try MarkupReader.load(Array(text.utf8), format: .markdown))
        #expect(a.sections.map { "\($0.level) \($0.title) \($0.first)-\($0.last)" } == ["1 Alpha 0-6", "2 Beta 3-4", "2 Gamma 5-6", "1 Delta 7-8"])
        // A first heading that is the title, at the level of the other top headings, names its own section.
        let titled = ArticleBuilder.build(try MarkupReader.load(Array(text.dropFirst(13).utf8), format: .markdown))
        #expect(titled.title == "Alpha")
        #expect(titled.sections.map { "\($0.level) \($0.title) \($0.first)-\($0.last)" } == ["1 Alpha 0-5", "2 Beta 2-3", "2 Gamma 4-5", "1 Delta 6-7"])
        let notes = ArticleBuilder.build(try MarkupReader.load(Array(Self.notes.utf8), format: .markdown))
        #expect(notes.sections.filter { $0.title == "Water" }.map(\.level) == [1])
    }

    @Test func firstHeadingIsTheTitleWithoutFrontMatter() throws {
        let t = try MarkupReader.load(Array("# Plain Title\n\nSome text here.\n\n## Part\n\nMore.\n".utf8), format: .markdown)
        #expect(HTMLReaderTests.paragraphs(t).map(\.1) == ["Plain Title", "Some text here.", "Part", "More."])
        #expect(t.markup!.kinds.first == .title)
    }

    @Test func positionsMapToTheLineOfTheBlock() throws {
        let md = "---\ntitle: X\n---\nFirst block.\n\nSecond block.\n"
        let t = try MarkupReader.load(Array(md.utf8), format: .markdown)
        let bytes = Array(md.utf8)
        let second = try #require(zip(t.markup!.paragraphs, t.markup!.kinds).first { String(decoding: t.bytes[$0.0.start..<$0.0.end], as: UTF8.self) == "Second block." })
        let at = t.source.original(second.0.start)
        #expect(String(decoding: bytes[at..<(at + 13)], as: UTF8.self) == "Second block.")
    }

    @Test func tenThousandNestedQuotesAndListLevels() throws {
        let quotes = String(repeating: ">", count: 10_000) + " deep\n"
        let q = try MarkupReader.load(Array(quotes.utf8), format: .markdown)
        #expect(HTMLReaderTests.paragraphs(q).map(\.1).last == "deep")
        var lists = ""
        for level in 0..<10_000 { lists += String(repeating: " ", count: level * 2) + "- item \(level)\n" }
        let l = try MarkupReader.load(Array(lists.utf8), format: .markdown)
        #expect(!l.bytes.isEmpty)
    }
}
