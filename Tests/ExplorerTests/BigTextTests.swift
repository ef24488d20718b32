import ArticleModel
import Testing
@testable import Explorer

/// A text bigger than `Document.windowBytes` is laid out only around the place being read, and a
/// paragraphs-only first look is swapped for the full model without moving the reader.
@Suite struct BigTextTests {
    /// About 3 MB: 30,000 numbered paragraphs, so a paragraph's number says where the reader is.
    static let big: Article = {
        var text = "A big text\n\n"
        for i in 1...30_000 {
            text += "Paragraph \(i) says something long enough to wrap onto a second line in a narrow reader, and then it stops.\n\n"
        }
        return Article.paragraphsOnly(try! Loader.load(Array(text.utf8)))
    }()

    func topParagraph(_ s: State) -> Int { s.document.rows[s.readerTop].paragraph }

    @Test func onlyAWindowIsLaidOutAndTheEndsAreReachable() {
        let s = State(article: Self.big, width: 120, height: 40)
        #expect(!s.document.isWhole)
        #expect(s.document.paragraphs.lowerBound == 0)
        #expect(s.document.paragraphs.count < Self.big.paragraphs.count / 2)
        let bottom = run(s, .bottom)
        #expect(bottom.cursorParagraph == Self.big.paragraphs.count - 1)
        #expect(bottom.percent == 100)
        #expect(bottom.document.paragraphs.upperBound == Self.big.paragraphs.count)
        let top = run(bottom, .top)
        #expect(top.readerCursor == 0 && top.cursorParagraph == 0 && top.percent == 0)
    }

    @Test func pagingThroughMovesTheWindowWithoutSkippingOrRepeating() {
        var s = State(article: Self.big, width: 120, height: 40)
        let firstWindow = s.document.paragraphs
        var last = topParagraph(s)
        var moves = 0
        while s.document.paragraphs == firstWindow || topParagraph(s) < firstWindow.upperBound + 100 {
            s = run(s, .pageDown)
            let p = topParagraph(s)
            // A page is 37 rows: about 18 two-line paragraphs with their blank lines.
            #expect(p > last && p <= last + 20, "page \(moves): top paragraph \(last) → \(p)")
            last = p
            moves += 1
            if moves > 5000 { Issue.record("the window never moved"); break }
        }
        // And back up across the edge.
        for _ in 0..<300 {
            let before = topParagraph(s)
            s = run(s, .pageUp)
            #expect(topParagraph(s) < before && topParagraph(s) >= before - 20)
        }
    }

    @Test func searchHitsAndResizeFarFromTheStartLayOutTheirPlace() {
        var s = State(article: Self.big, width: 120, height: 40)
        s = run(s, .bottom)
        s = run(s, .resize(width: 90, height: 30))
        #expect(s.cursorParagraph == Self.big.paragraphs.count - 1)
        s = run(s, .top)
        #expect(s.cursorParagraph == 0)
    }

    /// A section every ten paragraphs (3,000 of them): `}` and `{` step through their starts one at a time,
    /// across the edges of the laid-out window, and stop with a message at either end.
    @Test func sectionKeysStepThroughThousandsOfSectionsInOrder() {
        var a = Self.big
        a.sections = stride(from: 1, to: a.paragraphs.count, by: 10).map {
            Section(title: "Part \($0)", level: 1, first: $0, last: min($0 + 9, a.paragraphs.count - 1))
        }
        var s = State(article: a, width: 120, height: 40)
        for k in 0..<a.sections.count {
            s = run(s, .nextSection)
            #expect(s.cursorParagraph == a.sections[k].first && s.sectionSelection == k, "section \(k)")
            if s.cursorParagraph != a.sections[k].first { return }
        }
        #expect(run(s, .nextSection).message == "last section")
        for k in stride(from: a.sections.count - 2, through: 0, by: -1) {
            s = run(s, .previousSection)
            #expect(s.cursorParagraph == a.sections[k].first, "back to section \(k)")
            if s.cursorParagraph != a.sections[k].first { return }
        }
        #expect(run(s, .previousSection).message == "first section")
    }

    /// A search whose first hit is far outside the laid-out window moves it; Esc comes back.
    @Test func cancellingASearchFarAwayReturnsToWhereItBegan() {
        var a = Self.big
        a.searchIndex = SearchIndex(a.bytes, paragraphs: a.paragraphs.map(\.range))
        var s = State(article: a, width: 120, height: 40)
        s = run(s, .down, .down, .down)
        let before = s.place
        s = run(s, .search)
        s = typing(s, "29999")
        #expect(s.cursorParagraph == 29_999)
        #expect(!s.document.paragraphs.contains(0))
        s = run(s, .close)
        #expect(s.place.readerTop == before.readerTop && s.place.readerCursor == before.readerCursor)
    }

    @Test func theFullModelReplacesTheFirstLookInPlace() {
        let text = Array(Fixture.text.utf8)
        let loaded = try! Loader.load(text)
        var s = State(article: Article.paragraphsOnly(loaded), width: 120, height: 20, modelPending: true)
        #expect(render(s).text.contains("building the model"))
        #expect(render(s).text.contains("still being found"))
        s = run(s, .down, .down, .down, .down, .down, .down)
        let anchor = s.place.readerCursor
        let full = ArticleBuilder.build(loaded)
        s = reduce(s, .modelReady(BuiltModel(article: full, index: ArticleIndex(full))))
        #expect(!s.modelPending)
        #expect(s.place.readerCursor == anchor)
        #expect(!render(s).text.contains("building the model"))
        #expect(s.article.sentences.count == full.sentences.count)
    }
}

@Suite struct RelationRowTests {
    /// Weights in the thousands (a big text) keep a space before the label.
    @Test func aFourDigitWeightDoesNotRunIntoItsLabel() {
        var a = Fixture.article
        for i in a.relations.indices { a.relations[i].weight *= 1000 }
        var s = State(article: a, width: 120, height: 40)
        s = run(s, .relationsPane)
        let screen = render(s).text
        let rows = screen.split(separator: "\n").filter { $0.contains("█") }
        #expect(!rows.isEmpty)
        for row in rows { #expect(row.range(of: #"[0-9][A-Za-z–]"#, options: .regularExpression) == nil, "\(row)") }
    }
}
