import Testing
@testable import ArticleModel

/// Labels only from the words that tie the two names; evidence sentences carry the label they state.
@Suite struct RelationLabelTests {
    @Test func aKeywordAboutOtherPartiesLabelsNeitherOfThem() throws {
        let a = try model("Title\n\nTalks between Brazil and Peru do not portend a Chile-Argentina alliance.\n")
        #expect(a.relation("Brazil", "Chile")?.label == nil)
        #expect(a.relation("Peru", "Argentina")?.label == nil)
        #expect(a.relation("Chile", "Argentina")?.label == nil) // denied
    }

    @Test func aDeniedOrSupposedTieGivesNoLabel() throws {
        let a = try model("""
            Title

            Brazil is not an ally of Peru. Chile would never sign a treaty with Bolivia. Norway backs Sweden.

            """)
        #expect(a.relation("Brazil", "Peru")?.label == nil)
        #expect(a.relation("Chile", "Bolivia")?.label == nil)
        #expect(a.relation("Norway", "Sweden")?.label == "backs")
    }

    @Test func theVerbBetweenTheTwoLabelsThemNotAThirdParty() throws {
        let a = try model("Title\n\nBrazil signed a treaty with Peru, while Chile watched.\n")
        #expect(a.relation("Brazil", "Peru")?.label == "signed with")
        #expect(a.relation("Brazil", "Chile")?.label == nil)
        #expect(a.relation("Peru", "Chile")?.label == nil)
    }

    @Test func aCoordinatedPairSharesTheVerbAfterIt() throws {
        let a = try model("Title\n\nNorway and Sweden signed the accord. The alliance between Chile and Peru held.\n")
        #expect(a.relation("Norway", "Sweden")?.label == "signed with")
        #expect(a.relation("Chile", "Peru")?.label == "alliance")
    }

    @Test func aPlaceWhereSomethingHappenedIsNoPartyToIt() throws {
        let a = try model("Title\n\nLater President Boric met his cabinet in Valparaiso, as President Boric had promised.\n")
        #expect(a.relation("Boric", "Valparaiso")?.label == nil)
    }

    @Test func aTitleTiesAPersonToTheCountryBeforeIt() throws {
        let a = try model("Title\n\nThe Chilean President Boric spoke at length. Boric then left.\n")
        #expect(a.relation("Chile", "Boric")?.label == "president")
        let people = try model("Title\n\nChancellor Merz and President Macron drank tea.\n")
        #expect(people.relation("Merz", "Macron")?.label == nil) // a role ties a person to a country, not to a person
    }

    @Test func eachEvidenceSentenceCarriesItsLabelAndTheStatingOneComesFirst() throws {
        let a = try model("""
            Title

            Norway and Sweden drank tea. Later Norway backed Sweden openly.

            """)
        let r = try #require(a.relation("Norway", "Sweden"))
        #expect(r.label == "backs")
        #expect(r.evidence.indices.map { r.label(ofEvidence: $0) } == ["backs", nil])
        #expect(r.evidence.first?.sentence == a.paragraphs[1].sentences.lowerBound + 1)
        let json = ArticleJSON.export(a)
        #expect(json.contains("\"label\": \"backs\""))
        #expect(json.contains("\"label\": null"))
    }

    /// A verb whose object is a tie between others ("praised the alliance between X and Z") labels neither X nor Z
    /// with its subject; the two after "between" keep the noun's label.
    @Test func aTieBetweenOthersDoesNotLabelTheSubject() throws {
        let a = try model("Title\n\nEgypt and Sudan praised the alliance between Ethiopia and Kenya.\n")
        #expect(a.relation("Ethiopia", "Kenya")?.label == "alliance")
        for (x, y) in [("Sudan", "Ethiopia"), ("Egypt", "Ethiopia"), ("Sudan", "Kenya")] {
            #expect(a.relation(x, y)?.label == nil, "\(x) — \(y): \(a.relation(x, y)?.label ?? "-")")
        }
    }
}
