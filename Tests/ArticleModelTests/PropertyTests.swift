import Foundation
import Testing
import TestSupport
@testable import ArticleModel

/// Generated texts (seeded, so failures repeat): the structure always covers the text.
@Suite struct PropertyTests {
    static func generate(_ rng: inout SeededGenerator) -> [UInt8] {
        let words = ["the", "Minister", "said", "(Laughter.)", "“quoted", "words”", "[1]", "[the Russians]", "U.S.",
                     "Dr.", "e.g.", "1.5", "Update:", "(Since", "then)", "Königsberg", "Thưởng", "—", "–", "\"", ":",
                     "1.", "(a)", "PRESIDENT BIDEN:", "See also", "\u{1B}", "\u{202E}", "\t", "\u{00A0}", "...", "?", "!"]
        var out: [UInt8] = []
        if rng.int(4) == 0 { out += [0xEF, 0xBB, 0xBF] }
        let crlf = rng.int(4) == 0
        let paragraphs = rng.int(30)
        for _ in 0..<paragraphs {
            let lines = 1 + rng.int(3)
            for _ in 0..<lines {
                for _ in 0..<rng.int(25) {
                    out += Array(words[rng.int(words.count)].utf8)
                    out.append(rng.int(8) == 0 ? 0x2E : 0x20)
                    if rng.int(10) == 0 { out.append(0x20) }
                }
                if rng.int(40) == 0 { out.append(0xFF) } // invalid UTF-8
                out += crlf ? [0x0D, 0x0A] : [0x0A]
            }
            if rng.int(5) != 0 { out += crlf ? [0x0D, 0x0A] : [0x0A] }
        }
        return out
    }

    @Test func structureCoversGeneratedTexts() throws {
        var rng = SeededGenerator(seed: 2024)
        for round in 0..<300 {
            let bytes = Self.generate(&rng)
            let a = try ArticleBuilder.build(bytes: bytes)
            var previousEnd = 0
            for (i, p) in a.paragraphs.enumerated() {
                #expect(p.index == i)
                #expect(p.range.start >= previousEnd && p.range.start < p.range.end && p.range.end <= a.bytes.count, "round \(round)")
                previousEnd = p.range.end
                for s in p.sentences {
                    let r = a.sentences[s].range
                    #expect(a.sentences[s].paragraph == i)
                    #expect(p.range.start <= r.start && r.end <= p.range.end && r.start < r.end, "round \(round)")
                }
            }
            // Every non-blank byte of the text lies in some paragraph.
            var covered = [Bool](repeating: false, count: a.bytes.count)
            for p in a.paragraphs { for k in p.range.start..<p.range.end { covered[k] = true } }
            for (k, b) in a.bytes.enumerated() where !covered[k] { #expect(b == 0x20 || b == 0x0A, "round \(round)") }
            SectionTests.checkCoverage(a)
            for an in a.annotations {
                #expect(an.paragraphs.allSatisfy { a.paragraphs.indices.contains($0) })
                #expect(an.annotates.allSatisfy { a.paragraphs.indices.contains($0) && !an.paragraphs.contains($0) })
            }
            for x in a.crossReferences { #expect(a.paragraphs[x.paragraph].range.start <= x.range.start && x.range.end <= a.paragraphs[x.paragraph].range.end) }
            let json = ArticleJSON.export(a)
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            #expect(object?["paragraphs"] as? [Any] != nil, "round \(round)")
            #expect((object?["paragraphs"] as? [Any])?.count == a.paragraphs.count)
        }
    }

    /// Any bytes that are not binary build without crashing, and the structure stays in range.
    @Test func arbitraryBytesNeverCrash() throws {
        var rng = SeededGenerator(seed: 99)
        let pieces: [[UInt8]] = ["(", ")", "“", "”", "\"", "[", "]", "1.", " ", " ", " ", "\n", "\n\n", ".", ":", "#", "Q ", "A:", "é", "ư", "\u{202E}", "\r\n", "Update:", "see above", "[3]"].map { Array($0.utf8) }
        for round in 0..<500 {
            var bytes: [UInt8] = []
            for _ in 0..<rng.int(400) {
                if rng.int(3) == 0 { bytes += pieces[rng.int(pieces.count)] } else { bytes.append(UInt8(0x20 + rng.int(0x60))) }
                if rng.int(200) == 0 { bytes.append(UInt8(0x80 + rng.int(0x80))) }
            }
            guard let a = try? ArticleBuilder.build(bytes: bytes) else { continue }
            SectionTests.checkCoverage(a)
            for h in a.search("a") { #expect(a.paragraphs[h.paragraph].range.start <= h.range.start, "round \(round)") }
            _ = ArticleJSON.export(a)
        }
    }
}

