import ArticleModel
import Testing
@testable import Explorer

/// Annotations link both ways, and name their target as the reader shows it; the text width.
@Suite struct AnnotationLinkTests {
    let start = Fixture.state()

    func text(_ s: State) -> String { render(s).text }

    @Test func anUpdatedPassageIsMarkedAndItsMarkOpensTheUpdate() {
        let p2 = start.document.firstRow[2]
        let screen = render(start)
        #expect(screen.line(1 + p2).contains("│✎Xi Jinping met"))
        let s = run(cursor(start, at: p2), .follow)
        #expect(s.document.rows[s.readerCursor].kind == .annotationHeader && s.cursorParagraph == 7)
        #expect(s.history.index == 1)
        // And back the other way from the update's header.
        #expect(run(s, .follow).readerCursor == p2)
        #expect(render(cursor(start, at: p2)).line(start.height - 1).contains("f → update in § Hamburg"))
    }

    @Test func theHeaderNamesItsTargetByWordsNotNumbers() {
        let s = run(start, .nextAnnotation)
        let header = render(s).line(1 + s.readerCursor)
        #expect(header.contains("✎ update → § Introduction: “Xi Jinping met Vladimir Putin in…”"), "\(header)")
        #expect(!header.contains("¶"))
        let numbered = run(s, .toggleNumbers)
        #expect(numbered.message == "paragraph numbers shown")
        let lines = render(numbered).text
        #expect(lines.contains("✎ update → ¶2"))
        #expect(lines.contains("¶7"))
        #expect(numbered.document.width == s.document.width - numbered.numberColumns)
        #expect(!run(numbered, .toggleNumbers).paragraphNumbers)
    }

    @Test func textWidthIsCappedCentredAndSetWithPlusMinusEquals() {
        let wide = Fixture.state(200, 60)
        #expect(wide.document.width == State.defaultTextWidth)
        #expect(wide.readerTextOffset == (wide.layout.readerTextWidth - State.defaultTextWidth) / 2)
        let wider = run(wide, .widerText)
        #expect(wider.document.width == State.defaultTextWidth + 4 && wider.message == "text width 92 columns")
        #expect(run(wider, .defaultTextWidth).document.width == State.defaultTextWidth)
        #expect(run(wide, .narrowerText, .narrowerText).document.width == State.defaultTextWidth - 8)
        // A pane narrower than the text width wraps to the pane, as before.
        #expect(start.document.width == start.layout.readerTextWidth && start.readerTextOffset == 0)
        var narrow = start
        for _ in 0..<100 { narrow = run(narrow, .narrowerText) }
        #expect(narrow.document.width == State.textWidths.lowerBound)
        // The place is kept across a change of width.
        let reading = run(cursor(wide, at: wide.document.firstRow[6]), .narrowerText)
        #expect(reading.cursorParagraph == 6)
    }

    @Test func aClickOnACentredTextFindsItsLink() {
        let wide = Fixture.state(200, 60)
        let y = 1 + wide.document.firstRow[2]
        let line = render(wide).line(y)
        let x = line.distance(from: line.startIndex, to: line.range(of: "Putin")!.lowerBound)
        let clicked = reduce(wide, .mouse(.click(x: x, y: y)))
        #expect(clicked.entityDetail == 0)
    }
}
