import Testing
@testable import ArticleModel

/// Block quotations found from the quoted paragraph itself (issue 13, class 5), with made-up texts.
@Suite struct BlockQuoteTests {
    static let report = """
    The council met on Tuesday evening to discuss the district schools, which have suffered from years of delayed repairs and shrinking budgets.

    The meeting ran late into the night as residents queued to speak, many of them carrying photographs of leaking roofs and broken heating.
    """

    @Test func typewriterSingleQuotesMarkAQuotationAndARun() {
        let one = Fixtures.build("""
        Title

        \(Self.report)

        'The buildings are older than most of the teachers who work in them, and every winter the pipes freeze and the classes go home.'

        The council has promised a survey before the spring.
        """)
        #expect(one.quotes.map(\.paragraphs) == [[3]])
        let run = Fixtures.build("""
        Title

        \(Self.report)

        'The buildings are older than most of the teachers who work in them, and every winter the pipes freeze.

        Last year we lost eleven teaching days to the heating alone, and the parents don't wait for the next winter.'

        The council has promised a survey before the spring.
        """)
        #expect(run.quotes.map(\.paragraphs) == [[3, 4]])
    }

    /// ("'Tis the season …", "the teachers' room": marks that do not close the paragraph make no quotation.)
    @Test func aTypewriterApostropheOpensNoQuotation() {
        let a = Fixtures.build("""
        Title

        \(Self.report)

        'Tis the season of leaking roofs, and the teachers' room has buckets on every shelf from October to the end of March.

        The council has promised a survey before the spring.
        """)
        #expect(a.quotes.isEmpty)
    }
}

extension BlockQuoteTests {
    @Test func aCreditAfterTheClosingMarkKeepsAParagraphAQuote() {
        for credit in ["— Jane Smith, head teacher", "(Smith, 2004, p. 12)."] {
            let a = Fixtures.build("""
            Title

            \(Self.report)

            “The buildings are older than most of the teachers who work in them, and every winter the pipes freeze.” \(credit)

            The council has promised a survey before the spring.
            """)
            #expect(a.quotes.map(\.paragraphs) == [[3]], "\(credit)")
        }
    }

    /// (Narrative after the closing mark is the author's: "“…,” the mayor said, and left.")
    @Test func narrativeAfterTheClosingMarkIsNoCredit() {
        let a = Fixtures.build("""
        Title

        \(Self.report)

        “The buildings are older than most of the teachers who work in them,” the head teacher told the council before she left the meeting early.

        The council has promised a survey before the spring.
        """)
        #expect(a.quotes.isEmpty)
    }
}

extension BlockQuoteTests {
    /// Someone's words over two paragraphs without marks: the second goes on in the first one's voice.
    @Test func aQuotationInTheFirstPersonGoesOnOverTheParagraphsInItsVoice() {
        let a = Fixtures.build("""
        Title

        \(Self.report)

        The head teacher put it this way in her letter to the council:

        We have lost eleven teaching days to the heating this winter alone, and our parents have begun to move their children away.

        We ask the council to act before the next winter comes, because we cannot keep the school open another year without heat.

        The council has promised a survey of every school building in the district before the spring, and a decision in the summer.
        """)
        #expect(a.quotes.map(\.paragraphs) == [[4, 5]])
    }

    /// "… the minister said that" / "the schools of this district deserve …": a line ending in "that" runs on.
    @Test func aLineEndingInThatRunsOnIntoTheQuotation() {
        let a = Fixtures.build("""
        Title

        \(Self.report)

        In a speech to teachers last week the minister said that

        the schools of this district deserve better than leaking roofs, and the government will pay for new ones.

        The council has promised a survey before the spring.
        """)
        #expect(a.paragraphs[3].kind == .body)
        #expect(a.quotes.map(\.paragraphs) == [[4]])
    }
}

extension BlockQuoteTests {
    /// "… concluded:", "… warned:", "… replied:": verbs of saying other than "said" introduce a quotation.
    @Test func aColonAfterAnyVerbOfSayingIntroducesAQuotation() {
        for verb in ["concluded", "warned", "replied", "insisted", "testified"] {
            let a = Fixtures.build("""
            Title

            \(Self.report)

            In 1998 the schools inspectorate \(verb):

            The buildings of the district are in a poor state of repair and the programme of works is neither funded nor planned.

            The council has promised a survey before the spring.
            """)
            #expect(a.quotes.map(\.paragraphs) == [[4]], "\(verb)")
        }
    }
}

extension BlockQuoteTests {
    /// A pull quote half as long as the paragraphs around it, repeating a sentence of the next one.
    @Test func aPullQuoteBeforeTheSentenceItRepeatsIsAnAside() {
        let a = Fixtures.build("""
        Title

        \(Self.report)

        The meeting ran late into the night as residents queued.

        The meeting ran late into the night as residents queued to speak, many of them carrying photographs of leaking roofs and broken heating.

        By the end of the evening the council had agreed to commission an independent survey of every school building in the district.
        """)
        #expect(a.paragraphs[3].kind == .aside)
    }
}

extension BlockQuoteTests {
    /// "The county auditor's conclusion was blunt:" names someone's words; "The answer is simple:" is the author's.
    @Test func aLeadInNamingSomeonesWordsIntroducesAQuotation() {
        let quoted = "The repair programme has failed to deliver any of the promised benefits and should be halted before more money is spent on it."
        for (leadIn, expected) in [("The county auditor's conclusion was blunt:", [[4]]), ("Her answer to the parents was short:", [[4]]),
                                   ("The answer is simple:", []), ("Our view is this:", [])] {
            let a = Fixtures.build("""
            Title

            \(Self.report)

            \(leadIn)

            \(quoted)

            The council has promised a survey before the spring.
            """)
            #expect(a.quotes.map(\.paragraphs) == expected, "\(leadIn)")
        }
    }
}
