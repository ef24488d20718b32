import Testing
@testable import ArticleModel

/// "The President …" and a "He" opening a sentence stand for the person a reader takes them for, in the relations.
@Suite struct ReferenceTests {
    @Test func aTitleAfterTheStandsForTheOnePersonWithThatTitle() throws {
        let a = try model("Title\n\nPresident Maria Okafor flew to Lima. The President met Tom Adeyemi there.\n")
        #expect(a.relation("Maria Okafor", "Tom Adeyemi")?.label == "met")
        // Still counted as the names the text writes.
        #expect(a.entity("Maria Okafor")?.mentionCount == 1)
    }

    @Test func aTitleTwoPeopleHoldOrAnOfPhraseStandsForNobody() throws {
        let shared = try model("Title\n\nPresident Maria Okafor and President John Ruiz flew to Lima. The President met Tom Adeyemi there.\n")
        #expect(shared.relation("Maria Okafor", "Tom Adeyemi") == nil)
        #expect(shared.relation("John Ruiz", "Tom Adeyemi") == nil)
        let other = try model("Title\n\nPresident Maria Okafor flew to Lima. The President of Chile met Tom Adeyemi there.\n")
        #expect(other.relation("Maria Okafor", "Tom Adeyemi") == nil)
    }

    @Test func heOpeningASentenceIsThePersonTheSentenceBeforeOpensWith() throws {
        let a = try model("Title\n\nJohn Ruiz spoke first. He met Tom Adeyemi later.\n\nAna Lopes spoke with Carla Mendes. He met Rui Castro later.\n")
        #expect(a.relation("John Ruiz", "Tom Adeyemi")?.label == "met")
        #expect(a.relation("Ana Lopes", "Rui Castro") == nil)
        #expect(a.relation("Carla Mendes", "Rui Castro") == nil)
    }
}
