import ArticleModel
import Testing
@testable import Explorer

/// The help overlay in the smallest layout people try (45×15): it uses the width it has, wraps its
/// entries under their help column, and scrolls to its last line.
@Suite struct HelpSmallTests {
    @Test func theHelpAt45x15WrapsAndScrolls() throws {
        let s = run(Fixture.state(45, 15), .help)
        assertSnapshot(render(s), named: "help-45x15")
        let scrolled = run(s, .pageDown)
        assertSnapshot(render(scrolled), named: "help-45x15-page2")
        #expect(render(scrolled).text != render(s).text)
        // At the bottom the last entry shows, and the counter says the end is reached.
        let bottom = run(s, .bottom)
        let screen = render(bottom).text
        let lines = s.helpLines
        let last = try #require(lines.last)
        #expect(screen.contains(last.trimmingTrailingSpaces()))
        #expect(screen.contains("\(lines.count)/\(lines.count)"))
    }
}
