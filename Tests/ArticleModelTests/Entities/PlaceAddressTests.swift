import Testing
@testable import ArticleModel

/// A place written with what locates it: "Washington, D.C." is one name, the "Va." of "Leesburg, Va." none.
@Suite struct PlaceAddressTests {
    @Test func aKnownFormWithACommaBeforeItsAbbreviationIsOneName() throws {
        let a = try model("Title\n\nStudents in Washington, D.C.\u{2019}s schools met Anna Okafor.\n")
        #expect(a.entity("Washington, D.C.")?.type == .place)
        #expect(!a.names.contains("D.C.") && !a.names.contains("District of Columbia"))
        #expect(a.entities.count == 2)
    }

    @Test func aStateAbbreviationAfterAPlaceIsNoEntity() throws {
        let a = try model("Title\n\nThe papers went to Leesburg, Va., where Anna Okafor kept them, and later to Athens, Ga., by rail.\n")
        #expect(a.names.contains("Leesburg") && a.names.contains("Anna Okafor"))
        for word in ["Va", "Ga"] { #expect(!a.names.contains(word), "\(word)") }
    }
}
