import Testing
@testable import ArticleModel

/// A page's bytes are checked as UTF-8 eight ASCII bytes at a time: a bad or multi-byte sequence is
/// found wherever it falls, inside a word of eight or in the tail after the last one.
@Suite struct HTMLEncodingTests {
    @Test func aSequenceIsFoundAtEveryPosition() {
        let ascii = Array("<p>The quick brown fox</p>".utf8)
        #expect(HTMLEncoding.utf8Validity(ascii) == (true, false))
        for at in 0...ascii.count {
            var bad = ascii, accented = ascii
            bad.insert(0xFF, at: at)
            accented.insert(contentsOf: Array("é".utf8), at: at)
            #expect(HTMLEncoding.utf8Validity(bad) == (false, false), "0xFF at \(at)")
            #expect(HTMLEncoding.utf8Validity(accented) == (true, true), "é at \(at)")
        }
        #expect(HTMLEncoding.utf8Validity([]) == (true, false))
        #expect(HTMLEncoding.utf8Validity(ascii + [0xC3]) == (false, false))
    }
}
