import Testing
@testable import ArticleModel

/// Labels from the words that link the two names: roles in titles and appositions, kin, verbs with
/// their subject and object, and coordinated names that share a verb.
@Suite struct RoleTieTests {
    @Test func aQuotesCreditLineTiesThePersonToTheBodyAfterTheRole() throws {
        let a = try model("Title\n\n\u{201C}Start small and keep going.\u{201D}\n\n\u{2013} Ana Okafor, Chief Learning Officer, Harlan Institute, "
                          + "Rowan Foundation\n\nMore text.\n")
        #expect(a.relation("Ana Okafor", "Harlan Institute")?.label == "chief learning officer")
        #expect(a.relation("Harlan Institute", "Rowan Foundation")?.label == "part of")
    }

    @Test func aRoleInAppositionTiesThePersonToTheBodyAfterIt() throws {
        let a = try model("Title\n\nLater Okafor, the ambassador to Chile, arrived. Then Adeyemi, president of Peru, spoke.\n")
        #expect(a.relation("Okafor", "Chile")?.label == "ambassador")
        #expect(a.relation("Adeyemi", "Peru")?.label == "president")
    }

    @Test func aCapitalisedTitleInAppositionIsTheLabelWhole() throws {
        let a = try model("Title\n\nToday Lisa Okafor, the Chief Digital Service Officer at the Harlan Institute, spoke.\n")
        #expect(a.relation("Lisa Okafor", "Harlan Institute")?.label == "chief digital service officer")
    }

    @Test func aPossessiveRoleWithModifiersTiesTheNameAfterIt() throws {
        let a = try model("Title\n\nChile's foreign minister Okafor spoke. Then Adeyemi, Peru's foreign minister, replied.\n")
        #expect(a.relation("Chile", "Okafor")?.label == "minister")
        #expect(a.relation("Adeyemi", "Peru")?.label == "minister")
    }

    @Test func aRoleAfterAConjunctionIsNoTitleOfTheNameBefore() throws {
        let a = try model("Title\n\nThen Okafor, Chile and President Adeyemi drank tea.\n")
        #expect(a.relation("Okafor", "Chile")?.label == nil)
        #expect(a.relation("Chile", "Adeyemi")?.label == nil)
    }

    @Test func kinTiesTwoPeople() throws {
        let a = try model("Title\n\nLater Anna Okafor's husband Peter Adeyemi sang.\n")
        #expect(a.relation("Anna Okafor", "Peter Adeyemi")?.label == "husband")
    }

    @Test func aVerbBetweenSubjectAndObjectLabelsThem() throws {
        let a = try model("Title\n\nBrazil feared Peru. Later Chile appointed Okafor. Bolivia criticised Ecuador.\n")
        #expect(a.relation("Brazil", "Peru")?.label == "feared")
        #expect(a.relation("Chile", "Okafor")?.label == "appointed")
        #expect(a.relation("Bolivia", "Ecuador")?.label == "criticised")
        let request = try model("Title\n\nKing Okafor's request for Chilean military support failed.\n")
        #expect(request.relation("Okafor", "Chile")?.label == "asked")
    }

    @Test func aCountryThatTitlesTheObjectIsNoPartyToTheVerb() throws {
        let a = try model("Title\n\nBrazil met Chilean President Okafor.\n")
        #expect(a.relation("Brazil", "Chile")?.label == nil)
        #expect(a.relation("Brazil", "Okafor")?.label == "met")
        #expect(a.relation("Chile", "Okafor")?.label == "president")
    }

    @Test func aVerbBeforeAListIsNoTieWithinIt() throws {
        let a = try model("Title\n\nThe letter thanked Brazil, Peru and Chile.\n")
        #expect(a.relation("Brazil", "Peru")?.label == nil)
        #expect(a.relation("Peru", "Chile")?.label == nil)
    }

    @Test func aSharedVerbWithAnObjectOfItsOwnIsNoTieBetweenTheSubjects() throws {
        let a = try model("Title\n\nBrazil and Peru warned Chile.\n")
        #expect(a.relation("Brazil", "Peru")?.label == nil)
        #expect(a.relation("Peru", "Chile")?.label == "warned")
    }

    @Test func aNameInAPlaceSharesNoVerbWithIt() throws {
        let a = try model("Title\n\nLater Okafor in Peru signed the accord. Then Brazil or Chile signed it.\n")
        #expect(a.relation("Okafor", "Peru")?.label == nil)
        #expect(a.relation("Brazil", "Chile")?.label == nil)
    }
}
