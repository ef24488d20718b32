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

    /// A quotation of capitalised words only is one name, a work unless a head word types it; its words are
    /// not names of their own.
    @Test func aQuotationOfCapitalisedWordsIsOneWork() throws {
        let a = try model("""
            Title

            We hear it in the "Hymn to the Ancestors," for instance, and in Brahms's "Second Rhapsody," opening section.
            """)
        #expect(a.entity("Hymn to the Ancestors")?.type == .media)
        #expect(a.entity("Second Rhapsody")?.type == .media)
        #expect(a.entity("Ancestors") == nil && a.entity("Rhapsody") == nil)
    }

    @Test func aShortQuotedNameStaysAName() throws {
        let a = try model("Title\n\nThe parliament passed the “Nuclear Forces Policy Law” in May, and Ruritania signed it.\n")
        #expect(a.entity("Nuclear Forces Policy Law") != nil)
    }
}
