import Testing
@testable import ArticleModel

/// Capitalised words that are not names of their own: job titles, the parts of a longer name.
@Suite struct SpuriousNameTests {
    @Test func aJobTitleIsNoEntity() throws {
        let a = try model("""
            Title

            Editor's note: Lisa Okafor, the Chief Digital Service Officer at the Harlan Institute, wrote it. \
            Our Tech Lead, the Scrummaster and the Product Owner agreed with Lisa Okafor.

            """)
        #expect(a.names.contains("Lisa Okafor"))
        #expect(a.names.contains("Harlan Institute"))
        for title in ["Chief Digital Service Officer", "Tech Lead", "Scrummaster", "Product Owner", "Editor"] { #expect(!a.names.contains(title)) }
    }

    /// The words of a document's apparatus, like "Note" and "Figure", name nothing.
    @Test func footnotesAndEndnotesAreNoNames() throws {
        let a = try model("Title\n\nThe ambassador wrote to Athens, as Maria Kallas noted.\n\nCited in the embassy's history, Chapter 12, Footnote 43, and in its guide, Part 2, Endnote 7.\n")
        #expect(a.names.contains("Maria Kallas"))
        for word in ["Footnote", "Endnote"] { #expect(!a.names.contains(word)) }
    }

    /// "SEC. 2.", "Art. 5": an abbreviated label before a number, and a cable's "End Comment." marker, name nothing.
    @Test func labelsBeforeNumbersAndCableMarkersAreNoNames() throws {
        let a = try model("""
            Title

            “SEC. 2. And be it further enacted, That Anna Okafor shall report. Art. 5 of the act applies in Lagos.

            Comment: the press in Lagos is wary. End Comment.

            """)
        #expect(a.names.contains("Anna Okafor") && a.names.contains("Lagos"), "\(a.names)")
        for word in ["SEC", "Art", "End Comment", "Comment"] { #expect(!a.names.contains(word), "\(word)") }
    }

    /// Peoples that are not states, and their adjectives, are no entities; a state's demonym still counts
    /// for its state, and a known name with such a word keeps it.
    @Test func peoplesThatAreNotStatesAreNoEntities() throws {
        let a = try model("""
            Title

            The songs of the Moors reached Spain. Basque songs and Moorish dances differ, and the Kurds sing             both. The Arab League met in Cairo, and Hungarian dances were played.

            """)
        for word in ["Moors", "Basque", "Moorish", "Kurds"] { #expect(!a.names.contains(word)) }
        #expect(a.names.contains("Arab League"))
        #expect(a.names.contains("Spain") && a.names.contains("Hungary"))
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

    @Test func aBookTitleInTitleCaseNamesOnlyWhatTheBodyNamesToo() throws {
        let a = try model("""
            Title

            The town of Brackwater grew. 9 Edward Okafor, A Sketch of the Voyages Which Preceded the Founding of Brackwater \
            by the Zembrovians (Boston, 1849), p. 48. The Harlan Institute funds it.

            """)
        #expect(a.names.contains("Edward Okafor"))
        #expect(a.names.contains("Brackwater"))
        #expect(a.names.contains("Harlan Institute"))
        for part in ["Sketch of the Voyages", "Sketch", "Voyages", "Preceded", "Founding", "Zembrovians"] { #expect(!a.names.contains(part)) }
    }

    /// Job titles and their parts name no one: "the Head of Product", a seniority before a role and a given name.
    @Test func jobTitlesAndTheirFieldsAreNoNames() throws {
        let a = try model("""
            Title

            The Head of Operations agreed. Ask the Head of Product. Senior Engineer Tom Baptiste joined, and \
            Principal Designer Ana Ruiz left.

            """)
        #expect(a.names == ["Tom Baptiste", "Ana Ruiz"], "\(a.names)")
    }

    /// "Internet", which English often capitalises, is no name on its own ("people without Internet access"), while
    /// the institution named after it stays one.
    @Test func theInternetIsNoName() throws {
        let a = try model("""
            Title

            What about people who don’t have Internet access? How do they report it to Anna Okafor?

            People without Internet access call us.
            """)
        #expect(a.entity("Internet") == nil, "\(a.names)")
        let b = try model("Title\n\nThe Internet Archive keeps old pages, said Anna Okafor.\n")
        #expect(b.entity("Internet Archive")?.type == .organization, "\(b.names)")
    }
}
