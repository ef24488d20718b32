import ArticleModel
import Testing
@testable import Explorer

/// Layouts that never cut meaning: at the sizes people try, what is cut ends in "…", the help wraps at
/// its width, the relations pane keeps its most useful columns, and the status line never overprints.
@Suite struct LayoutFitTests {
    static let sizes: [(Int, Int)] = [(200, 60), (120, 40), (100, 30), (80, 24), (60, 20), (45, 15)]

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func helpWrapsAtItsWidthAndKeepsEveryWord(size: String) {
        let p = size.split(separator: "x").map { Int($0)! }
        let s = run(Fixture.state(p[0], p[1]), .help)
        let width = State.helpBoxWidth(s.width) - 4
        let lines = s.helpLines
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(lines.filter { DisplayWidth.of($0) > width })")
        let all = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        for spec in Actions.table { #expect(all.contains(spec.help), "\(spec.help) at \(size)") }
        // The status line's mode and hints do not overprint each other.
        #expect(render(s).line(s.height - 1).hasPrefix(" HELP "))
    }

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func cutTitlesAndMessagesEndInAnEllipsis(size: String) {
        let p = size.split(separator: "x").map { Int($0)! }
        let title = "An Exceedingly Long Title About The Alliance Between Two Great Powers" + String(repeating: " And What It Means", count: 10)
        let a = Fixture.build(Fixture.text.replacingOccurrences(of: "Alliance Notes", with: title))
        let s = State(article: a, width: p[0], height: p[1])
        let screen = render(s)
        let frame = (0..<s.height).map { screen.line($0) }.first { $0.contains("2 An Exceedingly") } ?? ""
        #expect(frame.contains("…"), "\(frame)")
        let long = reduce(s, .note(String(repeating: "a long note ", count: 30)))
        #expect(render(long).line(p[1] - 1).trimmingTrailingSpaces().hasSuffix("…"))
    }

    @Test func relationColumnsDropTheBarBeforeTheLabelAndTheLabelBeforeTheEvidence() {
        for width in 20...220 {
            let c = relationColumns(width, longestName: 30, weight: 4)
            #expect(c.bar == 0 || c.label > 0, "width \(width): a bar without a label")
            let used = c.name + 1 + (c.bar > 0 ? c.bar + 1 : 0) + 4 + (c.label > 0 ? c.label + 2 : 0)
            #expect(c.label == 0 || used + 16 <= width - 2, "width \(width): the label left no room for the evidence")
        }
        // The two-column layout's relations pane (80 and 100 wide terminals) keeps the evidence.
        for (w, h) in [(80, 24), (100, 30)] {
            let s = run(Fixture.state(w, h), .relationsPane)
            let r = s.layout.panes[.relations]!
            let line = render(s).line(r.y + 1)
            #expect(line.contains("“"), "\(w)x\(h): \(line)")
        }
    }
}
