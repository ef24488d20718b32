import Testing
@testable import ArticleModel

/// What a class and id say of an element: Readability's words found anywhere in the lowercased string.
@Suite struct ClassHintsTests {
    @Test func wordsAreFoundAnywhereInTheClassAndID() {
        #expect(ClassHints("article-body") == [.positive, .maybe])
        #expect(ClassHints("post-byline meta") == [.positive, .negative, .byline])
        #expect(ClassHints("site-footer nav-menu") == [.negative, .unlikely])
        #expect(ClassHints("x") == [])
        #expect(ClassHints("") == [])
    }

    /// On random strings made of the words' pieces, the hints are those a plain substring search finds.
    @Test func theSameAsSearchingEveryWord() {
        let lists: [([[UInt8]], ClassHints)] = [(ClassHints.negativeWords, .negative), (ClassHints.positiveWords, .positive),
                                                (ClassHints.unlikelyWords, .unlikely), (ClassHints.maybeWords, .maybe),
                                                (ClassHints.bylineWords, .byline)]
        let pieces = ["art", "icle", "-", "ad", "foot", "er", " ", "by", "line", "side", "bar", "x", "main", "com", "ment", "s"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let s = (0..<Int.random(in: 0..<8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            var expected: ClassHints = []
            for (words, flag) in lists where ClassHints.any(words, in: Array(s.utf8)) { expected.insert(flag) }
            #expect(ClassHints(s) == expected, "\(s)")
        }
    }
}
