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
    }
}
