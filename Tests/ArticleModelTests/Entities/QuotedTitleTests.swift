import Testing
@testable import ArticleModel

/// A short quoted list of capitalised words is a title ("Toward “Thorough, Accurate, and Reliable”"): its words
/// are names only where the body names them too; a short quoted name stays a name.
@Suite struct QuotedTitleTests {
    @Test func aQuotedListOfCapitalisedWordsIsATitle() throws {
        let a = try model("""
            Title

            The history was called Toward “Thorough, Accurate, and Reliable” by its authors, and sold well.
            """)
        for word in ["Thorough", "Accurate", "Reliable"] { #expect(a.entity(word) == nil, "\(word)") }
    }

    @Test func aShortQuotedNameStaysAName() throws {
        let a = try model("Title\n\nThe parliament passed the “Nuclear Forces Policy Law” in May, and Ruritania signed it.\n")
        #expect(a.entity("Nuclear Forces Policy Law") != nil)
    }
}
