import ArticleModel
import Testing
@testable import Explorer

/// The main states rendered at three sizes and compared with `__Snapshots__/`.
@Suite struct SnapshotTests {
    static let sizes: [(Int, Int)] = [(120, 40), (80, 24), (50, 20)]

    static func states(_ w: Int, _ h: Int) -> [(String, State)] {
        let start = Fixture.state(w, h)
        let sectionOpened = run(start, .sectionsPane, .down, .open)
        let searched = run(typing(run(start, .search), "putin"), .open, .nextMatch)
        let entity = run(start, .entitiesPane, .down, .open)
        let relations = run(start, .relationsPane, .down)
        let graph = run(start, .relationsPane, .toggleGraph)
        let help = run(start, .help)
        let annotated = run(start, .nextAnnotation)
        let followed = run(annotated, .follow)
        let back = run(followed, .back)
        return [("start", start), ("section-opened", sectionOpened), ("search", searched), ("entity", entity),
                ("relations", relations), ("graph", graph), ("help", help), ("annotation-followed", followed),
                ("annotation-back", back)]
    }

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func mainStates(size: String) {
        let parts = size.split(separator: "x").map { Int($0)! }
        for (name, state) in Self.states(parts[0], parts[1]) {
            assertSnapshot(render(state), named: "\(name)-\(size)")
        }
    }

    @Test func backRestoresTheScreenExactly() {
        for (w, h) in Self.sizes {
            let states = Dictionary(uniqueKeysWithValues: Self.states(w, h))
            let annotated = run(Fixture.state(w, h), .nextAnnotation)
            #expect(render(states["annotation-back"]!).text == render(annotated).text)
        }
    }

    @Test func searchHitsAreHighlightedAndCounted() {
        let s = run(typing(run(Fixture.state(), .search), "putin"), .open, .nextMatch)
        let screen = render(s)
        var hit = 0, current = 0
        for c in screen.cells {
            if c.style.role == .searchHit { hit += 1 }
            if c.style.role == .searchCurrent { current += 1 }
        }
        #expect(current == 5)
        #expect(hit >= 5 * 2)
        #expect(screen.line(39).contains("[2/5]"))
    }

    @Test func aLongQueryShowsItsEndAndNeverRunsIntoTheHints() {
        let typed = String(repeating: "x", count: 300) + "putin"
        let s = typing(run(Fixture.state(80, 24), .search), typed)
        let line = render(s).line(23)
        #expect(line.count == 80, "\(line)")
        #expect(line.hasPrefix(" /  …") && line.contains("xputin▏  no match  Enter"), "[\(line)]")
        #expect(line.trimmingTrailingSpaces().hasSuffix("Enter keep  Esc cancel"))
        #expect(!line.contains("Enterx") && !line.contains("xkeep"))
        // Too narrow for both: the hints give way, the end of the query stays.
        let narrow = render(typing(run(Fixture.state(40, 12), .search), typed)).line(11)
        #expect(narrow.contains("xputin▏") && !narrow.contains("keep"))
        // A short query is drawn as before: whole, with the hints.
        let short = render(typing(run(Fixture.state(80, 24), .search), "putin")).line(23)
        #expect(short.hasPrefix(" /  putin▏") && short.contains("Enter keep"))
    }

    @Test func mentionsAreColouredByTypeAndTheSelectedEntityEmphasised() {
        let s = Fixture.state()
        let screen = render(s)
        let reader = s.layout.panes[.reader]!
        let y = (0..<40).first { screen.line($0).contains("Xi Jinping met") }!
        let line = screen.line(y)
        let xi = line.distance(from: line.startIndex, to: line.range(of: "Xi Jinping met")!.lowerBound)
        #expect(screen[xi, y].style.role == .person)
        #expect(!screen[xi, y].style.attributes.contains(.underline))
        let moscow = line.distance(from: line.startIndex, to: line.range(of: "Moscow")!.lowerBound)
        #expect(screen[moscow, y].style.role == .place)
        let putin = line.distance(from: line.startIndex, to: line.range(of: "Putin")!.lowerBound)
        #expect(screen[putin, y].style.attributes.contains(.bold)) // Putin is selected
        #expect(reader.contains(xi, y))
    }

    @Test func theSectionBeingReadStaysInView() {
        // One section per paragraph, three outline rows at 80×16: reading the end scrolls the outline.
        var article = Fixture.article
        article.sections = article.paragraphs.indices.map { Section(title: "Part \($0)", level: 1, first: $0, last: $0) }
        let s = run(State(article: article, width: 80, height: 16), .bottom)
        #expect(s.currentSection == 8)
        #expect(render(s).text.contains("▸ Part 8"))
        #expect(!render(s).text.contains("Part 0"))
        #expect(render(run(s, .sectionsPane)).text.contains("Part 0")) // focused: its own scroll
    }

    @Test func crossReferencesAreUnderlinedAndAnnotationsHaveAHeader() {
        let screen = render(Fixture.state())
        let y = (0..<40).first { screen.line($0).contains("As discussed above") }!
        let line = screen.line(y)
        let x = line.distance(from: line.startIndex, to: line.range(of: "As discussed")!.lowerBound)
        #expect(screen[x, y].style.attributes.contains(.underline))
        #expect(screen.text.contains("✎ update → § Introduction: “Xi Jinping met"))
        #expect(screen.text.contains("— Xi Jinping, 2017"))
    }
}
