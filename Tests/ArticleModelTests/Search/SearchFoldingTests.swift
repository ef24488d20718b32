import Testing
@testable import ArticleModel

/// Compatibility folding (NFKC casefold) in the index and the query: a soft hyphen, a ligature or a
/// full-width letter does not hide a word.
@Suite struct SearchFoldingTests {
    static let text = "Folding\n\nThe para\u{AD}graph names Ｊｏｅ Ｓｍｉｔｈ and the ﬁle of ＭＡＲＹ, a ﬂoor plan, "
        + "the ＩＳＯ ９００１ norm and Σίσυφος.\n"

    static func found(_ query: String) throws -> [String] {
        let a = try ArticleBuilder.build(bytes: Array(text.utf8))
        return a.search(query).map { a.text($0.range) }
    }

    @Test func softHyphensAreIgnored() throws {
        #expect(try Self.found("paragraph") == ["para\u{AD}graph"])
        #expect(try Self.found("para\u{AD}graph") == ["para\u{AD}graph"])
        #expect(try Self.found("paragr") == ["para\u{AD}graph"])
    }

    @Test func ligaturesAreTheirLetters() throws {
        #expect(try Self.found("file") == ["ﬁle"])
        #expect(try Self.found("FLOOR") == ["ﬂoor"])
        #expect(try Self.found("ﬁle") == ["ﬁle"])
    }

    @Test func fullWidthFormsAreTheirLetters() throws {
        #expect(try Self.found("joe") == ["Ｊｏｅ"])
        #expect(try Self.found("joe smith") == ["Ｊｏｅ Ｓｍｉｔｈ"])
        #expect(try Self.found("mary") == ["ＭＡＲＹ"])
        #expect(try Self.found("ＪＯＥ") == ["Ｊｏｅ"])
        #expect(try Self.found("iso 9001") == ["ＩＳＯ ９００１"])
    }

    /// The decompositions come from a table written at build time, Hangul syllables by arithmetic.
    @Test func decompositionsWithoutFoundation() {
        let d = { (s: String) in SearchFolding.decomposition(of: s.unicodeScalars.first!).map { String($0) }.joined() }
        #expect(d("ﬁ") == "fi")
        #expect(d("①") == "1")
        #expect(d("é") == "e\u{301}")
        // The table's first and last entries, and a letter between them that has none.
        #expect(d("\u{A0}") == " ")
        #expect(d("\u{2FA1D}") == "\u{2A600}")
        #expect(d("Ω") == "Ω")
        #expect(d("한") == "\u{1112}\u{1161}\u{11AB}")
        #expect(d("가") == "\u{1100}\u{1161}")
        #expect(d("x") == "x")
        #expect(SearchFolding.folded("Võ Văn THƯỞNG") == "vo van thuong")
        #expect(SearchFolding.folded("Łódź, ﬁle") == "lodz, file")
    }

    @Test func finalSigmaFoldsLikeSigma() throws {
        #expect(try Self.found("σισυφοσ") == ["Σίσυφος"])
        #expect(try Self.found("ΣΊΣΥΦΟΣ") == ["Σίσυφος"])
    }

    @Test func foldedFormsOfSingleCharacters() {
        #expect(SearchFolding.fold("\u{FB01}") == Array("fi".utf8))
        #expect(SearchFolding.fold("\u{FF2A}") == Array("j".utf8))
        #expect(SearchFolding.fold("\u{AD}") == [])
        #expect(SearchFolding.fold("\u{FF0C}") == []) // full-width comma: punctuation, not a letter
        #expect(SearchFolding.fold("É") == Array("e".utf8))
        #expect(SearchFolding.fold("ß") == Array("ss".utf8))
        #expect(SearchFolding.fold("Ø") == Array("o".utf8))
        #expect(SearchFolding.fold("\u{2460}") == Array("1".utf8)) // ①
        // A form that spells a phrase folds as itself: no character grows more than threefold.
        #expect(SearchFolding.fold("\u{FDFA}") == Array("\u{FDFA}".utf8))
        #expect(SearchFolding.fold("\u{AC01}").count == 9) // 각: its three letters (jamo), as canonical folding did
    }

    /// The bound the index's 32-bit offsets rely on, over every character of the first three planes.
    @Test func noCharacterFoldsToMoreThanThreeTimesItsLength() {
        var over: [UInt32] = []
        for v in UInt32(0x80)..<0x30000 {
            guard let u = Unicode.Scalar(v) else { continue }
            if SearchFolding.fold(u).count > 3 * UTF8.width(u) { over.append(v) }
        }
        #expect(over.isEmpty, "\(over.prefix(10).map { String($0, radix: 16) })")
    }
}
