import Testing
@testable import ArticleModel

/// A label only where the words between or around the two names tie them: offices, "part of", and a word
/// between them only when the earlier name is its party and the word reaches the later one.
@Suite struct LinkWordTests {
    @Test func aTitleOfAnOfficeTiesThePersonToTheBodyTheTextNames() throws {
        let a = try model("Title\n\nThe Department of Education met. Later Secretary of Education Arne Okafor sees the prototype.\n")
        #expect(a.relation("Arne Okafor", "Department of Education")?.label == "secretary")
    }

    @Test func aModifierThatMakesAnOfficeIsPartOfTheLabel() throws {
        let a = try model("Title\n\nThe Chilean Prime Minister Okafor spoke.\n")
        #expect(a.relation("Chile", "Okafor")?.label == "prime minister")
    }

    @Test func aBodyPartOfAnotherIsTiedSo() throws {
        let a = try model("Title\n\nThe Harlan Institute, part of the Rowan Foundation, closed. Thanks to the Mercer Agency (at the Dunmore Council).\n")
        #expect(a.relation("Harlan Institute", "Rowan Foundation")?.label == "part of")
        #expect(a.relation("Mercer Agency", "Dunmore Council")?.label == "part of")
    }

    @Test func aClauseMarkBetweenTheWordAndTheLaterNameCutsTheTie() throws {
        let a = try model("Title\n\nWhen Chile's freedom was threatened, the Peruvian people did not hesitate.\n")
        #expect(a.relation("Chile", "Peru")?.label == nil)
    }

    @Test func aPronounObjectIsTheWordsObjectNotTheNameAfterIt() throws {
        let a = try model("Title\n\nMaria Okafor thanked them for the work in Peru. Later Chile welcomed her back to Bolivia.\n")
        #expect(a.relation("Maria Okafor", "Peru")?.label == nil)
        #expect(a.relation("Chile", "Bolivia")?.label == nil)
    }

    @Test func aNounTiesOnlyTheNameItReaches() throws {
        let a = try model("Title\n\nLater Brazil held a summit that impressed Peru. Then Chile's alliance with Bolivia held.\n")
        #expect(a.relation("Brazil", "Peru")?.label == nil)
        #expect(a.relation("Chile", "Bolivia")?.label == "alliance")
    }

    @Test func anEventOfTheLaterNameIsItsOwn() throws {
        let a = try model("Title\n\nTroops left Peru before the meeting of the Harlan Council. Then Okafor, a close friend of Chile, spoke.\n")
        #expect(a.relation("Peru", "Harlan Council")?.label == nil)
        #expect(a.relation("Okafor", "Chile")?.label == "friends")
    }

    @Test func aPlaceOrAQualifyingNameIsNoPartyToTheWordAfterIt() throws {
        let a = try model("Title\n\nA Chilean presence in Bolivia allied to Peru worried many. Then Ambassador Okafor of Brazil visited Ecuador.\n")
        #expect(a.relation("Bolivia", "Peru")?.label == nil)
        #expect(a.relation("Brazil", "Ecuador")?.label == nil)
    }

    @Test func theObjectOfAnEarlierClauseIsNoPartyToTheNext() throws {
        let a = try model("Title\n\nThen Okafor thanked Adeyemi, expressing the desire for cooperation with Peru.\n")
        #expect(a.relation("Adeyemi", "Peru")?.label == nil)
        let b = try model("Title\n\nThe Harlan Institute approved a sale to Chile and imposed sanctions on Peru.\n")
        #expect(b.relation("Chile", "Peru")?.label == nil)
        let c = try model("Title\n\nBrazil read the letter and warned Peru.\n")
        #expect(c.relation("Brazil", "Peru")?.label == "warned") // the first name is the subject of both
    }

    @Test func aNameThatOnlyOwnsThePartyIsNoPartyItself() throws {
        let a = try model("Title\n\nThe Harlan Institute, headed by Peru's Chief of Staff, closed.\n")
        #expect(a.relation("Harlan Institute", "Peru")?.label == nil)
    }

    @Test func aParticipleAfterAnArticleIsNoVerb() throws {
        let a = try model("Title\n\nBrazil refused to resettle any expelled Peruvians. Later Chile expelled Bolivians.\n")
        #expect(a.relation("Brazil", "Peru")?.label == nil)
        #expect(a.relation("Chile", "Bolivia")?.label == "expelled")
    }

    @Test func aCoordinatedPairSharesOnlyATieBothHold() throws {
        let a = try model("Title\n\nBrazil and Peru declared that they would support Chile.\n")
        #expect(a.relation("Brazil", "Peru")?.label == nil)
    }
}
