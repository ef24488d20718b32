import Testing
@testable import ArticleModel

/// Names that the text joins or abbreviates: an ampersand inside an office's or a firm's name, and interview
/// speakers written by their initials (made-up sentences).
@Suite struct JoinedNameTests {
    /// "Bureau of Trade & Market Studies": the ampersand joins its two halves into one organisation, while two
    /// known names on either side of one stay two ("Norway & Denmark").
    @Test func anAmpersandJoinsTheHalvesOfOneName() throws {
        let a = try model("""
            Title

            Anna Okafor works at the Bureau of Trade & Market Studies in the capital. \
            She met traders from Norway & Denmark last week.
            """)
        #expect(a.entity("Bureau of Trade & Market Studies")?.type == .organization, "\(a.names)")
        #expect(a.entity("Market Studies") == nil && a.entity("Bureau of Trade") == nil, "\(a.names)")
        #expect(a.entity("Norway")?.type == .country && a.entity("Denmark")?.type == .country, "\(a.names)")
    }

    /// An interview whose speakers are written by their initials ("MK:", "JS and NF:"): each label is the one person
    /// named in the text with those initials, listed once, never an organisation of its own.
    @Test func speakerInitialsNameThePeopleTheyStandFor() throws {
        let a = try model("""
            Title

            I spoke with Joan Sato and Nia Ferreira, who run the project. Mina Kader asked the questions.

            MK: How did you start?

            JS and NF: We started with interviews.

            MK: And then?

            JS and NF: We wrote it all down.
            """)
        #expect(a.entity("JS") == nil && a.entity("NF") == nil && a.entity("MK") == nil, "\(a.names)")
        #expect(a.entities.filter { $0.type == .person }.count == 3, "\(a.names)")
        #expect((a.entity("Joan Sato")?.mentionCount ?? 0) >= 3, "\(a.names)")
        #expect((a.entity("Mina Kader")?.mentionCount ?? 0) >= 3, "\(a.names)")
    }

    /// A website written as its domain ("Harbourwatch.gov", "help.harbourwatch.org") is one name, a medium; an
    /// e-mail address and a sentence's full stop are none.
    @Test func aDomainNamesAWebsite() throws {
        let a = try model("""
            Title

            We launched Harbourwatch.gov last year. Readers find guides on help.harbourwatch.org and write to \
            desk@harbourwatch.net with questions.
            """)
        #expect(a.entity("Harbourwatch.gov")?.type == .media, "\(a.names)")
        #expect(a.entity("help.harbourwatch.org")?.type == .media, "\(a.names)")
        #expect(!a.entities.contains { $0.name.contains("harbourwatch.net") }, "\(a.names)")
    }

    /// "Greta and Martin work here": a given name that opens a sentence, joined by "and" to another given name, is
    /// a person as much as the second one (it was dropped as a mere sentence opener).
    @Test func twoGivenNamesJoinedByAndAtASentenceStartAreTwoPeople() throws {
        let a = try model("Title\n\nGreta and Martin work here at the agency. Anna Okafor leads the team.\n")
        #expect(a.entity("Greta")?.type == .person, "\(a.names)")
        #expect(a.entity("Martin") != nil, "\(a.names)")
    }
}
