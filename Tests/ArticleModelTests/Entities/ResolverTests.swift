import Testing
@testable import ArticleModel

@Suite struct ResolverTests {
    @Test func formsOfOnePersonMergeUnderTheFullestName() throws {
        let a = try model("""
            Title

            Putin arrived. President Putin spoke, and President Putin's aides listened. Vladimir Putin left.

            """)
        let p = try #require(a.entity("Vladimir Putin"))
        #expect(p.id == "vladimir-putin")
        #expect(p.mentionCount == 4)
        #expect(p.aliases.contains("Putin") && p.aliases.contains("President Putin"))
        #expect(a.entities.count == 1)
    }

    @Test func aGivenNameFirstFormMergesToo() throws {
        let a = try model("Title\n\nXi Jinping arrived. Later Xi spoke with Putin about Xi's plans.\n")
        #expect(a.entity("Xi Jinping")?.mentionCount == 3)
        #expect(a.entity("Xi") == nil)
    }

    @Test func demonymsCountForTheirCountry() throws {
        let a = try model("Title\n\nThe Russians agreed. A Russian ship sailed. Russia's navy and Russia grew.\n")
        let r = try #require(a.entity("Russia"))
        #expect(r.type == .country)
        #expect(r.mentionCount == 4)
        #expect(a.entities.count == 1)
    }

    /// Diplomatic shorthand for a government: "USG" and "GOG" are the countries, where one country fits.
    @Test func governmentAcronymsCountForTheirCountry() throws {
        let a = try model("Title\n\nThe US and Greece met in Athens. The USG asked the GOG for the files, and the GOG said US officials could read them in the US.\n")
        #expect(a.entity("US")?.aliases.contains("USG") == true)
        #expect(a.entity("Greece")?.aliases.contains("GOG") == true)
        #expect(a.entity("USG") == nil && a.entity("GOG") == nil)
        #expect(a.entities.count == 3)
        // Two countries with the initial G: "GOG" could be either, so it stays apart.
        let b = try model("Title\n\nGermany and Greece met in Athens. The GOG asked Germany for the files, and the GOG waited.\n")
        #expect(b.entity("GOG") != nil)
        // The party is known as such, not a government of a country with the initial P.
        let c = try model("Title\n\nThe GOP sent observers to Poland. Poland welcomed the GOP delegation and the GOP thanked Poland.\n")
        #expect(c.entity("GOP")?.type == .organization)
        #expect(c.entity("Poland")?.aliases.contains("GOP") == false)
    }

    /// A two-word name's last word alone is its short form when the text uses both, as its first is.
    @Test func aShortFormByTheLastWordMerges() throws {
        let a = try model("Title\n\nThe Education Department launched the College Scorecard website in May. Families liked what Scorecard showed, and Scorecard grew.\n")
        #expect(a.entity("College Scorecard")?.mentionCount == 3)
        #expect(a.entity("Scorecard") == nil)
    }

    @Test func peopleSharingASurnameStayApart() throws {
        let a = try model("""
            Title

            President Joe Biden met Dr. Jill Biden. Later President Biden and President Joseph Biden thanked Jill Biden.

            """)
        let joe = try #require(a.entities.first { $0.aliases.contains("Joe Biden") || $0.name == "Joe Biden" })
        let jill = try #require(a.entity("Jill Biden"))
        #expect(joe.mentionCount == 3)
        #expect(jill.mentionCount == 2)
        #expect(a.entities.count == 2)
    }

    @Test func nestedNamesCountOnlyWhereTheyDenoteTheEntity() throws {
        let a = try model("Title\n\nChina sent ships to the South China Sea. The USSR and the US met in Moscow.\n")
        #expect(a.entity("China")?.mentionCount == 1)
        #expect(a.entity("South China Sea")?.type == .place)
        #expect(a.entity("US")?.mentionCount == 1)
        #expect(a.entity("USSR")?.mentionCount == 1)
        #expect(a.entity("USSR")?.type == .country)
    }

    @Test func mentionsAreSortedAndMapBackToTheirText() throws {
        let a = try model("Title\n\nPutin met Xi Jinping. Xi and Putin's team talked in Beijing.\n")
        #expect(a.mentions.map(\.range) == a.mentions.map(\.range).sorted())
        for m in a.mentions {
            let e = a.entities[m.entity]
            let t = a.text(m.range)
            #expect(t == e.name || e.aliases.contains(t))
        }
    }
}

@Suite struct ResolverVariants {
    @Test func writtenVariantsOfOneNameMerge() throws {
        let a = try model("""
            Title

            The Potsdam Agreement and the Potsdam Agreements were signed. The Moscow Conference of Foreign Ministers \
            met; the Moscow Conference ended. The Oder River and the Oder flow north. The Province of Brandenburg \
            lies near Brandenburg. The Silk Road Project and the Silk Road grew. The Patriot and the Patriots arrived. \
            The Comprehensive Strategic Partnership made them Comprehensive Strategic Partners.

            """)
        #expect(a.entity("Potsdam Agreement")?.mentionCount == 2)
        #expect(a.entity("Moscow Conference of Foreign Ministers")?.mentionCount == 2)
        #expect(a.entity("Oder")?.mentionCount == 2)
        #expect(a.entity("Brandenburg")?.mentionCount == 2)
        #expect(a.entity("Silk Road Project")?.mentionCount == 2)
        #expect(a.entities.first { $0.name.hasPrefix("Patriot") }?.mentionCount == 2)
        #expect(a.entities.first { $0.name.hasPrefix("Comprehensive Strategic") }?.mentionCount == 2)
    }

    @Test func aWordSeenOnlyInsideALongerNameIsAFragment() throws {
        let a = try model("Title\n\nThe Strategic — Comprehensive Strategic Partnership was signed.\n")
        #expect(a.entity("Strategic") == nil)
        #expect(a.entity("Comprehensive Strategic Partnership") != nil)
    }
}
