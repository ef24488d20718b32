import Testing
@testable import ArticleModel

@Suite struct RecognizerTests {
    /// A short annotation in parentheses reads as sentences, not as a title-case headline line.
    @Test func namesInAShortParenthesisedParagraphAreMentions() throws {
        let a = try model("Title\n\nVladimir Putin met Xi Jinping in Moscow.\n\n(Later Xi met Putin again.)\n")
        #expect(a.entity("Vladimir Putin")?.mentionCount == 2)
        #expect(a.entity("Xi Jinping")?.mentionCount == 2)
    }

    @Test func titlesMarkPeopleAndAreNotPartOfTheName() throws {
        let a = try model("Title\n\nChinese President Xi Jinping met Senator Smith and Prime Minister Modi today.\n")
        #expect(a.entity("Xi Jinping")?.type == .person)
        #expect(a.entity("Smith")?.type == .person)
        #expect(a.entity("Modi")?.type == .person)
        #expect(a.entity("China")?.mentionCount == 1)
        #expect(!a.names.contains("President Xi Jinping"))
    }

    @Test func possessivesWithEitherApostropheCountForTheName() throws {
        let a = try model("Title\n\nPutin's speech was long. Putin’s aides agreed, and President Putin’s office too.\n")
        let putin = try #require(a.entity("Putin"))
        #expect(putin.mentionCount == 3)
        #expect(a.entities.count == 1)
    }

    @Test func compoundsYieldEachPart() throws {
        let a = try model("""
            Title

            The Chinese-Russian alliance grew after the Xi-Putin meeting. Xi Jinping and Vladimir Putin met again. \
            The US-dominated order and the Chinese-led bank worried the Russian/Chinese side.

            """)
        #expect(a.entity("China")?.mentionCount == 3)
        #expect(a.entity("Russia")?.mentionCount == 2)
        #expect(a.entity("Xi Jinping")?.mentionCount == 2)
        #expect(a.entity("Vladimir Putin")?.mentionCount == 2)
        #expect(a.entity("US")?.mentionCount == 1)
    }

    @Test func acronymInBracketsJoinsItsExpansion() throws {
        let a = try model("Title\n\nThe Collective Farm Authority (CFA) met in May. Later the CFA issued a report.\n")
        let cfa = try #require(a.entity("Collective Farm Authority"))
        #expect(cfa.type == .organization)
        #expect(cfa.aliases.contains("CFA"))
        #expect(cfa.mentionCount == 3)
        #expect(a.entities.count == 1)
    }

    @Test func knownAcronymsAndTheirExpansions() throws {
        let a = try model("Title\n\nNATO and the North Atlantic Treaty Organization are one. The IMF and the World Bank lend.\n")
        #expect(a.entity("North Atlantic Treaty Organization")?.mentionCount == 2)
        #expect(a.names.contains("IMF") && a.names.contains("World Bank"))
    }

    @Test func sentenceInitialCommonWordsAreNotNames() throws {
        let a = try model("""
            Title

            Suffice to say that Putin won. Volumes of trade rose. Though small, it grew. Obviously Putin and Xi agree.

            """)
        #expect(a.names == ["Putin", "Xi"])
    }

    @Test func headlineAndAdvertLinesAddNoNames() throws {
        let a = try model("Title of the Piece\n\nPutin spoke at length.\n\nBuy Silver at Discounted Prices\n\nThen Putin left.\n")
        #expect(a.names == ["Putin"])
        #expect(a.entity("Putin")?.mentionCount == 2)
    }

    /// "– Kemi Adeyemi, Product designer" under a quotation is no headline: it says who spoke.
    @Test func anAttributionLineNamesAPerson() throws {
        let a = try model("""
            Title

            Make space for others to contribute and grow.

            – Kemi Adeyemi, Product designer

            Ask for help early.

            — Tomas Varga, Designer

            - Harlan Okonjo

            """)
        #expect(a.entity("Kemi Adeyemi")?.type == .person, "\(a.names)")
        #expect(a.entity("Tomas Varga")?.type == .person, "\(a.names)")
        #expect(a.entities.count == 2, "\(a.names)") // (a hyphen opens a list's item, still a headline line)
    }

    @Test func monthsWeekdaysAndGreatPowersAreNotNames() throws {
        let a = try model("Title\n\nIn March the two great powers met on Monday. The Great Powers of Europe disagreed in July.\n")
        #expect(a.names == ["Europe"])
    }

    @Test func connectorsStayInsideNames() throws {
        let a = try model("""
            Title

            The power of gas is real: the Power of Siberia pipeline is built. It is run by the General Office of the \
            Communist Party of China, headed by his Chief of Staff Li Zhanshu.

            """)
        #expect(a.entity("Power of Siberia")?.type == .project)
        #expect(a.entity("General Office of the Communist Party of China")?.type == .organization)
        #expect(a.entity("Li Zhanshu")?.type == .person)
        #expect(a.entity("China") == nil)
    }

    @Test func nonASCIINamesAndSpeakerLabels() throws {
        let a = try model("""
            Remarks

            MODERATOR: Welcome, President Võ Văn Thưởng of Vietnam, and the city of Königsberg.

            PRESIDENT THƯỞNG: Thank you. I recall Hồ Chí Minh and Nguyễn Phú Trọng.

            Later President Thưởng spoke again.

            """)
        let t = try #require(a.entity("Võ Văn Thưởng"))
        #expect(t.type == .person)
        #expect(t.mentionCount == 3)
        #expect(a.entity("Hồ Chí Minh")?.type == .person)
        #expect(a.entity("Nguyễn Phú Trọng")?.type == .person)
        #expect(a.names.contains("Königsberg"))
        #expect(!a.names.contains("MODERATOR") && !a.names.contains("THƯỞNG"))
    }

    @Test func hyphenatedNamesWithALowerCasePart() throws {
        let a = try model("Title\n\nThe forces of General Chiang Kai-shek and the post-war US-dominated order.\n")
        #expect(a.entity("Chiang Kai-shek")?.type == .person)
        #expect(a.entity("US")?.mentionCount == 1)
    }
}

@Suite struct RecognizerEdgeCases {
    @Test func bylinesURLsAndAbbreviatedPlaces() throws {
        let a = try model("""
            The New Geopolitics of Energy

            By Margaret Holloway

            Merkel said the plan would work. See https://www.Example.com/Report for details. The mayor of \
            St. Petersburg met Ursula von der Leyen. The Government of Germany objected, and critics said so.

            """)
        #expect(a.entity("Margaret Holloway")?.type == .person)
        #expect(a.entity("Merkel")?.type == .person)
        #expect(a.entity("Ursula von der Leyen")?.type == .person)
        #expect(a.entity("Saint Petersburg")?.type == .place || a.entity("St. Petersburg")?.type == .place)
        #expect(a.entity("Germany")?.mentionCount == 1)
        #expect(!a.names.contains("Example") && !a.names.contains("Report"))
    }
}

@Suite struct RecognizerOlderDiplomaticText {
    static let memo = """
        MEMORANDUM OF CONVERSATION

        SUBJECT: Soviet Policy in the Near East

        The British Ambassador called and handed the Secretary a note from the Foreign
        Office. Mr. Henderson, Director of the Office of Near Eastern and African Affairs, listened.
        Marshal Stalin had told Mr. Molotov that the Straits question must be settled. The New York Times
        reported that Dean Acheson had drafted the speech; The Economist was sceptical. Acheson agreed.

        """

    @Test func titlesAloneAreNotPeople() throws {
        let a = try model(Self.memo)
        for title in ["Ambassador", "Secretary", "Director", "Marshal", "SUBJECT", "MEMORANDUM"] { #expect(a.entity(title) == nil) }
        #expect(a.entity("Stalin")?.type == .person)
        #expect(a.entity("Molotov")?.type == .person)
        #expect(a.entity("Dean Acheson")?.mentionCount == 2)
    }

    @Test func namesAcrossLineBreaksAndPublications() throws {
        let a = try model(Self.memo)
        #expect(a.entity("Foreign Office")?.type == .organization)
        #expect(a.entity("Office of Near Eastern and African Affairs")?.type == .organization)
        #expect(a.entity("New York Times")?.type == .media)
        #expect(a.entity("The Economist")?.type == .media)
    }
}

@Suite struct RecognizerBlogText {
    @Test func organisationNamesWithPossessivesAndForAndBracketedAcronyms() throws {
        let a = try model("""
            Why I Stopped Worrying

            Janet Yellen disagrees. The Society for Worldwide Interbank Financial Telecommunication (SWIFT) still \
            routes trade, and the People's Bank of China (PBOC) has been cautious. Later SWIFT and the PBOC met. \
            Brazil's Lula said Lula's government agreed.

            """)
        let swift = try #require(a.entity("Society for Worldwide Interbank Financial Telecommunication"))
        #expect(swift.type == .organization && swift.mentionCount == 3)
        #expect(a.entity("People's Bank of China")?.mentionCount == 3)
        #expect(a.entity("Lula")?.type == .person)
        #expect(a.entity("China") == nil)
    }
}

@Suite struct RecognizerHistoryChapter {
    @Test func peopleNamedOnceAtASentenceStartAndNamesHeadedByAKnownWord() throws {
        let a = try model("""
            Chapter 3: The Concert of Europe

            After Waterloo, the powers met at the Congress of Vienna. Talleyrand, representing Louis XVIII, \
            exploited their rivalries. Napoleon's escape from Elba united them. Unfortunately, nothing lasted.

            """)
        #expect(a.entity("Talleyrand")?.type == .person)
        #expect(a.entity("Napoleon")?.type == .person)
        #expect(a.entity("Congress of Vienna")?.type == .organization)
        #expect(a.entity("Congress") == nil && a.entity("Unfortunately") == nil)
    }
}

@Suite struct RecognizerCombiningForms {
    @Test func combiningFormsCountOnlyBeforeAHyphen() throws {
        let a = try model("""
            Sino-Russian ties are old. The Sino-Russian border and Anglo-American talks worried General Franco in Madrid.

            """)
        #expect(a.entity("China")?.mentionCount == 2)
        #expect(a.entity("Russia")?.mentionCount == 2)
        #expect(a.entity("United Kingdom")?.mentionCount == 1 || a.entities.contains { $0.aliases.contains("Anglo") })
        #expect(a.entity("Franco")?.type == .person)
        #expect(a.entity("France") == nil)
    }
}

@Suite struct RecognizerTranscripts {
    @Test func editorialCorrectionsAndDatelines() throws {
        let a = try model("""
            Remarks by President Biden and President Zelenskyy

            East Room

            PRESIDENT BIDEN: President Velenskyy [sic] — Zelenskyy, the Uranian [Ukrainian] people thank you. \
            President Zelenskyy agreed.

            PRESIDENT ZELENSKYY: Thank you.

            """)
        #expect(a.entity("Velenskyy") == nil && a.entity("Uranian") == nil)
        #expect(a.entity("East Room")?.type == .place)
        #expect(a.entity("Zelenskyy")?.mentionCount == 4) // title line, body twice, speaker label
        #expect(a.entity("Biden")?.mentionCount == 2)     // title line, speaker label
        #expect(a.entity("Ukraine")?.mentionCount == 1)
    }
}

@Suite struct RecognizerCapitals {
    @Test func paragraphsInCapitalsYieldOnlyKnownOrCorroboratedNames() throws {
        let a = try model("""
            Title

            Putin spoke in Moscow.

            THE ALLIANCE IS STRONG AND THE FACT IS CLEAR. PRESIDENT PUTIN AGREED WITH CHINA. WHO KNOWS? LET US SEE.

            """)
        #expect(a.names == ["Putin", "Moscow", "China"])
        #expect(a.entity("Putin")?.mentionCount == 2)
    }
}

@Suite struct RecognizerPolicyReport {
    @Test func regionsInitiativesAndInstitutesOfAPolicyReport() throws {
        let a = try model("""
            Strategic Competition in the Indo-Pacific

            The Biden administration deepened U.S.-China competition across the Indo-Pacific. Beijing’s Belt and Road \
            Initiative (BRI) financed ports. A report by the Center for Strategic and International Studies (CSIS) \
            found that BRI lending fell (in USD billions). The CSIS said so.

            """)
        #expect(a.entity("Indo-Pacific")?.mentionCount == 2)
        #expect(a.entity("India") == nil)
        #expect(a.entity("Belt and Road Initiative")?.mentionCount == 3)
        #expect(a.entity("Center for Strategic and International Studies")?.mentionCount == 3)
        #expect(a.entity("USD") == nil)
        #expect(a.entity("U.S.")?.mentionCount == 1 && a.entity("China")?.mentionCount == 1)
    }
}

@Suite struct RecognizerTables {
    @Test func namesDoNotCrossTableCellsOrIndentedLines() throws {
        let a = try model("""
            Seat distribution

            The Jiusan Society and the China Democratic League sat with Xi Jinping.

              Major party                   General Secretary          Seats
              Jiusan Society                                       Wu Weihua
              China Democratic League                              Ding Zhongli
              Candidates                         For
              Li Zhanshu                         2980
              Sun Chunlan                        2956

            """)
        #expect(a.entity("Jiusan Society")?.mentionCount == 2)
        #expect(a.entity("China Democratic League")?.mentionCount == 2)
        #expect(a.entity("Wu Weihua") != nil && a.entity("Ding Zhongli") != nil && a.entity("Li Zhanshu") != nil)
        #expect(!a.entities.contains { $0.name.contains("Society Wu") || $0.name.contains("League Ding") })
    }
}

@Suite struct RecognizerArabicNames {
    @Test func particlesJoinedByHyphenStayInsideNames() throws {
        let a = try model("""
            Title

            The Almohad commander Ali ibn al-Reberter reinstalled Muhammad ibn Ishaq in North Africa. Later Ibn \
            al-Reberter fled, and the Almohad Caliphate held Majorca.

            """)
        #expect(a.entities.contains { $0.name.hasSuffix("al-Reberter") })
        #expect(a.entity("Muhammad ibn Ishaq")?.type == .person)
        #expect(a.entity("North Africa")?.type == .place)
        #expect(a.entity("Almohad Caliphate")?.type == .place)
    }
}

@Suite struct RecognizerDiplomaticPapers {
    @Test func holdersNamedInBracketsAfterTheirTitleAndMarkings() throws {
        let a = try model("""
            No. 712

            The Ambassador in the Soviet Union (Harriman) to the Secretary of State

            SECRET
            Moscow, July 15, 1945—7 p.m.
            [Received July 16—3:40 a.m.]

            2573. Molotov told me that Generalissimo Stalin would arrive in Berlin. I informed Mr. Byrnes.

            The Acting Secretary of State (Grew) to the Ambassador in the United Kingdom (Winant)

            """)
        for name in ["Harriman", "Grew", "Winant", "Molotov", "Stalin", "Byrnes"] { #expect(a.entity(name)?.type == .person, "\(name)") }
        #expect(a.entity("SECRET") == nil && a.entity("Received") == nil)
    }
}

@Suite struct RecognizerQuotedHeadlines {
    @Test func aQuotedHeadlineIsNotAListOfNames() throws {
        let a = try model("""
            Title

            He said the London paper had a headline, ‘A Thousand People Storm the Parliament, Break Down the Doors of \
            the House of Commons to Protest the Investiture of the Next Secretary’. Then I turned to Macron. \
            He announced a “Nuclear Forces Policy Law” that day.

            """)
        for name in ["Thousand People Storm", "Break Down", "Doors", "Protest", "Investiture"] { #expect(a.entity(name) == nil, "\(name)") }
        #expect(a.entity("Macron")?.type == .person)
        #expect(a.entity("Nuclear Forces Policy Law")?.type == .event)
        #expect(a.entity("London") != nil)
    }
}

@Suite struct RecognizerMarkdown {
    @Test func markdownLinksAndPostedByLines() throws {
        let a = try model("""
            # The Dollar and Its Rivals

            *Posted by Tom Lee*

            In a [recent interview](https://www.Bloomberg.com/News/Yellen-Interview) Janet Yellen said the dollar \
            is safe. See <https://Example.org/Path/To/Page>.

            """)
        #expect(a.entity("Tom Lee")?.type == .person)
        #expect(a.entity("Janet Yellen")?.type == .person)
        #expect(a.entities.count == 2)
    }
}

@Suite struct RecognizerOrdinals {
    @Test func ordinalsStartNamesAndNumbersEndThem() throws {
        let a = try model("""
            Title

            The 10th Congress elected the 10th Central Committee of the Communist Party of China, with the Gang of \
            Four taking key roles. It was preceded by the 9th National Congress. The Central Committee met on the 5th.

            """)
        #expect(a.entity("10th Congress")?.type == .organization || a.entity("10th Congress")?.type == .event)
        #expect(a.entity("9th National Congress") != nil)
        #expect(a.entity("Gang of Four") != nil)
        #expect(a.entities.first { $0.name.hasPrefix("10th Central Committee") || $0.name == "Central Committee" }?.mentionCount == 2)
        #expect(a.entity("Congress") == nil && a.entity("5th") == nil)
    }
}
