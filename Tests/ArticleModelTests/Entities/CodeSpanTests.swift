import Testing
@testable import ArticleModel

/// Words in backticks are code (keys, commands, identifiers), in plain text as in Markdown: no name is read there.
@Suite struct CodeSpanTests {
    @Test func aCapitalisedWordInBackticksIsNoName() throws {
        let a = try model("Title\n\nPress `Enter` and then `Shift Tab` to go back, Maria Quist wrote in the `README` of `Harbor Lights`.\n")
        #expect(a.names.contains("Maria Quist"))
        for code in ["Enter", "Press Enter", "Shift Tab", "README", "Harbor Lights"] { #expect(!a.names.contains(code), "\(code)") }
    }

    @Test func anUnpairedBacktickHidesNothing() throws {
        let a = try model("Title\n\nThe ` mark alone changes nothing for Maria Quist in Lisbon.\n")
        #expect(a.names.contains("Maria Quist") && a.names.contains("Lisbon"))
    }
}
