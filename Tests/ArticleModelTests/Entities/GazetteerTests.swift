import Testing
@testable import ArticleModel

/// Types from the generated tables (cities, regions, features, companies and media, given names).
@Suite struct GazetteerTests {
    @Test func citiesRegionsAndRiversArePlaces() throws {
        let a = try model("""
            Title

            The envoy toured Chemnitz and Kumasi. Floods hit Hubei while the Limpopo ran dry.

            """)
        for name in ["Chemnitz", "Kumasi", "Hubei", "Limpopo"] {
            #expect(a.entity(name)?.type == .place, "\(name)")
        }
    }

    @Test func companiesAndMediaTakeTheirTypes() throws {
        let a = try model("Title\n\nBoth Siemens and Unilever cut jobs, as Der Spiegel wrote.\n")
        #expect(a.entity("Siemens")?.type == .organization)
        #expect(a.entity("Unilever")?.type == .organization)
        #expect(a.entity("Der Spiegel")?.type == .media)
    }

    @Test func anAmbiguousNameNeedsACue() throws {
        // "Bath" and "Reading" are also words, "Austin" a given name: places only after "in", "near", "from".
        let placed = try model("Title\n\nThe talks moved from Bath to a hall near Reading.\n")
        #expect(placed.entity("Bath")?.type == .place)
        #expect(placed.entity("Reading")?.type == .place)
        let person = try model("Title\n\nMayor Austin said the talks failed. Later Austin resigned.\n")
        #expect(person.entity("Austin")?.type == .person)
    }

    @Test func theTablesAreLoadedWithTheirFlags() {
        let k = sharedKnowledge.gazetteer
        func hit(_ name: String) -> Gazetteer.Hit? {
            k.hit(Tokenizer.phraseHash(Knowledge.tokens(name)[...]), written: Array(name.utf8)[...])
        }
        #expect(hit("Chemnitz") == Gazetteer.Hit(type: .place, ambiguous: false))
        #expect(hit("Reading")?.ambiguous == true)
        #expect(hit("Idlib")?.type == .place)
        #expect(hit("Der Spiegel")?.type == .media)
        #expect(hit("Spiegel")?.type == .media)
        #expect(hit("Chemnitzer") == nil)
        #expect(hit("Aachen")?.type == .place) // near the start of the table
        #expect(hit("Żyrardów")?.type == .place) // near its end
        #expect(k.isGivenName(Array("Margaret".utf8)[...]))
        #expect(!k.isGivenName(Array("Chemnitz".utf8)[...]))
    }

    /// (Named as the text writes them: "Servia", "Ceylon".)
    @Test func olderNamesOfCountriesAreThoseCountries() throws {
        let a = try model("Title\n\nThe Roumanian and Siamese songs differ from those of Servia, Ceylon and the Scotch.\n")
        for name in ["Romania", "Thailand", "Servia", "Ceylon", "Scotland"] {
            #expect(a.entity(name)?.type == .country, "\(name)")
        }
    }

    /// Software companies and platforms teams write about are organisations, not people or places.
    @Test func softwarePlatformsAreOrganisations() throws {
        let a = try model("Title\n\nThe team kept its code on GitHub, talked in Slack, tracked tasks in Jira and met on Zoom.\n")
        for name in ["GitHub", "Slack", "Jira", "Zoom"] {
            #expect(a.entity(name)?.type == .organization, "\(name): \(a.entities.map { "\($0.name) \($0.type)" })")
        }
    }
}
