import Testing
@testable import ArticleModel

/// Types from the words around a name where the knowledge is silent.
@Suite struct ContextTypeTests {
    @Test func numberedUnitsAreOrganisationsAndStayApart() throws {
        let a = try model("Title\n\nThe 14th Brigade crossed first, and the 15th Brigade waited near the 3rd Armoured Division.\n")
        let units = a.entities.filter { $0.name.hasSuffix("Brigade") }
        #expect(units.count == 2)
        #expect(units.allSatisfy { $0.type == .organization })
        #expect(a.entities.first { $0.name.hasSuffix("Division") }?.type == .organization)
    }

    @Test func aCapitalInsideOneWordNamesAnOrganisation() throws {
        let a = try model("Title\n\nSchools compared PayScale with InsideTrack last year.\n")
        #expect(a.entity("PayScale")?.type == .organization)
        #expect(a.entity("InsideTrack")?.type == .organization)
    }

    /// A company whose name is also a word takes its type when the text writes it with a capital inside a
    /// sentence, even where it speaks as a person would; at a sentence's start the capital proves nothing.
    @Test func aCompanyThatIsAlsoAWordIsKnownInsideASentence() throws {
        let a = try model("Title\n\nAnalysts said Google and Intel would gain, whatever Google says about it.\n")
        #expect(a.entity("Google")?.type == .organization)
        #expect(a.entity("Intel")?.type == .organization)
        let b = try model("Title\n\nShell out the money first. Then wait for the results.\n")
        #expect(b.entity("Shell")?.type != .organization)
    }

    /// "the Department of Education" and "the Education Department" are one organisation; two departments stay two.
    @Test func aDepartmentOfXIsTheXDepartment() throws {
        let a = try model("""
            Title

            The U.S. Department of Education wrote the rules. Later the Education Department and the Treasury \
            Department changed them, and the Ministry of Defence of Ruritania agreed with the Defence Ministry.
            """)
        let education = a.entities.filter { $0.name.contains("Education") }
        #expect(education.count == 1, "\(education.map(\.name))")
        #expect(a.entities.filter { $0.name.contains("Defence") }.count == 1)
        #expect(a.entities.contains { $0.name.contains("Treasury") && !$0.name.contains("Education") })
    }

    @Test func aBuildingIsAPlace() throws {
        let a = try model("Title\n\nThe clerks moved into the Harlan Building in spring.\n")
        #expect(a.entities.first { $0.name.hasSuffix("Harlan Building") }?.type == .place)
    }

    @Test func aShortFormMergesWithItsLongForm() throws {
        let a = try model("""
            Title

            Fighters of the Vostok Group crossed the border. Later Vostok withdrew, and Vostok fighters rested.

            """)
        let unit = try #require(a.entities.first { $0.name.hasSuffix("Vostok Group") })
        #expect(unit.type == .organization)
        #expect(unit.mentionCount == 3)
        #expect(a.entity("Vostok") == nil)
    }

    @Test func aHyphenatedPlaceIsNotItsParts() throws {
        let a = try model("Title\n\nThe French left Indo-China long after Austria-Hungary had fallen. India stayed neutral.\n")
        #expect(a.entity("Indo-China")?.type == .place)
        #expect(a.entity("Austria-Hungary")?.type == .country)
        #expect(a.entity("India")?.mentionCount == 1)
        #expect(a.entity("China") == nil && a.entity("Hungary") == nil && a.entity("Austria") == nil)
    }

    @Test func aNounBeforeANameOrAListOfNamesGivesTheirType() throws {
        let a = try model("""
            Title

            The two largest TV stations, Zorbatika and Kalitera, ran the story. Schools asked the startups Quillmark \
            and Brindlefold for help. She grew up in the town of Brackwater.

            """)
        #expect(a.entity("Zorbatika")?.type == .media)
        #expect(a.entity("Kalitera")?.type == .media)
        #expect(a.entity("Quillmark")?.type == .organization)
        #expect(a.entity("Brindlefold")?.type == .organization)
        #expect(a.entity("Brackwater")?.type == .place)
    }

    @Test func theNounOfAnAppositionGivesTheType() throws {
        let a = try model("""
            Title

            The figures came from Quillmark, a non-profit investigative journalism newsroom. The crews stopped at \
            Brackwater, a small town on the coast. Maria Okafor, a newspaper editor, wrote about it.

            """)
        #expect(a.entity("Quillmark")?.type == .media)
        #expect(a.entity("Brackwater")?.type == .place)
        #expect(a.entity("Maria Okafor")?.type == .person)
    }

    @Test func aSingularNounBeforeACommaTypesNoName() throws {
        let a = try model("Title\n\nIn the newspaper, Okafor said it was late.\n")
        #expect(a.entity("Okafor")?.type == .person)
    }

    @Test func aPlacePrepositionWithTheAndAnEditionOfAPaperGiveTypes() throws {
        let a = try model("Title\n\nA counsellor in the Bronxwick helped. The 19 August edition of Zorbatika carried it.\n")
        #expect(a.entity("Bronxwick")?.type == .place)
        #expect(a.entity("Zorbatika")?.type == .media)
    }

    @Test func aNameAfterALowerCaseTheIsNoPerson() throws {
        let a = try model("Title\n\nLater the Zembrovia was divided. Okafor asked the Zembrovia. The Okafor administration fell.\n")
        #expect(a.entity("Zembrovia")?.type == .organization)
        #expect(a.entity("Okafor")?.type == .person)
    }

    @Test func aNameOpeningWithAPlainWordIsNoPerson() throws {
        let a = try model("""
            Title

            The site came from College Brightpath, and Jim Miller helped. Any college may join. \
            Vrelos Kantaris wrote the code. Mr Steady Horn said so. Steady work pays.

            """)
        #expect(a.entity("College Brightpath")?.type == .organization)
        #expect(a.entity("Jim Miller")?.type == .person)
        #expect(a.entity("Vrelos Kantaris")?.type == .person)
        #expect(a.entity("Steady Horn")?.type == .person)
    }

    @Test func aNameThatIsAWholeQuotationIsAWork() throws {
        let a = try model("Title\n\nLater Okafor wrote \"Zorbelline,\" and \"Quillmark Rhapsody\" came after. Okafor said so.\n")
        #expect(a.entity("Zorbelline")?.type == .media)
        #expect(a.entity("Quillmark Rhapsody")?.type == .media)
        #expect(a.entity("Okafor")?.type == .person)
    }

    @Test func archivesAndLibrariesAreOrganisationsAndAQuarterlyIsMedia() throws {
        let a = try model("Title\n\nThe letters are in the Zembrovian Archives and the Okafor Library; the Brindle Quarterly printed one.\n")
        #expect(a.entity("Zembrovian Archives")?.type == .organization)
        #expect(a.entity("Okafor Library")?.type == .organization)
        #expect(a.entity("Brindle Quarterly")?.type == .media)
    }

    /// Guides, handbooks, manuals and dictionaries are works: media.
    @Test func aGuideOrAHandbookIsMedia() throws {
        let a = try model("Title\n\nRead the Brindle Design Guide and the Okafor Handbook; see the Dictionary of Zembrovian Biography.\n")
        for name in ["Brindle Design Guide", "Okafor Handbook", "Dictionary of Zembrovian Biography"] {
            #expect(a.entity(name)?.type == .media, "\(name): \(a.entities.map { "\($0.name) \($0.type)" })")
        }
    }

    @Test func aListedNameWithoutEvidenceTakesTheTypeItsListShares() throws {
        let a = try model("""
            Title

            We like what Quillmark, College Brightpath, Zorbel and Vrelos Kantaris are building. \
            Any college may join. The letter went to Okafor, Brindle and Lisa Harlan.

            """)
        #expect(a.entity("Quillmark")?.type == .organization)
        #expect(a.entity("Zorbel")?.type == .organization)
        #expect(a.entity("Vrelos Kantaris")?.type == .organization)
        #expect(a.entity("Brindle")?.type == .person)
    }

    /// A head word that opens a name types it as one at the end does ("Verrin Lake", "Lake Verrin").
    @Test func aHeadWordOpeningANameTypesIt() throws {
        let a = try model("""
            Title

            We walked by Lake Verrin toward Mount Ostel, where soldiers held Fort Carrow until Operation Silver Dawn. \
            Each night we heard Radio Meridian.

            """)
        for (name, type) in [("Lake Verrin", EntityType.place), ("Mount Ostel", .place), ("Fort Carrow", .place),
                             ("Operation Silver Dawn", .event), ("Radio Meridian", .media)] {
            #expect(a.entity(name)?.type == type, "\(name): \(a.entities.map { "\($0.name) \($0.type)" })")
        }
    }

    /// "to" after a word of going marks a place; after other verbs ("wrote to") it says nothing.
    @Test func aNameAfterAWordOfGoingAndToIsAPlace() throws {
        let a = try model("""
            Title

            Last spring the trader travelled to Marcasse, and later he moved to Belvoir. The trip to Quellin was short. \
            Then he wrote to Okafor.

            """)
        for name in ["Marcasse", "Belvoir", "Quellin"] {
            #expect(a.entity(name)?.type == .place, "\(name): \(a.entities.map { "\($0.name) \($0.type)" })")
        }
        #expect(a.entity("Okafor")?.type != .place)
    }

    /// "the Treasury said": a name that always follows "the" is no person, even where it speaks.
    @Test func aNameAfterTheThatSpeaksIsABody() throws {
        let a = try model("Title\n\nOfficials at the Ministry met, and the Varnholm said the cost was rising. Okafor said so too.\n")
        #expect(a.entity("Varnholm")?.type == .organization)
        #expect(a.entity("Okafor")?.type == .person)
    }

    /// A known group's short form that the tables also know ("Wagner" for the Wagner Group) merges with it.
    @Test func aKnownShortFormMergesWithItsLongForm() throws {
        let a = try model("Title\n\nThe Wagner Group sent fighters abroad. After a year, Wagner withdrew some of them.\n")
        #expect(a.entities.first { $0.name.hasSuffix("Wagner Group") }?.mentionCount == 2, "\(a.names)")
        #expect(a.entity("Wagner") == nil)
    }

    /// "Hall" and "Park" are common surnames: after a given name they end a person's name, elsewhere a place's.
    @Test func aSurnameThatIsAHeadWordAfterAGivenNameIsAPerson() throws {
        let a = try model("Title\n\nErika Hall wrote the report and Grace Park edited it, in Central Park and at Carnegie Hall.\n")
        #expect(a.entity("Erika Hall")?.type == .person)
        #expect(a.entity("Grace Park")?.type == .person)
        #expect(a.entity("Central Park")?.type == .place)
        #expect(a.entity("Carnegie Hall")?.type == .place)
    }
}
