import Testing
@testable import ArticleModel

@Suite struct RelationsTests {
    @Test func weightCountsSharedSentencesAndLabelComesFromTheText() throws {
        let a = try model("Title\n\nPutin met Xi Jinping in Moscow. Later Putin and Xi Jinping drank tea. Putin slept.\n")
        let r = try #require(a.relation("Putin", "Xi Jinping"))
        #expect(r.weight == 2)
        #expect(r.label == "met")
        #expect(r.evidence.map(\.sentence) == [0, 1].map { a.paragraphs[1].sentences.lowerBound + $0 })
    }

    @Test func compoundAllianceIsLabelled() throws {
        let a = try model("Title\n\nThe Chinese-Russian alliance is strong.\n")
        #expect(a.relation("China", "Russia")?.label == "alliance")
    }

    @Test func noLabelWithoutATieWord() throws {
        let a = try model("Title\n\nThen Putin and Modi drank tea.\n")
        let r = try #require(a.relation("Putin", "Modi"))
        #expect(r.label == nil)
        #expect(r.weight == 1)
    }

    @Test func statedTiesRankBeforeCoMentionsThenByWeight() throws {
        let a = try model("""
            Title

            Russia backs China. Russia and China trade. India and Iran drank tea. Iran and India ate. India warned Japan.

            """)
        let labelled = a.relations.prefix { $0.label != nil }
        let rest = a.relations.dropFirst(labelled.count)
        #expect(rest.allSatisfy { $0.label == nil })
        #expect(labelled.map(\.weight) == labelled.map(\.weight).sorted(by: >))
        #expect(rest.map(\.weight) == rest.map(\.weight).sorted(by: >))
        #expect(a.relations.first.map { Set([a.entities[$0.source].name, a.entities[$0.target].name]) } == ["Russia", "China"])
        // India — Iran is named together twice without a tie: after India — Japan, stated once.
        let names = a.relations.map { Set([a.entities[$0.source].name, a.entities[$0.target].name]) }
        #expect(names.firstIndex(of: ["India", "Japan"])! < names.firstIndex(of: ["India", "Iran"])!)
    }

    @Test func onlyPairsWithinASentence() throws {
        let a = try model("Title\n\nPutin spoke. Modi listened.\n")
        #expect(a.relations.isEmpty)
    }
}

@Suite struct RelationsLongSentences {
    /// A "sentence" with no punctuation (a list, a table) relates mentions near each other only, so the
    /// work stays linear; ties between neighbours are still found once per sentence.
    @Test func aVeryLongSentenceRelatesNeighboursOnce() throws {
        let names = ["Russia", "China", "India", "Brazil", "Iran", "Japan", "Germany", "France"]
        var text = "Title\n\nMexico and "
        for i in 0..<400 { text += names[i % names.count] + " and " }
        text += "Spain met."
        let a = try model(text)
        let r = try #require(a.relation("Russia", "China"))
        #expect(r.weight == 1)
        #expect(a.relation("Mexico", "Spain") == nil) // far apart in one long sentence
        #expect(a.relation("Mexico", "Russia")?.weight == 1)
    }
}
