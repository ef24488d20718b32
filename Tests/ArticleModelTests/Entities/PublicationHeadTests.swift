import Testing
@testable import ArticleModel

/// Head words of publications, of companies and of laws and proclamations type the names they end.
@Suite struct PublicationHeadTests {
    @Test func guidesHandbooksAndPapersAreMedia() throws {
        let a = try model("""
            Title

            The team wrote the Harbor Style Guide and the Okafor Field Handbook, and later the Brackwater Papers were printed.

            """)
        for name in ["Harbor Style Guide", "Okafor Field Handbook", "Brackwater Papers"] {
            #expect(a.entity(name)?.type == .media, "\(name): \(String(describing: a.entity(name)?.type))")
        }
    }

    @Test func proclamationsAndActsAreEvents() throws {
        let a = try model("""
            Title

            The Harlan Proclamation followed the Coastal Fisheries Act by a year, and both changed the towns.

            """)
        #expect(a.entity("Harlan Proclamation")?.type == .event)
        #expect(a.entity("Coastal Fisheries Act")?.type == .event)
    }

    @Test func labsStudiosAndSystemsAreOrganisations() throws {
        let a = try model("""
            Title

            Engineers from Harbor Labs joined Okafor Systems and Brackwater Studios for the launch in the spring.

            """)
        for name in ["Harbor Labs", "Okafor Systems", "Brackwater Studios"] {
            #expect(a.entity(name)?.type == .organization, "\(name): \(String(describing: a.entity(name)?.type))")
        }
    }
}
