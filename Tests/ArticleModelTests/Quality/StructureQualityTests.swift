import Foundation
import Testing
@testable import ArticleModel

@Suite struct StructureQualityTests {
    static let text = """
        The Budget Review

        By Jane Smith

        Spending and revenue

        The council spent more than it raised, as discussed below.[1]

        "We cannot go on like this," the treasurer said.

        1 Council minutes, March.
        """

    static let labels = """
        # made up for this test
        title\t\tThe Budget Review
        byline\t\tBy Jane Smith
        heading\t1\tSpending and revenue
        quote\t\t"We cannot go on
        note\t\t1 Council minutes
        section\t1\tFront matter\tThe Budget Review
        section\t1\tSpending and revenue\tSpending and revenue
        marker\t\t[1]\t1 Council minutes
        """

    @Test func labelsParseAndResolveInReadingOrder() {
        let labels = StructureLabels(parsing: Self.labels)
        #expect(labels.kinds.map(\.kind) == ["title", "byline", "heading", "quote", "note"])
        #expect(labels.sections.map(\.title) == ["Front matter", "Spending and revenue"])
        #expect(labels.markers == [.init(marker: "[1]", note: "1 Council minutes")])
        #expect(labels.badLines.isEmpty)
        #expect(labels.problems(text: Self.text).isEmpty)
        let index = OpeningIndex(texts: OpeningIndex.blankLineParagraphs(Self.text))
        #expect(labels.resolve(in: index).kinds == [0, 1, 2, 4, 5])
    }

    /// A heading right under its parent heading: the sectioner starts the child's section at the
    /// parent's paragraph; each heading is still judged by the level of the section it titles.
    @Test func headingLevelsAreThoseOfTheSectionsTheHeadingsTitle() {
        let body = "The council spent more than it raised, and the treasurer asked for a new plan before the summer."
        let article = try! ArticleBuilder.build(bytes: Array("""
            The Budget Review

            \(body)

            Spending and revenue

            Spending in the first year

            \(body)

            Spending in the second year

            \(body)
            """.utf8))
        #expect(article.sections.contains { $0.level == 2 && $0.title == "Spending in the first year" })
        let labels = StructureLabels(parsing: """
            title\t\tThe Budget Review
            heading\t1\tSpending and revenue
            heading\t2\tSpending in the first year
            section\t1\tThe Budget Review\tThe Budget Review
            """)
        let score = StructureQuality.score(article, labels: labels)
        #expect(score.headingLevels.right == 2 && score.headingLevels.of == 2)
    }

    @Test func brokenLabelsAreReported() {
        let labels = StructureLabels(parsing: "heading\t1\tNo such words\nnonsense line\n")
        #expect(labels.badLines == [2])
        #expect(labels.problems(text: Self.text).count == 2)
    }

    @Test func scoresCountWhatTheToolCallsEachParagraph() {
        let article = try! ArticleBuilder.build(bytes: Array(Self.text.utf8))
        let score = StructureQuality.score(article, labels: StructureLabels(parsing: Self.labels))
        let heading = score.kinds["heading"]!
        #expect(heading.labelled == 1)
        // What the tool lists is scored as it is, right or wrong.
        let listedHeadings = article.paragraphs.filter { $0.kind == .heading }.count
        #expect(heading.listed == listedHeadings)
        #expect(score.sections.labelled == 2 && score.sections.listed == article.sections.count)
        #expect(score.markers.of == 1)
    }

    @Test func commaJoinedWordPairsAreBadTitles() {
        #expect(StructureQuality.isWordPair("History, hope"))
        #expect(!StructureQuality.isWordPair("Military cooperation in the Baltic"))
        #expect(!StructureQuality.isWordPair("Roofs, roads and schools"))
    }

    /// Every label file of the unseen benchmark resolves against its own text: a broken key fails
    /// loudly instead of being scored as the tool's miss.
    @Test func unseenBenchmarkLabelsResolve() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/unseen")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".structure.tsv") }
        #expect(names.count >= 8)
        for name in names {
            let stem = String(name.dropLast(".structure.tsv".count))
            let text = try String(contentsOf: dir.appendingPathComponent(stem + ".txt"), encoding: .utf8)
            let labels = StructureLabels(parsing: try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))
            #expect(labels.problems(text: text) == [], "\(name)")
            #expect(!labels.kinds.isEmpty && !labels.sections.isEmpty, "\(name)")
        }
    }
}

@Suite struct RelationQualityTests {
    @Test func labelsAreRightOnlyWhereTheKeyStatesTheTie() {
        let article = try! ArticleBuilder.build(bytes: Array("""
            Talks in Paris

            President Macron met Chancellor Scholz in Paris on Monday. Macron and Scholz met again on Tuesday.
            """.utf8))
        let entities = EntityQuality.parseLabels("person\tEmmanuel Macron\tMacron\nperson\tOlaf Scholz\tScholz\nplace\tParis\t\n")
        let met = RelationQuality.score(article, entityLabels: entities,
                                        relationLabels: RelationLabel.parse("Emmanuel Macron\tOlaf Scholz\t*met\tPresident Macron met\n"))
        let denied = RelationQuality.score(article, entityLabels: entities,
                                           relationLabels: RelationLabel.parse("Emmanuel Macron\tOlaf Scholz\t\tPresident Macron met\n"))
        let pair = article.relations.first { r in
            Set([article.entities[r.source].name, article.entities[r.target].name]).isSuperset(of: ["Macron", "Scholz"].compactMap { n in
                article.entities.first { $0.name.hasSuffix(n) }?.name })
        }
        if pair?.label != nil {
            #expect(met.right >= 1 && met.mustHaveFound == 1)
            #expect(denied.right == met.right - 1)
        } else {
            #expect(met.mustHaveFound == 0 && met.missedMustHave.count == 1)
        }
    }

    @Test func headWordsMatchAcrossForms() {
        #expect(RelationQuality.sameTie("ambassador", "ambassador to"))
        #expect(RelationQuality.sameTie("welcomed", "will welcome"))
        #expect(!RelationQuality.sameTie("met", "alliance"))
    }

    @Test func typedF1CountsOnlyTheRightType() {
        let listed = [Entity(id: "vladimir-putin", name: "Vladimir Putin", type: .person, aliases: ["Putin"], mentionCount: 2, paragraphs: [1]),
                      Entity(id: "moscow", name: "Moscow", type: .place, aliases: [], mentionCount: 1, paragraphs: [1])]
        let typed = EntityQuality.score(listed, labels: EntityQuality.parseLabels("person\tVladimir Putin\tPutin\nplace\tMoscow\t\n"))
        let wrongType = EntityQuality.score(listed, labels: EntityQuality.parseLabels("country\tPutin\t\nplace\tThe Moscow\t\n"))
        #expect(typed.correct == 2 && typed.typedCorrect == 2 && typed.typedF1 == 1)
        #expect(wrongType.correct == 2 && wrongType.typedCorrect == 1)
        #expect(wrongType.mistyped.map(\.name) == ["Vladimir Putin"])
        #expect(EntityQuality.normal("The Kremlin") == "kremlin")
    }
}
