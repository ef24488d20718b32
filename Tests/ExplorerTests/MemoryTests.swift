import ArticleModel
import Testing
@testable import Explorer

/// Places remembered between runs: what the explorer hands back at the end (`memory`) and how it
/// resumes from it at the start (`Action.resume`), at another terminal size too.
@Suite struct MemoryTests {
    let start = Fixture.state(120, 16)

    func marked(_ s: State, _ letter: Character) -> State { run(run(s, .setMark), .insert(letter)) }

    @Test func aResumedRunIsWhereTheLastOneEndedAndSaysSo() {
        let read = run(start, .down, .down, .down, .nextSection)
        let m = read.memory
        #expect(m.place == read.place)
        // The next run, in a narrower terminal: the same text under the cursor, rows differ.
        let next = run(Fixture.state(80, 20), .resume(m, lastRead: "5 min ago"))
        #expect(next.place.readerCursor == read.place.readerCursor)
        #expect(next.cursorParagraph == read.cursorParagraph)
        #expect(next.message == "back at \(next.percent) % (last read 5 min ago)")
        // Nothing resumed: the top, and no message.
        #expect(Fixture.state(80, 20).readerCursor == 0 && Fixture.state(80, 20).message == nil)
    }

    @Test func marksAndTheJumpListComeBack() {
        var s = marked(run(start, .down, .down), "a")
        let markedCursor = s.place.readerCursor
        s = run(s, .bottom, .top, .bottom)
        let m = s.memory
        #expect(m.marks.keys.sorted() == ["a"])
        #expect(m.jumps.count == s.history.entries.count && m.jumpIndex == s.history.index)
        var next = run(Fixture.state(120, 16), .resume(m, lastRead: "just now"))
        #expect(next.history.entries.count == m.jumps.count && next.history.index == m.jumpIndex)
        #expect(run(next, .back).readerCursor == run(s, .back).readerCursor)
        next = run(run(next, .goToMark), .insert("a"))
        #expect(next.place.readerCursor == markedCursor)
        #expect(next.message == "mark a")
    }

    @Test func placesOutsideTheArticleAreBroughtWithinIt() {
        let far = Place(focus: .entities, readerTop: Anchor(paragraph: 9999, offset: 5), readerCursor: Anchor(paragraph: -3, offset: 1 << 40),
                        selectedEntity: 9999, entityDetail: -1)
        let s = run(start, .resume(Memory(place: far, marks: ["b": far], jumps: [far, far], jumpIndex: 7), lastRead: "yesterday"))
        #expect(s.focus == .entities)
        #expect(s.selectedEntity.map { Fixture.article.entities.indices.contains($0) } ?? true)
        #expect(s.entityDetail == nil)
        #expect(s.history.index == 1)
        #expect(s.marks["b"]?.readerTop.paragraph == Fixture.article.paragraphs.count - 1)
        #expect(s.message?.hasPrefix("back at ") == true)
    }

    /// A big text resumes on its first look (paragraphs only); the full model arriving keeps the
    /// resumed place and jump list.
    @Test func theFullModelKeepsAResumedPlaceAndJumpList() {
        let loaded = try! Loader.load(Array(Fixture.text.utf8))
        let m = run(start, .down, .down, .bottom, .up).memory
        var s = State(article: Article.paragraphsOnly(loaded), width: 120, height: 16, modelPending: true)
        s = reduce(s, .resume(m, lastRead: "just now"))
        #expect(s.place.readerCursor == m.place.readerCursor && s.history.entries.count == 2)
        let full = ArticleBuilder.build(loaded)
        s = reduce(s, .modelReady(BuiltModel(article: full, index: ArticleIndex(full))))
        #expect(s.place.readerCursor == m.place.readerCursor)
        #expect(s.history.entries.count == 2 && s.history.index == 1)
        #expect(run(s, .back).place.readerCursor == m.jumps[0].readerCursor)
    }
}
