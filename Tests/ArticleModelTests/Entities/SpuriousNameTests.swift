import Testing
@testable import ArticleModel

/// Capitalised words that are not names of their own: job titles, the parts of a longer name.
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

    @Test func aNameOfTheCountryIsOneNameNotTheCountry() throws {
        let a = try model("Title\n\nThe release of the Foreign Relations of the United States volume pertaining to Greece drew notice.\n")
        #expect(a.entity("Foreign Relations of the United States")?.type == .organization)
        #expect(!a.names.contains("Foreign Relations"))
        #expect(a.relation("United States", "Greece") == nil)
        let person = try model("Title\n\nLater Anna Okafor of the United States spoke.\n")
        #expect(person.entity("Anna Okafor")?.type == .person)
    }

    @Test func aCabinetTitleAndASecondBodyAfterAndAreNoPartOfAName() throws {
        let a = try model("""
            Title

            Secretary of Labor Tunde Okafor spoke. Data came from the Department of Labor and Department of Treasury.

            """)
        #expect(a.entity("Tunde Okafor")?.type == .person)
        #expect(a.names.contains("Department of Treasury"))
        #expect(!a.names.contains { $0.hasSuffix("and Department of Treasury") })
    }
}
