import Testing
@testable import ArticleModel

/// "I" and "me" in a passage a person signs or speaks stand for that person in the relations.
@Suite struct FirstPersonTests {
    static let signed = """
        What we learned from each other

        A heading for the answer

        I picked up the habit of short meetings from my teammate Ben Okafor, who runs them well. It helped me a lot.

        – Jane Whitlock, UX designer

        Another heading for the next answer

        Writing in the open is valuable for everyone who comes later to the work.

        – Tom Adeyemi, Content strategist

        """

    @Test func aSignedPassageTiesItsSignerToTheNamesItsIMeets() throws {
        let a = try model(Self.signed)
        let tie = try #require(a.relation("Jane Whitlock", "Ben Okafor"))
        let evidence = tie.evidence.map { a.text(of: a.sentences[$0.sentence]) }
        #expect(evidence.contains { $0.hasPrefix("I picked up the habit") })
        // The next signer's passage has no "I": no tie to Ben Okafor, and none across the heading.
        #expect(a.relation("Tom Adeyemi", "Ben Okafor") == nil)
    }

    @Test func theNameASignatureLineOpensWithIsAPerson() throws {
        let a = try model(Self.signed)
        let names = a.entities.filter { $0.type == .person }.map(\.name)
        #expect(names.contains("Jane Whitlock") && names.contains("Tom Adeyemi"))
        // The role after the comma is not a name.
        #expect(!a.entities.contains { $0.name == "Content" || $0.name == "UX designer" })
    }

    @Test func theSpeakersMentionsCountOnlyTheNamesTheTextWrites() throws {
        let a = try model(Self.signed)
        let jane = try #require(a.entities.firstIndex { $0.name == "Jane Whitlock" })
        #expect(a.mentions.filter { $0.entity == jane }.count == 1)
    }

    @Test func aTurnsSpeakerIsItsIUntilTheNextTurn() throws {
        let a = try model("""
            Interview with the team

            Maria Quist (designer): The forms were slow before the change. Then I met Ben Okafor in May.

            Paul Ferrante (developer): The forms were fine for us. I asked Dana Pruitt about them.

            """)
        #expect(a.relation("Maria Quist", "Ben Okafor") != nil)
        #expect(a.relation("Paul Ferrante", "Dana Pruitt") != nil)
        #expect(a.relation("Maria Quist", "Dana Pruitt") == nil)
        #expect(a.relation("Paul Ferrante", "Ben Okafor") == nil)
    }

    /// A transcript: a title may come before the speaker's name, a short line goes on with the turn, and a
    /// question from someone not named ("Q …") ends it.
    @Test func aTranscriptsTurnsEndAtTheNextSpeakerEvenUnnamed() throws {
        let a = try model("""
            Remarks by President Okafor at the press conference

            PRESIDENT OKAFOR: Please, be seated. Thank you all for coming today.

            Thank you.

            I spoke with Maria Quist this morning about the new bridge and the roads.

            Q Thank you, Mr. President. I asked Dana Pruitt about the bridge last week.

            """)
        #expect(a.relation("Okafor", "Maria Quist") != nil)
        #expect(a.relation("Okafor", "Dana Pruitt") == nil)
    }

    @Test func anUnsignedIIsNobody() throws {
        let a = try model("""
            A note on the forms

            I met Ben Okafor in May and we talked about the forms for a long time.

            Maria Quist wrote the second version of the forms later that year.

            """)
        #expect(a.relation("Maria Quist", "Ben Okafor") == nil)
    }

    @Test func firstPersonWordsAreWholeWords() {
        let text = Array("I think Iris told me, and I’m sure: myself, Imre, meet.".utf8)
        let words = FirstPerson.firstPersonWords(text, TextRange(0, text.count)).map { String(decoding: text[$0.start..<$0.end], as: UTF8.self) }
        #expect(words == ["I", "me", "I", "myself"])
    }
}
