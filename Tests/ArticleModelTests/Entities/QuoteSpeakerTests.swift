import Content
import Testing
@testable import ArticleModel

/// A block quote's source, as the introducing sentence names it, linked to the entity it is.
@Suite struct QuoteSpeakerTests {
    static func built(_ text: String) -> Article {
        ArticleBuilder.build(try! Loader.load(Array(text.utf8)), knowledge: sharedKnowledge)
    }

    @Test func theSourceOfAnIntroducedQuoteIsItsEntity() throws {
        let a = Self.built("""
            Harbour plans

            The council of Harbour Town met on Tuesday. Jane Okafor, the mayor, spoke about the plan at length

            We cannot leave the harbour to rot while the town argues about who should pay for it, and nobody here wants that.

            Work will start in the autumn if the money is found in time for the contracts to be signed.
            """)
        let q = try #require(a.quotes.first)
        #expect(q.source == "Jane Okafor")
        let speaker = try #require(q.speaker)
        #expect(a.entities[speaker].name == "Jane Okafor")
    }

    @Test func aSourceThatIsNoEntityHasNoSpeaker() throws {
        let a = Self.built("""
            Harbour plans

            The council met on Tuesday. Here is what the minutes say

            We cannot leave the harbour to rot while the town argues about who should pay for it, and nobody wants that.
            """)
        for q in a.quotes where q.source == nil { #expect(q.speaker == nil) }
    }

    @Test func theDefaultArticleQuotesTheFinancialTimesAndTheAmbassador() throws {
        let a = ArticleBuilder.build(try Loader.load(Content.defaultArticle()), knowledge: sharedKnowledge)
        let speakers = a.quotes.compactMap { $0.speaker.map { a.entities[$0].name } }
        #expect(speakers.contains("Financial Times"))
        #expect(speakers.contains { $0.hasSuffix("Denisov") })
        let json = ArticleJSON.export(a)
        #expect(json.contains("\"speaker\": \"\(a.entities[a.quotes.first { $0.speaker != nil }!.speaker!].id)\""))
    }
}
