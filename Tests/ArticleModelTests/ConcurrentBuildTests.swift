import Foundation
import Testing
import Content
@testable import ArticleModel

/// Texts up to a megabyte are built on two cores; the article must be the same as one built stage after stage.
@Suite struct ConcurrentBuildTests {
    static let texts: [String] = ["default"] + ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.directory.path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()

    @Test(arguments: texts) func sameArticleAsOneStageAfterAnother(_ name: String) throws {
        let bytes = name == "default" ? try Content.defaultArticle() : try Fixtures.bytes(name)
        let knowledge = Knowledge(table: Content.knowledgeTable)
        let loaded = try Loader.load(bytes)
        #expect(bytes.count <= ArticleBuilder.concurrentLimit)
        let two = ArticleBuilder.buildConcurrently(loaded, knowledge: knowledge)
        let one = ArticleBuilder.build(loaded, knowledge: knowledge, measure: { _, body in body() })
        #expect(!one.entities.isEmpty && !one.relations.isEmpty)
        #expect(two.paragraphs == one.paragraphs)
        #expect(two.sentences == one.sentences)
        #expect(two.sections == one.sections)
        #expect(two.annotations == one.annotations)
        #expect(two.quotes == one.quotes)
        #expect(two.crossReferences == one.crossReferences)
        #expect(two.entities == one.entities)
        #expect(two.mentions == one.mentions)
        #expect(two.relations == one.relations)
        #expect(ArticleJSON.export(two) == ArticleJSON.export(one))
        for query in ["the", "putin", "pres", "united states"] {
            #expect(two.search(query).map(\.range) == one.search(query).map(\.range), "\(query)")
        }
    }
}
