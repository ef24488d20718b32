import Testing
@testable import ArticleModel

@Suite struct SegmenterTests {
    @Test func defaultArticleHas56Paragraphs() throws {
        let a = try Fixtures.defaultArticle()
        #expect(a.paragraphs.count == 56)
        #expect(a.text(of: a.paragraphs[0]) == "Understanding the Chinese-Russian Alliance")
        #expect(a.text(of: a.paragraphs[14]).hasPrefix("This article was first published by The Duran"))
        #expect(a.text(of: a.paragraphs[55]).hasPrefix("That the duel between these two great alliances"))
    }

    /// Zero-width spaces, joiners and word joiners (left by web pages and editors) are invisible: a file of
    /// nothing else is an empty article, a line of nothing else is a blank line between paragraphs, and a
    /// paragraph is trimmed of them at its ends but keeps them inside (a joiner inside an emoji sequence).
    @Test func invisibleMarksAloneAreBlank() {
        #expect(Fixtures.build("\u{200B}\n\u{2060}\u{200D}\n").isEmpty)
        let a = Fixtures.build("\u{200B}Title\u{200C}\n\u{200B}\nJoe Biden met Olaf Scholz.\n\u{2060}\nA family 👨\u{200D}👩 here.\n")
        #expect(a.paragraphs.map { a.text(of: $0) } == ["Title", "Joe Biden met Olaf Scholz.", "A family 👨\u{200D}👩 here."])
    }

    /// A run with no sentence end longer than `longestSentence` (200 KB of dots, of 北, of words) is cut into
    /// parts no longer than that, in order, at a space where there is one and never inside a character, and
    /// nothing is lost but the blanks at the cuts.
    @Test func overlongSentencesAreCutIntoBoundedParts() {
        let limit = Segmenter.longestSentence
        for body in [String(repeating: ".", count: 200_000), String(repeating: "北", count: 70_000),
                     String(repeating: "word ", count: 40_000)] {
            let a = Fixtures.build("Title\n\n" + body)
            let p = a.paragraphs[1]
            let parts = p.sentences.map { a.sentences[$0].range }
            #expect(parts.count > 1)
            #expect(parts.allSatisfy { $0.count <= limit && !$0.isEmpty })
            #expect(parts.first?.start == p.range.start && parts.last?.end == p.range.end)
            for (x, y) in zip(parts, parts.dropFirst()) {
                #expect(x.end <= y.start)
                #expect(a.bytes[x.end..<y.start].allSatisfy { $0 == 0x20 }, "only blanks between parts")
                #expect(a.bytes[y.start] & 0xC0 != 0x80, "a part starts inside a character")
            }
            let joined = parts.map { a.text($0) }.joined()
            #expect(joined.filter { $0 != " " } == a.text(p.range).filter { $0 != " " })
            if body.hasPrefix("word") { #expect(parts.allSatisfy { a.text($0).hasSuffix("word") }, "cut at a space") }
        }
    }

    @Test func sentencesDoNotSplitAfterAbbreviationsInitialsAndDecimals() {
        let a = Fixtures.build("""
        Title

        Mr. Smith met Dr. Jones at St. Paul's with Gen. Lee. The U.S. paid $1.4bn, e.g. for planes, i.e. jets. J. R. Tolkien wrote eg. this and ie. that. It ended.
        """)
        let texts = a.paragraphs[1].sentences.map { a.text(of: a.sentences[$0]) }
        #expect(texts == [
            "Mr. Smith met Dr. Jones at St. Paul's with Gen. Lee.",
            "The U.S. paid $1.4bn, e.g. for planes, i.e. jets.",
            "J. R. Tolkien wrote eg. this and ie. that.",
            "It ended.",
        ])
    }

    @Test func closingQuotesAndParenthesesStayWithTheirSentence() {
        let a = Fixtures.build("He said “it is over.” Then he left. (She stayed.) Nobody knew.\n")
        let texts = a.sentences.map { a.text(of: $0) }
        #expect(texts == ["He said “it is over.”", "Then he left.", "(She stayed.)", "Nobody knew."])
    }

    @Test func sentencesNeverCrossParagraphs() throws {
        let a = try Fixtures.defaultArticle()
        for s in a.sentences {
            let p = a.paragraphs[s.paragraph].range
            #expect(p.start <= s.range.start && s.range.end <= p.end)
        }
        // "2013 levels ie. to the levels" and "projects eg. the Power of Siberia" are one sentence each.
        let trade = try #require(a.paragraph(startingWith: "(In monetary terms"))
        let first = a.text(of: a.sentences[a.paragraphs[trade].sentences.lowerBound])
        #expect(first.contains("ie. to the levels before the crash"))
        #expect(a.paragraphs[trade].sentences.count == 4)
    }

    @Test func hardWrappedTextWithoutBlankLinesIsSplitAtShortLinesIndentsAndListMarkers() {
        let text = """
        The committee met on Monday to consider the budget for the
        coming year. Members agreed that spending on roads should rise
        by a tenth, and that the library should stay open later.
            The chairman then turned to the question of the harbour, which
        had silted up over the winter and now needs dredging before the
        fishing season opens in the spring.
        Three proposals were put forward:
        1. Dredge the harbour at the council's expense and recover the
        cost from mooring fees over five years.
        2. Ask the fishermen's cooperative to share the cost.
        The meeting closed at nine in the evening after a long debate on
        the proposals, with a vote to be taken next week.
        """
        let a = Fixtures.build(text)
        let starts = a.paragraphs.map { String(a.text(of: $0).prefix(20)) }
        #expect(starts == [
            "The committee met on", "The chairman then tu", "Three proposals were",
            "1. Dredge the harbou", "2. Ask the fishermen", "The meeting closed a",
        ])
        #expect(a.paragraphs[3].kind == .listItem)
    }

    @Test func oneParagraphPerLineWhenLinesAreLong() {
        let long = String(repeating: "word ", count: 50)
        let a = Fixtures.build("Title\n\(long)end.\n\(long)end.\n")
        #expect(a.paragraphs.count == 3)
    }

    @Test func crlfAndBOMAreNormalisedAndPositionsMapBack() throws {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("A Title\r\n\r\nFirst paragraph here.\r\nStill first.\r\n\r\nSecond one.\r\n".utf8)
        let a = try ArticleBuilder.build(bytes: input)
        #expect(a.paragraphs.count == 3)
        #expect(a.text(of: a.paragraphs[1]) == "First paragraph here.\nStill first.")
        let second = a.paragraphs[2].range
        let original = a.source.original(second.start)
        #expect(Array(input[original..<(original + 11)]) == Array("Second one.".utf8))
        #expect(a.paragraphs[0].kind == .title)
    }

    @Test func hardWrappedCRLFWithBOMAndAParenthesisedUpdate() throws {
        let text = "A Hard-Wrapped Note\r\n"
            + "The committee met on Monday to consider the budget for the coming\r\n"
            + "year. Members agreed that spending on roads should rise by a tenth,\r\n"
            + "and that the library should stay open later in the evenings.\r\n"
            + "    The chairman then turned to the harbour, which had silted up over\r\n"
            + "the winter and now needs dredging before the fishing season opens.\r\n"
            + "(Since this was written the harbour has been dredged and the library\r\n"
            + "hours were extended, as the committee had hoped in the spring.)\r\n"
        let a = try ArticleBuilder.build(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(a.kinds() == [.title, .body, .body, .annotation])
        #expect(a.annotations == [Annotation(paragraphs: [3], annotates: [1, 2])])
        let original = a.source.original(a.paragraphs[3].range.start)
        #expect(Array(text.utf8)[original - 3] == 0x28) // "(" (offset 3: the BOM)
    }

    @Test func titleThenAHardWrappedBodyWithoutBlankLines() {
        let text = """
        Minutes of the Harbour Committee

        The committee met on Monday to consider the budget for the coming
        year. Members agreed that spending on roads should rise by a tenth,
        and that the library should stay open later in the evenings.
            The chairman then turned to the harbour, which had silted up over
        the winter and now needs dredging before the fishing season opens.
        Two quotes for the work were read out and discussed at some length
        by the members present.
            The meeting closed at nine in the evening after a long debate on
        the proposals, with a vote to be taken next week.
        """
        let a = Fixtures.build(text)
        #expect(a.paragraphs.map { String(a.text(of: $0).prefix(15)) } == [
            "Minutes of the ", "The committee m", "The chairman th", "The meeting clo",
        ])
    }

    @Test func aLongWrappedParagraphBetweenBlankLinesStaysWhole() {
        let text = """
        Chapter One

        A Saturday afternoon in November was approaching the time of twilight,
        and the vast tract of unenclosed wild known as Egdon Heath embrowned
        itself moment by moment. Overhead the hollow stretch of whitish cloud
        shutting out the sky was as a tent which had the whole heath for its
        floor. The heaven being spread with this pallid screen and the earth
        with the darkest vegetation, their meeting-line at the horizon was
        clearly marked. In such contrast the heath wore the appearance of an
        instalment of night which had taken up its place before its
        astronomical hour was come: darkness had to a great extent arrived
        hereon, while day stood distinct in the sky.

        The next paragraph.
        """
        let a = Fixtures.build(text)
        #expect(a.paragraphs.count == 3)
    }

    /// A heading right under a paragraph whose last line runs the full width is still its own paragraph.
    @Test func aHeadingUnderAFullWidthLastLineIsItsOwnParagraph() {
        let text = """
        The State of the District Schools

        The town council met on Tuesday evening to discuss the state of the district
        schools, which have suffered from years of delayed repairs and budgets that
        shrink every year, and the meeting ran until well after midnight on Tuesday.
        The impact of the budget crisis
        Officials said the repair backlog had grown to more than forty buildings
        (most of them built before the war) and that the county would need to borrow
        heavily to clear it within the decade, a plan the treasurer did not support.
        Roofs, roads and schools
        The council agreed to commission an independent survey of every school in
        the district before the spring, and to publish its findings in full.
        """
        let a = Fixtures.build(text)
        #expect(a.paragraphs.map { String(a.text(of: $0).prefix(15)) } == [
            "The State of th", "The town counci", "The impact of t", "Officials said ", "Roofs, roads an", "The council agr",
        ])
        #expect(a.kinds() == [.title, .body, .heading, .body, .heading, .body])
    }
}
