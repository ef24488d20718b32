import Testing
@testable import ArticleModel

/// A common English word capitalised only where any word may be (a title, a citation, before the noun it
/// describes) is no entity; alone in running prose, in a list of names, or with a title it stays one.
@Suite struct CommonWordTests {
    @Test func theCommonWordTableKnowsWordsNotNames() {
        let g = sharedKnowledge.gazetteer
        for word in ["Methods", "Toward", "Proceedings", "Consulate"] { #expect(g.isCommonWord(Array(word.utf8)[...]), "\(word)") }
        // Names the other tables hold, common surnames and given names, and words the dictionary also writes
        // capitalised ("Treasury") are left to the other rules.
        for word in ["Congress", "Baker", "Mark", "Treasury", "Reading", "Okafor", "Xi"] {
            #expect(!g.isCommonWord(Array(word.utf8)[...]), "\(word)")
        }
    }

    @Test func wordsOfCitedTitlesAreNoEntities() throws {
        let a = try model("""
            Title

            Anna Okafor wrote to the embassy in Lagos.

            Cited in Toward a History of the Embassy, Chapter 12. See Dictionary of American Biography, II, 380.

            """)
        #expect(a.names.contains("Anna Okafor"))
        for word in ["Toward", "Dictionary", "Biography"] { #expect(!a.names.contains(word), "\(word)") }
    }

    @Test func aWordBeforeTheNounItDescribesIsNoEntity() throws {
        let a = try model("""
            Title

            How did the team run the Discovery phase? Anna Okafor led it for the Consulate in Lagos and the Embassies \
            in Accra and Dakar.

            """)
        #expect(a.names.contains("Anna Okafor"))
        for word in ["Discovery", "Consulate", "Embassies"] { #expect(!a.names.contains(word), "\(word)") }
    }

    @Test func aCommonWordWrittenAloneInProseStaysAName() throws {
        let a = try model("""
            Title

            Compass hired Anna Okafor in May. She said the work at Compass was hard.

            """)
        #expect(a.names.contains("Compass"))
        // After "and" and another name, before a verb in the past tense.
        let b = try model("Title\n\nLater Anna Okafor and Compass signed a deal.\n")
        #expect(b.names.contains("Compass"))
    }

    @Test func aCommonWordInAListOfNamesStaysAName() throws {
        let a = try model("""
            Title

            We are glad to see what Niche, College Greenlight, Noodle, Tractus Insight and others are building.

            """)
        #expect(a.names.contains("Noodle"))
        #expect(a.names.contains("College Greenlight"))
    }

    /// Common words in title case ending in a plural name a class of things or records, not an entity; after "the"
    /// they may name one.
    @Test func commonWordsEndingInAPluralAreNoName() throws {
        let a = try model("""
            Title

            The clerk filed each bill under Contingent Expenses, and kept copies in Domestic Letters. He received \
            Foreign Ministers in a small room. Later he heard the Rolling Stones play and wrote to Maria Lindqvist.

            """)
        for name in ["Contingent Expenses", "Domestic Letters", "Foreign Ministers"] { #expect(!a.names.contains(name), "\(name)") }
        #expect(a.names.contains("Rolling Stones"))
        #expect(a.names.contains("Maria Lindqvist"))
    }

    /// Common words in title case, the first of which the text also writes in lower case, name a thing, not an entity.
    @Test func commonWordsTheTextAlsoWritesInLowerCaseAreNoName() throws {
        let a = try model("""
            Title

            Editors had to file a Help Desk ticket for every change. Thanks for your help, Maria Lindqvist.

            """)
        #expect(!a.names.contains("Help Desk"), "\(a.names)")
        #expect(a.names.contains("Maria Lindqvist"))
    }
}
