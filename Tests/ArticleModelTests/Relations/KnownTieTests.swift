import Testing
@testable import ArticleModel

/// Ties the knowledge states: a city or a region to the country the tables place it in.
@Suite struct KnownTieTests {
    @Test func aCityNamedWithItsCountryIsLabelledCityNotByTheWordsAround() throws {
        let a = try model("Title\n\nMarseille met with France over the budget. Later France thanked Marseille again.\n")
        let r = try #require(a.relation("France", "Marseille"))
        #expect(r.label == "city")
        #expect(r.evidence.indices.map { r.label(ofEvidence: $0) } == ["city", "city"])
    }

    @Test func aRegionIsTiedToItsCountry() throws {
        let a = try model("Title\n\nFarmers in Bavaria asked Germany for help.\n")
        #expect(a.relation("Germany", "Bavaria")?.label == "region")
    }

    @Test func aPlaceInAnotherCountryGetsNoKnowledgeLabel() throws {
        let a = try model("Title\n\nTraders from Marseille and Germany drank tea.\n")
        let r = try #require(a.relation("Germany", "Marseille"))
        #expect(r.label == nil)
    }

    @Test func aKnowledgeTieRanksWithPairsOnlyNamedTogetherAfterStatedTies() throws {
        let a = try model("""
            Title

            Chile and Peru drank tea. Chile and Peru drank coffee. Germany and Munich drank water. Norway backs Sweden.

            """)
        func place(_ name: String) throws -> Int {
            try #require(a.relations.firstIndex { a.entities[$0.source].name == name || a.entities[$0.target].name == name })
        }
        #expect(a.relations[try place("Munich")].label == "city")
        #expect(try place("Sweden") < place("Chile"))
        #expect(try place("Chile") < place("Munich")) // named together twice, the knowledge tie once
    }
}
