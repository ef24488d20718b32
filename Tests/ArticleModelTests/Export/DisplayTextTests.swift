import Testing
@testable import ArticleModel

@Suite struct DisplayTextTests {
    @Test func controlsAndBidiBecomePlaceholders() {
        #expect(DisplayText.sanitize("a\u{1B}[31mb") == "a␛[31mb")
        #expect(DisplayText.sanitize("x\u{7}y\u{7F}z") == "x␇y␡z")
        #expect(DisplayText.sanitize("p\u{85}q") == "p<U+0085>q")
        #expect(DisplayText.sanitize("evil \u{202E}txt\u{2066}") == "evil <U+202E>txt<U+2066>")
        #expect(DisplayText.sanitize("two\nlines") == "two␊lines")
        #expect(DisplayText.sanitize("two\nlines", keepNewlines: true) == "two\nlines")
        #expect(DisplayText.sanitize("plain “text” – ok") == "plain “text” – ok")
    }

    @Test func jsonEscapesControls() {
        let a = Fixtures.build("T\n\nbad \u{1B}[2J and \u{202E} here.\n")
        let json = ArticleJSON.export(a)
        #expect(json.contains("bad \\u001b[2J and \\u202e here."))
        #expect(!json.unicodeScalars.contains { DisplayText.isUnsafe($0) && $0 != "\n" })
    }
}
