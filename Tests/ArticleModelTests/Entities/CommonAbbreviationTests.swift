import Testing
@testable import ArticleModel

/// Abbreviations of common nouns ("UX", "API", "CEO") say what something is, never who: no entities.
@Suite struct CommonAbbreviationTests {
    @Test func aFieldsOrARolesAbbreviationIsNoEntity() throws {
        let a = try model("Title\n\nThe UX team and the API team met the CEO of the Harlan Institute in Lisbon to read the FAQ.\n")
        for word in ["UX", "API", "CEO", "FAQ"] { #expect(!a.names.contains(word), "\(word)") }
        #expect(a.names.contains("Harlan Institute") && a.names.contains("Lisbon"))
    }
}
