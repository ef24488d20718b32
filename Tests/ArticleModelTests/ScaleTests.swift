import Foundation
import Testing
import Content
@testable import ArticleModel

/// Texts shaped like the hard cases at small sizes: many one-line paragraphs, a text repeated
/// several times, very long words and words far apart in the search index.
@Suite struct ScaleTests {
    @Test func manyOneLineParagraphsBuild() {
        let n = 3000
        var text = ""
        for i in 0..<n { text += "Line \(i) of the list about item \(i % 97).\n\n" }
        let a = Fixtures.build(text)
        #expect(a.paragraphs.count == n)
        // Level-1 sections cover every paragraph once, in order; parts are a few paragraphs long.
        let level1 = a.sections.filter { $0.level == 1 }
        #expect(level1.first?.first == 0)
        #expect(level1.last?.last == n - 1)
        for (x, y) in zip(level1, level1.dropFirst()) { #expect(y.first == x.last + 1) }
        #expect(a.sections.count <= n / 2)
        #expect(a.sections.allSatisfy { !$0.title.isEmpty && $0.title.count <= 61 })
        // "item 5" is in every 97th line; "item 5" as a whole word, not "item 50".
        #expect(a.search("item 5 ").count == (0..<n).filter { $0 % 97 == 5 }.count)
    }

    @Test func repeatedTextPointsAtEachCopysRepost() throws {
        let one = String(decoding: try Content.defaultArticle(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let copies = 5
        let a = Fixtures.build(Array(repeating: one, count: copies).joined(separator: "\n\n"))
        let reposts = a.crossReferences.filter { a.text($0.range).hasPrefix("I discussed this all") }
        #expect(reposts.count == copies)
        let datelines = a.paragraphs.filter { a.text(of: $0).hasPrefix("This article was first published") }.map(\.index)
        #expect(datelines.count == copies)
        for (k, x) in reposts.enumerated() {
            let target = try #require(x.target)
            #expect(target.first == datelines[k])
            // It ends before the next copy's reposted article, not at the end of the text.
            #expect(target.last! < (k + 1 < copies ? datelines[k + 1] : a.paragraphs.count))
        }
    }

    @Test func longWordsAndDistantPostings() {
        let long = String(repeating: "abcdefghij", count: 40)   // 400 bytes: longer than a length byte
        var words: [String] = []
        for i in 0..<2000 { words.append(i % 300 == 7 ? "Zebra" : "w\(i % 50)") }
        let text = "Intro \(long) and \(long.uppercased())s here.\n\n" + words.joined(separator: " ") + ".\n"
        let a = Fixtures.build(text)
        let hits = a.search("abcdefghij")
        #expect(hits.count == 2)
        #expect(hits.first.map { a.text($0.range) } == long)
        #expect(hits.last.map { a.text($0.range).count } == long.count + 1)
        // Occurrences 300 words apart: gaps that take two bytes.
        #expect(a.search("zebra").count == (0..<2000).filter { $0 % 300 == 7 }.count)
        #expect(a.search("zebra w8").count == (0..<2000).filter { $0 % 300 == 7 }.count)
        #expect(a.search("w1", limit: 3).count == 3)
    }
}
