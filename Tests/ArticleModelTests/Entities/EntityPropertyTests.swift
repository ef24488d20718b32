import Testing
import TestSupport
@testable import ArticleModel

/// Any text, however odd, builds without crashing, and every mention maps back into the text.
@Suite struct EntityPropertyTests {
    static let pieces = ["Putin", "Xi", "Jinping", "President", "Mr.", "of", "the", "and", "US", "USSR", "NATO", "(", ")",
                         "[", "]", "sic", "’s", "'s", "-", "–", "—", "/", ".", ",", ":", "“", "”", "\"", "\n", "\n\n", "  ",
                         "\t", "Võ", "Văn", "Thưởng", "THƯỞNG", "PRESIDENT", "Königsberg", "Sino", "Indo-Pacific", "South",
                         "China", "Sea", "Bank", "Council", "Power", "Siberia", "U.S.", "St.", "A.", "1.", "2020", "F-35",
                         "https://x.org/A", "al", "bin", "Chinese-Russian", "Kai-shek", "The", "Duran", "met", "allied",
                         "\u{202E}", "\u{1B}", "é", "ß", "日本", "🙂", "People’s", "Republic", "Government", "For", "ON"]

    @Test func randomTextsBuildAndMentionsMapBack() throws {
        var g = SeededGenerator(seed: 42)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(g.next() % 120) {
                text += g.pick(Self.pieces)
                if g.next() % 3 != 0 { text += " " }
            }
            let a = try ArticleBuilder.build(bytes: Array(text.utf8), knowledge: sharedKnowledge)
            for m in a.mentions {
                #expect(m.range.start >= 0 && m.range.end <= a.bytes.count && m.range.start < m.range.end)
                #expect(m.entity < a.entities.count)
                #expect(a.sentences[m.sentence].range.start <= m.range.start && m.range.end <= a.sentences[m.sentence].range.end)
            }
            for r in a.relations {
                #expect(r.source < a.entities.count && r.target < a.entities.count && r.source != r.target)
                #expect(r.weight == r.evidence.count)
            }
            #expect(a.entities.map(\.mentionCount).reduce(0, +) == a.mentions.count)
        }
    }
}
