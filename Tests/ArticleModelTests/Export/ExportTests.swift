import Foundation
import Testing
@testable import ArticleModel

@Suite struct ExportTests {
    /// A name whose kind the text does not show is exported with the type `unknown`.
    @Test func anUnknownTypeIsExportedAsUnknown() throws {
        var a = try Fixtures.defaultArticle()
        a.entities = [Entity(id: "okafor", name: "Okafor", type: .unknown, aliases: [], mentionCount: 1, paragraphs: [1])]
        a.relations = []
        let o = try #require(try JSONSerialization.jsonObject(with: Data(ArticleJSON.export(a).utf8)) as? [String: Any])
        let entities = try #require(o["entities"] as? [[String: Any]])
        #expect(entities.first?["type"] as? String == "unknown")
    }

    @Test func exportFollowsTheContract() throws {
        var a = try Fixtures.defaultArticle()
        // Entities and relations come from the entity stage; serialise made-up ones here.
        a.entities = [
            Entity(id: "vladimir-putin", name: "Vladimir Putin", type: .person, aliases: ["Putin"], mentionCount: 3, paragraphs: [1, 2]),
            Entity(id: "xi-jinping", name: "Xi Jinping", type: .person, aliases: [], mentionCount: 2, paragraphs: [1]),
        ]
        a.relations = [Relation(source: 1, target: 0, label: "met", weight: 1, evidence: [Evidence(paragraph: 1, sentence: a.paragraphs[1].sentences.lowerBound)])]
        let json = ArticleJSON.export(a)
        let o = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(o.keys) == ["title", "paragraphs", "sections", "annotations", "quotes", "crossReferences", "entities", "relations"])
        #expect(o["title"] as? String == "Understanding the Chinese-Russian Alliance")
        let paragraphs = try #require(o["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == 56)
        #expect(paragraphs[6]["kind"] as? String == "aside")
        #expect(paragraphs[0]["index"] as? Int == 0)
        let sections = try #require(o["sections"] as? [[String: Any]])
        #expect(sections[0]["title"] as? String == "Introduction")
        #expect(sections[0]["level"] as? Int == 1)
        let annotations = try #require(o["annotations"] as? [[String: Any]])
        #expect(annotations[0]["paragraphs"] as? [Int] == [23, 24])
        let quotes = try #require(o["quotes"] as? [[String: Any]])
        #expect(quotes.count == a.quotes.count)
        #expect(quotes.first?["paragraphs"] as? [Int] == a.quotes.first?.paragraphs)
        #expect(quotes.contains { $0["source"] as? String == "the Financial Times" || $0["source"] as? String == "Financial Times" })
        let xrefs = try #require(o["crossReferences"] as? [[String: Any]])
        #expect(xrefs[0]["target"] is NSNull)
        #expect(xrefs[0]["text"] as? String == "As my colleague Adam Garrie has rightly written")
        let entities = try #require(o["entities"] as? [[String: Any]])
        #expect(entities[0]["id"] as? String == "vladimir-putin")
        #expect(entities[0]["mentions"] as? Int == 3)
        #expect(entities[0]["aliases"] as? [String] == ["Putin"])
        let relations = try #require(o["relations"] as? [[String: Any]])
        #expect(relations[0]["source"] as? String == "xi-jinping")
        #expect(relations[0]["target"] as? String == "vladimir-putin")
        let evidence = try #require(relations[0]["evidence"] as? [[String: Any]])
        #expect((evidence[0]["sentence"] as? String)?.hasPrefix("The summit meeting") == true)
        // Keys in the contract's order.
        let order = ["\"title\"", "\"paragraphs\"", "\"sections\"", "\"annotations\"", "\"quotes\"", "\"crossReferences\"", "\"entities\"", "\"relations\""]
        let positions = order.map { json.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func emptyTextExportsEmptyModel() throws {
        let a = Fixtures.build(" \n\n\t\n")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(ArticleJSON.export(a).utf8)) as? [String: Any])
        #expect(o["title"] is NSNull)
        for key in ["paragraphs", "sections", "annotations", "quotes", "crossReferences", "entities", "relations"] {
            #expect((o[key] as? [Any])?.isEmpty == true)
        }
    }
}
