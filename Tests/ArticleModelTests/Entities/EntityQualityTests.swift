import Content
import Foundation
import Testing
@testable import ArticleModel

/// The quality benchmark: entity lists against hand labels in Tests/Fixtures (`dossier quality`
/// prints the same figures).
@Suite struct EntityQualityTests {
    static let fixtures = Fixtures.directory

    func report(_ stem: String) throws -> QualityReport {
        let labels = try String(contentsOf: Self.fixtures.appendingPathComponent(stem + ".entities.tsv"), encoding: .utf8)
        let bytes: [UInt8]
        if stem + ".txt" == Content.defaultArticleName {
            bytes = try Content.defaultArticle()
        } else {
            bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent(stem + ".txt")))
        }
        let article = try ArticleBuilder.build(bytes: bytes, knowledge: sharedKnowledge)
        let r = EntityQuality.score(article.entities, labels: EntityQuality.parseLabels(labels))
        print("\(stem): P \(r.precision) R \(r.recall) F1 \(r.f1)\n  missed: \(r.missed)\n  spurious: \(r.spurious)\n  duplicates: \(r.duplicates)")
        return r
    }

    @Test func defaultArticle() throws {
        let r = try report("understanding-the-chinese-russian-alliance")
        #expect(r.f1 >= 0.95)
        #expect(r.duplicates.isEmpty)
    }

    @Test(arguments: ["02_biden-zelenskyy-joint-press-conference", "04_biden-vo-van-thuong-state-luncheon-hanoi",
                      "05_sullivan-arms-control-association-forum"])
    func devsetTexts(_ stem: String) throws {
        let r = try report(stem)
        #expect(r.f1 >= 0.85)
        #expect(r.duplicates.isEmpty)
    }

    /// The encyclopedia article: many historical places and documents. One known duplicate: the
    /// text names the Potsdam Conference by its formal title in an aside ("Three Power Conference
    /// of Berlin (formal title of the Potsdam Conference)"), which the resolver does not link.
    @Test func encyclopediaArticle() throws {
        let r = try report("03_potsdam-agreement")
        #expect(r.f1 >= 0.85)
        withKnownIssue("appositive formal title listed as a second entity") {
            #expect(r.duplicates.isEmpty)
        }
    }

    /// The second held-out text. Known duplicates: the source misspells the Politburo once ("Poliburo"),
    /// and calls the congress "a significant Communist Party Congress", which is listed apart.
    @Test func heldOutEncyclopediaArticle() throws {
        let r = try report("06_10th-national-congress-cpc")
        #expect(r.f1 >= 0.85)
        withKnownIssue("a misspelt name and a generic description listed apart") {
            #expect(r.duplicates.isEmpty)
        }
    }

    /// Hand counts for the ten most mentioned entities of the default article, by the counting rule
    /// of the export contract (demonyms count; "South China Sea", the "China" in "Communist Party of
    /// China" and the "BRICS" in "BRICS Bank" do not; "Western" counts for the West).
    @Test func mentionCountsOfTheTopTenWithinTenPercent() throws {
        let article = try ArticleBuilder.build(bytes: try Content.defaultArticle(), knowledge: sharedKnowledge)
        let hand = ["China": 96, "Russia": 81, "Vladimir Putin": 25, "US": 24, "Xi Jinping": 21, "West": 13,
                    "BRICS": 9, "India": 9, "Donald Trump": 7, "Beijing": 6]
        for (name, count) in hand {
            let e = try #require(article.entity(name), "missing \(name)")
            #expect(abs(e.mentionCount - count) * 10 <= count, "\(name): \(e.mentionCount) vs hand count \(count)")
        }
        let top = article.entities.prefix(10).map(\.name)
        #expect(Set(top) == Set(hand.keys))
    }

    @Test func scoringRule() {
        let labels = EntityQuality.parseLabels("person\tVladimir Putin\tPutin\ncountry\tChina\t\n")
        let e = { (n: String, a: [String]) in Entity(id: n, name: n, type: .person, aliases: a, mentionCount: 1, paragraphs: []) }
        let r = EntityQuality.score([e("Vladimir Putin", []), e("Putin", []), e("Suffice", [])], labels: labels)
        #expect(r.correct == 1 && r.found == 1)
        #expect(r.duplicates == ["Putin"])
        #expect(r.spurious == ["Suffice"])
        #expect(r.missed == ["China"])
        #expect(abs(r.precision - 1.0 / 3) < 1e-9 && abs(r.recall - 0.5) < 1e-9)
    }

    /// A name listed as `unknown` is found (it is an entity) but never has the right type; another tool's list
    /// may say `unknown` too.
    @Test func anUnknownListingIsFoundButWronglyTyped() {
        let labels = EntityQuality.parseLabels("person\tVladimir Putin\tPutin\ncountry\tChina\t\n")
        let listed = EntityQuality.parseListed("Vladimir Putin\tunknown\t\nChina\tcountry\t\n")
        #expect(listed.map(\.type) == [.unknown, .country])
        let r = EntityQuality.score(listed, labels: labels)
        #expect(r.found == 2 && r.correct == 2 && r.f1 == 1)
        #expect(r.typedCorrect == 1 && r.typedF1 == 0.5)
        #expect(r.mistyped.map(\.name) == ["Vladimir Putin"] && r.mistyped.map(\.listed) == [.unknown])
    }

    /// A labels table saved on Windows (CRLF, or a spreadsheet's UTF-8 with a byte-order mark) is the same
    /// table: "\r\n" is one Swift character, so splitting at "\n" read the whole file as one line and no label.
    @Test func labelsWithWindowsLineEndsAndAByteOrderMark() {
        let unix = EntityQuality.parseLabels("person\tVladimir Putin\tPutin\ncountry\tChina\t\n")
        for text in ["\u{FEFF}person\tVladimir Putin\tPutin\r\ncountry\tChina\t\r\n", "person\tVladimir Putin\tPutin\rcountry\tChina\t\r"] {
            let labels = EntityQuality.parseLabels(text)
            #expect(labels.map(\.name) == unix.map(\.name))
            #expect(labels.map(\.type) == unix.map(\.type))
            #expect(labels.map(\.alternatives) == unix.map(\.alternatives))
        }
    }
}
