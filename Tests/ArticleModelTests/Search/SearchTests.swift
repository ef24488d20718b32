import Testing
import TestSupport
@testable import ArticleModel

@Suite struct SearchTests {
    /// The first pass that sizes a big text's token arrays counts at least every word the index
    /// keeps (else an array would double), and hardly more (else memory is wasted): on texts with
    /// curly quotes, accents, Vietnamese and hyphenation.
    @Test func wordCountBoundsTheIndexedWords() throws {
        for name in [Fixtures.luncheon, Fixtures.potsdam] {
            let a = try Fixtures.article(name)
            let counted = SearchIndexBuilder.countWords(a.bytes, a.paragraphs.map(\.range))
            #expect(counted >= a.searchIndex.tokenCount && a.searchIndex.tokenCount > 1000)
            #expect(counted <= a.searchIndex.tokenCount + a.searchIndex.tokenCount / 100, "\(name)")
        }
        let d = try Fixtures.defaultArticle()
        #expect(SearchIndexBuilder.countWords(d.bytes, d.paragraphs.map(\.range)) >= d.searchIndex.tokenCount)
    }

    @Test func caseInsensitiveWordAndPrefix() throws {
        let a = try Fixtures.defaultArticle()
        let xi = a.search("xi")
        #expect(!xi.isEmpty)
        #expect(xi.allSatisfy { a.text($0.range).lowercased().hasPrefix("xi") })
        #expect(xi.first?.paragraph == 1)
        #expect(a.text(xi[0].range) == "Xi")
        // Prefix: "kuzn" finds "Kuznetsov".
        let k = a.search("KUZN")
        #expect(k.count == 1 && a.text(k[0].range) == "Kuznetsov" && k[0].paragraph == 24)
        // Hits are in reading order and inside their paragraph.
        for (x, y) in zip(xi, xi.dropFirst()) { #expect(x.range.start < y.range.start) }
        for h in xi { #expect(a.paragraphs[h.paragraph].range.start <= h.range.start && h.range.end <= a.paragraphs[h.paragraph].range.end) }
    }

    @Test func accentInsensitive() throws {
        let a = try Fixtures.article(Fixtures.luncheon)
        let hits = a.search("thuong")
        #expect(hits.count >= 3)
        #expect(a.text(hits[0].range) == "Thưởng")
        #expect(a.search("NGUYEN PHU").map { a.text($0.range) }.first == "Nguyễn Phú")
        let p = try Fixtures.article(Fixtures.potsdam)
        #expect(p.search("konigsberg").count == 2)
        #expect(p.search("Königsberg").count == 2)
        #expect(p.search("swinou").count == 1)
    }

    @Test func phrasesAndExactWords() throws {
        let a = try Fixtures.defaultArticle()
        let sea = a.search("south china sea")
        #expect(sea.count == 3)
        #expect(sea.allSatisfy { a.text($0.range) == "South China Sea" })
        // A trailing space makes the last word exact: "chin " finds nothing, "china " finds China.
        #expect(a.search("chin ").isEmpty)
        #expect(!a.search("china ").isEmpty)
        #expect(a.search("").isEmpty)
        #expect(a.search("zzzz").isEmpty)
        #expect(a.search("the", limit: 5).count == 5)
    }

    @Test func largeTextQueriesFindRareWordsAndStopAtTheirLimit() {
        // About 2 MB of generated words: a rare word is found once among them, and a common prefix
        // stops at its limit. (How fast a query is, is `dossier-bench model`'s to measure, not a test's.)
        var rng = SeededGenerator(seed: 7)
        let vocabulary = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "Ärger", "über", "naïve", "Xi", "Putin", "summit"]
        var text = ""
        for i in 0..<40_000 {
            text += vocabulary[Int(rng.next() % UInt64(vocabulary.count))] + (i % 12 == 11 ? ".\n\n" : " ")
        }
        text += "unique-needle end."
        let a = Fixtures.build(text)
        #expect(a.search("unique").count == 1)
        #expect(a.search("arg", limit: 100).count == 100)
        #expect(a.search("arg").count > 1000)
        #expect(a.search("unique needle").map { a.text($0.range) } == ["unique-needle"])
    }
}
