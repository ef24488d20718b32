import ArticleModel
import Testing
@testable import Explorer

/// A name whose kind the text does not show is listed as `?` in its own colour, and the type filter
/// reaches it like any other type.
@Suite struct UnknownTypeTests {
    /// The fixture with Hamburg's type unknown.
    static func state() -> State {
        var a = Fixture.article
        let h = a.entities.firstIndex { $0.name == "Hamburg" }!
        a.entities[h].type = .unknown
        return State(article: a, width: 120, height: 40)
    }

    @Test func anUnknownEntityIsListedAsAQuestionMarkInItsOwnColour() {
        let s = Self.state()
        let screen = render(s)
        let y = (0..<40).first { screen.line($0).contains("Hamburg  ") && screen.line($0).contains("?") }
        #expect(y != nil)
        guard let y else { return }
        let line = screen.line(y)
        let mark = line.distance(from: line.startIndex, to: line.range(of: "?       Hamburg")!.lowerBound)
        #expect(screen[mark, y].style.role == .unknown)
        // In the reader its mentions take the same role.
        let ry = (0..<40).first { screen.line($0).contains("Trump watched from Hamburg") }!
        let rl = screen.line(ry)
        let at = rl.distance(from: rl.startIndex, to: rl.range(of: "Hamburg.")!.lowerBound)
        #expect(screen[at, ry].style.role == .unknown)
    }

    @Test func theTypeFilterReachesUnknownLast() {
        var s = run(Self.state(), .entitiesPane)
        var seen: [EntityType] = []
        for _ in 0..<EntityType.allCases.count {
            s = run(s, .cycleType)
            guard let t = s.typeFilter else { break }
            seen.append(t)
        }
        #expect(seen.last == .unknown)
        s = run(Self.state(), .entitiesPane)
        while s.typeFilter != .unknown { s = run(s, .cycleType) }
        #expect(s.entityRows.map { s.article.entities[$0].name } == ["Hamburg"])
    }

    @Test func everyThemeGivesUnknownItsOwnLook() {
        for depth in [ColorDepth.none, .eight, .many] {
            for name in [ThemeName.dark, .light] {
                let theme = Theme(name: name, depth: depth)
                #expect(theme.spec(.unknown) != theme.spec(.person), "\(name) \(depth)")
            }
        }
    }
}
