import Testing
@testable import ArticleModel

/// Ties stated by a source ("learned from"), through a name that only qualifies the person after it, and by a
/// role in apposition that a country's name titles.
@Suite struct StatedTieTests {
    @Test func learnedFromTiesOnlyTheNameAfterFrom() throws {
        let a = try model("Title\n\nMaria Okafor learned from Tom Adeyemi how to run a workshop. Later Maria Okafor learned that Chile had joined.\n")
        #expect(a.relation("Maria Okafor", "Tom Adeyemi")?.label == "learned from")
        #expect(a.relation("Maria Okafor", "Chile")?.label == nil)
    }

    @Test func learnedFromReachesPastALongObject() throws {
        let a = try model("Title\n\nMaria Okafor learned the importance of making people feel comfortable before any long user interviews from fellow designer Tom Adeyemi.\n")
        #expect(a.relation("Maria Okafor", "Tom Adeyemi")?.label == "learned from")
    }

    @Test func aNameThatQualifiesAPersonIsNotTheParty() throws {
        let a = try model("Title\n\nMaria Okafor learned from former Harlan Institute strategist Tom Adeyemi how to plan.\n")
        #expect(a.relation("Maria Okafor", "Tom Adeyemi")?.label == "learned from")
        #expect(a.relation("Maria Okafor", "Harlan Institute")?.label == nil)
    }

    @Test func aRoleInAppositionTitledByACountryTiesThePersonToIt() throws {
        let a = try model("Title\n\nThe note went to Charles Okafor, the U.S. Minister in London. Later Tom Adeyemi, the Chilean ambassador to Peru, spoke.\n")
        #expect(a.relation("Charles Okafor", "U.S.")?.label == "minister")
        #expect(a.relation("Tom Adeyemi", "Chile")?.label == "ambassador")
        #expect(a.relation("Charles Okafor", "London")?.label == nil)
    }

    @Test func anOfficeAfterACommaTitlesTheNameThatHoldsIt() throws {
        let a = try model("Title\n\nThe Department of State sent the text. The same day, Secretary of State Maria Okafor released it.\n")
        #expect(a.relation("Maria Okafor", "Department of State")?.label == "secretary")
    }

    @Test func aWordBeforeBetweenReachesPastAnAsideToTheSecondParty() throws {
        let a = try model("Title\n\nThere was wrangling between the Harlan Council, represented by Ambassador Tom Adeyemi and by Maria Okafor, and the Rowan Agency over the date.\n")
        #expect(a.relation("Harlan Council", "Rowan Agency")?.label == "wrangled with")
        #expect(a.relation("Tom Adeyemi", "Rowan Agency")?.label == nil)
    }
}
