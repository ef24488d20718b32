import Testing
@testable import ArticleModel

/// Capitalised words that are not names: job titles.
@Suite struct SpuriousNameTests {
    @Test func aJobTitleIsNoEntity() throws {
        let a = try model("""
            Title

            Editor's note: Lisa Okafor, the Chief Digital Service Officer at the Harlan Institute, wrote it. \
            Our Tech Lead and the Product Owner agreed with Lisa Okafor.

            """)
        #expect(a.names.contains("Lisa Okafor"))
        #expect(a.names.contains("Harlan Institute"))
        for title in ["Chief Digital Service Officer", "Tech Lead", "Product Owner", "Editor"] { #expect(!a.names.contains(title)) }
    }
}
