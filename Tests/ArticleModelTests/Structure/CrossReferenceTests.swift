import Testing
@testable import ArticleModel

@Suite struct CrossReferenceTests {
    @Test func defaultArticleCrossReferences() throws {
        let a = try Fixtures.defaultArticle()
        let found = a.crossReferences.map { ($0.paragraph, a.text($0.range), $0.target) }
        let expected: [(Int, String, [Int]?)] = [
            (2, "As my colleague Adam Garrie has rightly written", nil),
            (5, "As I have discussed previously", nil),
            (11, "I have previously set out", nil),
            // The lengthy article of a year ago is reposted below, from the dateline to the end.
            (13, "I discussed this all in a lengthy article I wrote for The Duran exactly a year ago", Array(14...55)),
            (22, "The last paragraph", [21]),
            (23, "Since this was written", [19, 20, 21]),
            (34, "As I have discussed previously", nil),
            // The BRICS were last brought up in paragraph 49.
            (51, "This is as good a point as any to discuss", [49]),
        ]
        #expect(found.count == expected.count)
        for (f, e) in zip(found, expected) {
            #expect(f.0 == e.0)
            #expect(f.1 == e.1)
            #expect(f.2 == e.2)
        }
    }

    @Test func aboveBelowAndFootnotes() throws {
        let a = Fixtures.build("""
        Title

        The grain harvest failed in the eastern provinces, and prices doubled.[1]

        Trade with the neighbours continued much as before, see below.

        As discussed above, the grain harvest failure drove prices up in the east.

        The neighbours bought timber and sold salt, as they had for a century.

        [1] Ministry of Agriculture, annual report.
        """)
        let refs = a.crossReferences.map { (a.text($0.range), $0.target) }
        try #require(refs.count == 3)
        #expect(refs[0].0 == "[1]" && refs[0].1 == [5])
        #expect(refs[1].0 == "see below" && refs[1].1 == [4])
        #expect(refs[2].0 == "As discussed above" && refs[2].1 == [1])
    }

    @Test func phraseFindsItsSentenceAmongMany() throws {
        // One paragraph of many sentences: each phrase's sentence is found by a search, not a scan.
        let lines = (0..<50).map { "Line \($0) says nothing much." } + ["As discussed above, the harvest failed."]
        let a = Fixtures.build("Title\n\nThe harvest failed in the east.\n\n" + lines.joined(separator: " "))
        let p = a.paragraphs[2]
        let ranges = p.sentences.map { a.sentences[$0].range }
        #expect(ranges.count == 51)
        for (k, r) in ranges.enumerated() {
            #expect(CrossReferences.sentence(containing: r.start, p.sentences, a.sentences) == r, "sentence \(k)")
            #expect(CrossReferences.sentence(containing: r.end - 1, p.sentences, a.sentences) == r, "sentence \(k)")
        }
        #expect(CrossReferences.sentence(containing: p.range.end + 5, p.sentences, a.sentences) == nil)
        let refs = a.crossReferences.map { a.text($0.range) }
        #expect(refs == ["As discussed above"])
    }

    @Test func potsdamFootnoteMarkersPointOutside() throws {
        let a = try Fixtures.article(Fixtures.potsdam)
        #expect(a.crossReferences.map { a.text($0.range) } == ["[1]", "[2]", "[3]", "[4]"])
        #expect(a.crossReferences.allSatisfy { $0.target == nil })
    }

    @Test func editorialCorrectionsAreNotFootnotes() throws {
        let a = try Fixtures.article(Fixtures.pressConference)
        #expect(a.crossReferences.isEmpty) // "In the last 30 [300] days" is a correction
    }
}
