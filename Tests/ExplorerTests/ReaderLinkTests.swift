import ArticleModel
import Testing
@testable import Explorer

/// The reader's cursor is on a link, not only a line: `w`/`b` move between links on and across rows,
/// `f` follows the current one, a click follows the one under the pointer.
@Suite struct ReaderLinkTests {
    let start = Fixture.state()
    let a = Fixture.article

    func name(_ s: State) -> String? {
        guard case .mention(let m)? = s.currentLink?.kind else { return nil }
        return a.entities[a.mentions[m].entity].name
    }

    @Test func wAndBMoveBetweenTheLinksOfALine() {
        var s = cursor(start, at: start.document.firstRow[2]) // "Xi Jinping met Vladimir Putin in Moscow. China …"
        // The row's first link is current until another is chosen: the mark of the update to this passage.
        guard case .update? = s.currentLink?.kind else { Issue.record("no update mark first"); return }
        s = run(s, .nextLink)
        #expect(name(s) == "Xi Jinping")
        s = run(s, .nextLink)
        #expect(name(s) == "Vladimir Putin")
        s = run(s, .nextLink, .nextLink)
        #expect(name(s) == "China")
        s = run(s, .previousLink)
        #expect(name(s) == "Moscow")
        // f follows the chosen link, not the first of the line.
        let followed = run(s, .follow)
        #expect(followed.focus == .entities && followed.entityDetail == 5)
    }

    @Test func wAndBCrossLinesAndSayWhenThereIsNoMore() {
        let first = cursor(start, at: start.document.firstRow[2])
        var s = first
        var seen: [ReaderLink] = []
        while s.message == nil, seen.count < 100 {
            if let l = s.currentLink { seen.append(l) }
            s = run(s, .nextLink)
        }
        #expect(s.message == "no link below")
        // Every link after the start is visited once, in reading order, across rows.
        let starts = seen.map(\.range.start)
        #expect(starts == starts.sorted() && Set(seen).count == seen.count)
        #expect(Set(seen.map { a.paragraph(containing: max(0, $0.range.start)) ?? -1 }).count > 3)
        #expect(seen.contains { if case .crossReference = $0.kind { return true }; return false })
        // And back again with b.
        var back = s
        for _ in 0..<(seen.count - 1) { back = run(back, .previousLink) }
        #expect(back.currentLink == seen.first)
        #expect(run(run(start, .top), .previousLink).message == "no link above")
    }

    @Test func theCurrentLinkIsShownReversedAndNamedInTheStatusLine() {
        let s = run(cursor(start, at: start.document.firstRow[2]), .nextLink, .nextLink)
        let screen = render(s)
        let y = 1 + s.readerCursor
        let line = screen.line(y)
        let x = line.distance(from: line.startIndex, to: line.range(of: "Vladimir")!.lowerBound)
        #expect(screen[x, y].style.attributes.contains(.reverse))
        #expect(screen.line(s.height - 1).contains("f Vladimir Putin"))
    }

    @Test func anUpdatesHeaderAndACrossReferenceAreLinks() {
        let header = run(start, .nextAnnotation)
        guard case .annotation? = header.currentLink?.kind else { Issue.record("no link on the header"); return }
        #expect(run(header, .follow).cursorParagraph == 2)
        var s = cursor(start, at: start.document.firstRow[3])
        while s.message == nil, !(s.currentLink.map { if case .crossReference = $0.kind { return true }; return false } ?? false) {
            s = run(s, .nextLink)
        }
        let followed = run(s, .follow)
        #expect(followed.cursorParagraph == 2 && followed.focus == .reader)
        #expect(run(followed, .back).readerCursor == s.readerCursor)
    }

    @Test func aClickFollowsTheLinkUnderThePointer() {
        let s = start
        let y = 1 + s.document.firstRow[2]
        let line = render(s).line(y)
        let x = line.distance(from: line.startIndex, to: line.range(of: "Putin")!.lowerBound) + 2
        let clicked = reduce(s, .mouse(.click(x: x, y: y)))
        #expect(clicked.focus == .entities && clicked.entityDetail == 0) // Vladimir Putin, the second link
        // A click beside the links only moves the cursor.
        let plain = reduce(s, .mouse(.click(x: line.distance(from: line.startIndex, to: line.range(of: " met ")!.lowerBound) + 2, y: y)))
        #expect(plain.focus == .reader && plain.readerCursor == y - 1)
    }

    @Test func outsideTheReaderWAndBSayWhere() {
        #expect(run(start, .entitiesPane, .nextLink).message?.contains("reader") == true)
    }
}
