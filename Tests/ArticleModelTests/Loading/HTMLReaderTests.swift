import Testing
@testable import ArticleModel

@Suite struct HTMLReaderTests {
    static func loaded(_ html: String, format: InputFormat = .html) throws -> LoadedText {
        try MarkupReader.load(Array(html.utf8), format: format)
    }

    static func paragraphs(_ t: LoadedText) -> [(ParagraphKind, String)] {
        let m = t.markup!
        return zip(m.kinds, m.paragraphs).map { ($0, String(decoding: t.bytes[$1.start..<$1.end], as: UTF8.self)) }
    }

    @Test func newsPageKeepsTheArticleAndItsStructure() throws {
        let t = try MarkupReader.load(Fixtures.bytes("harbour-news.html"), format: .html)
        let p = Self.paragraphs(t)
        let texts = p.map(\.1)
        #expect(p.first?.0 == .title)
        #expect(p.first?.1 == "Harbour Town Votes to Rebuild Its Old Pier")
        #expect(p.contains { $0.0 == .byline && $0.1 == "By Maria Olsen" })
        #expect(p.contains { $0.0 == .dateline && $0.1.hasPrefix("2024-03-14") })
        #expect(p.contains { $0.0 == .heading && $0.1 == "A long road to the vote" })
        #expect(p.contains { $0.0 == .quote && $0.1.hasPrefix("We cannot leave the harbour") })
        #expect(p.filter { $0.0 == .listItem }.count == 3)
        #expect(p.contains { $0.0 == .caption && $0.1.hasPrefix("The old pier at low tide") })
        #expect(p.contains { $0.0 == .aside && $0.1.contains("reason this town exists") })
        #expect(texts.contains("The council of Harbour Town voted on Tuesday evening to rebuild the old pier, ending a debate that has divided the fishing community for more than a decade."))
        #expect(texts.last?.hasPrefix("Work is expected to start in the autumn") == true)
        // Clutter, scripts, styles and hidden elements are never text.
        for clutter in ["cookies", "Sport", "Share on", "Related stories", "Fish market to close", "All rights reserved",
                        "do not read", "font-family", "Hidden text", "Another hidden", "NewsArticle"] {
            #expect(!texts.contains { $0.contains(clutter) }, "\(clutter)")
        }
        // Heading levels as the markup states them.
        let levels = zip(t.markup!.kinds, t.markup!.levels).filter { $0.0 == .heading }.map(\.1)
        #expect(levels == [2, 3])
    }

    /// A paragraph of several links and little else inside the article (a "Don't miss" line of related
    /// stories) is clutter, however long; a paragraph of prose with a link or two stays.
    @Test func aParagraphOfRelatedLinksIsNotTheArticle() throws {
        let prose = "The council met on Tuesday to weigh the plan for the harbour, which has divided the town for years."
        let html = """
            <html><body><article><h1>Harbour plan</h1><p>\(prose)</p>
            <p>The <a href="/a">mayor</a> said the work would start in spring, and the <a href="/b">port authority</a> agreed with her.</p>
            <p><a href="/x">Fish market to close after ninety years of trading on the quay</a> [INSIGHT] |
            <a href="/y">Ferry timetable changes for the winter season announced today</a> [VIDEO]
            <a href="/z">Lighthouse keeper retires after four decades on the rock</a> [REACTION]</p>
            <p>\(prose) It will be decided next month.</p></article></body></html>
            """
        let texts = Self.paragraphs(try Self.loaded(html)).map(\.1)
        #expect(texts.contains { $0.hasPrefix("The mayor said the work would start") })
        #expect(!texts.contains { $0.contains("Fish market") || $0.contains("Lighthouse keeper") })
    }

    /// A picture's caption that the markup does not mark, known by its credit, is a caption.
    @Test func picturesCreditedInTheTextAreCaptions() throws {
        let prose = "The council met on Tuesday to weigh the plan for the harbour, which has divided the town for years."
        let html = """
            <html><body><article><h1>Harbour plan</h1><p>\(prose)</p>
            <p>Protesters gathered at the quay on Monday (Image: GETTY )</p><p>\(prose)</p>
            <p>Photo: Harbour Town Council</p><p>The mayor (Labour) spoke for an hour.</p><p>\(prose)</p></article></body></html>
            """
        let p = Self.paragraphs(try Self.loaded(html))
        #expect(p.contains { $0.0 == .caption && $0.1.hasPrefix("Protesters gathered") })
        #expect(p.contains { $0.0 == .caption && $0.1 == "Photo: Harbour Town Council" })
        #expect(p.contains { $0.0 == .body && $0.1.hasPrefix("The mayor (Labour)") })
    }

    /// An inline `<q>` is shown in quotation marks, as a browser shows it (single marks when nested).
    @Test func inlineQuotationsGetTheirMarks() throws {
        let html = "<html><body><p>The mayor said <q>we will <q>never</q> leave</q> and left.</p><p><q>Go</q>, she said.</p></body></html>"
        let texts = Self.paragraphs(try Self.loaded(html)).map(\.1)
        #expect(texts.contains("The mayor said “we will ‘never’ leave” and left."))
        #expect(texts.contains("“Go”, she said."))
    }

    @Test func articleModelUsesTheStatedKindsSectionsAndQuotes() throws {
        let a = ArticleBuilder.build(try MarkupReader.load(Fixtures.bytes("harbour-news.html"), format: .html))
        #expect(a.title == "Harbour Town Votes to Rebuild Its Old Pier")
        #expect(a.quotes.count == 1)
        #expect(a.paragraphs.filter { $0.kind == .listItem }.count == 3)
        #expect(a.sections.map(\.title).contains("A long road to the vote"))
        #expect(a.sections.allSatisfy { $0.level >= 1 })
        #expect(a.entities.contains { $0.name.contains("Harbour Town") || $0.name.contains("Jens Berg") })
    }

    @Test func inlineTagsJoinWithoutLosingSpacesAndEntitiesAreDecoded() throws {
        let t = try Self.loaded("<html><body><p>Hello <b>world</b>,<i>again</i> and<span> more</span>: caf&eacute; &amp; tea&#8212;now&nbsp;here.</p></body></html>")
        #expect(Self.paragraphs(t).map(\.1) == ["Hello world,again and more: café & tea—now here."])
    }

    @Test func positionsMapBackToTheElementInTheSource() throws {
        let html = "<html><head><title>T</title></head><body><p>First paragraph here.</p>\n<div><p>Second één paragraph.</p></div></body></html>"
        let t = try Self.loaded(html)
        let source = Array(html.utf8)
        for (kind, range) in zip(t.markup!.kinds, t.markup!.paragraphs) where kind == .body {
            let at = t.source.original(range.start)
            let word = Array(t.bytes[range.start..<(range.start + 6)])
            #expect(Array(source[at..<(at + 6)]) == word)
        }
    }

    @Test func declaredAndSniffedEncodings() throws {
        // Windows-1252 by meta charset: é is 0xE9, the curly quote 0x93.
        var latin = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf".utf8)
        latin += [0xE9, 0x20, 0x93] + Array("ok".utf8) + [0x94] + Array("</p></body></html>".utf8)
        #expect(Self.paragraphs(try MarkupReader.load(latin, format: .html)).map(\.1) == ["Café “ok”"])
        // Undeclared Latin text (invalid as UTF-8, no multi-byte sequence) is read as Windows-1252.
        var undeclared = Array("<html><body><p>Na".utf8)
        undeclared += [0xEF] + Array("ve caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        #expect(Self.paragraphs(try MarkupReader.load(undeclared, format: .html)).map(\.1) == ["Naïve café"])
        // Shift_JIS by http-equiv: 日本 is 93 FA 96 7B.
        var sjis = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><p>".utf8)
        sjis += [0x93, 0xFA, 0x96, 0x7B] + Array("</p></body></html>".utf8)
        #expect(Self.paragraphs(try MarkupReader.load(sjis, format: .html)).map(\.1) == ["日本"])
    }

    /// An encoding glibc's iconv does not know goes to ICU, opened on demand: Москва in Mac Cyrillic.
    @Test func anEncodingOnlyICUKnowsIsStillRead() throws {
        var mac = Array("<html><head><meta charset=\"x-mac-cyrillic\"></head><body><p>".utf8)
        mac += [0x8C, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0] + Array("</p></body></html>".utf8)
        #expect(Self.paragraphs(try MarkupReader.load(mac, format: .html)).map(\.1) == ["Москва"])
    }

    @Test func metadataFromJSONLDAndTimeWhenNoMetaTags() throws {
        let html = """
        <html><head><title>Tide Tables Explained - Sea Weekly</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","author":[{"@type":"Person","name":"Ana Ruiz"}]}</script></head>
        <body><article><h1>Tide Tables Explained</h1><time datetime="2023-05-02">May 2</time>
        <p>Tides rise and fall twice a day on most coasts, and a tide table tells when, which matters to anyone who sails, fishes or walks on the shore.</p></article></body></html>
        """
        let p = Self.paragraphs(try Self.loaded(html))
        #expect(p[0] == (.title, "Tide Tables Explained"))
        #expect(p[1] == (.byline, "By Ana Ruiz"))
        #expect(p[2] == (.dateline, "2023-05-02"))
        #expect(p.count == 4)
    }

    @Test func footnotesBecomeNotesThatTheirReferencesPointAt() throws {
        let html = """
        <html><body><article><h1>Notes Page</h1>
        <p>The harbour was rebuilt in 1890, after the great storm of the previous winter destroyed most of the old quays.<sup><a href="#fn1">1</a></sup> The town paid.</p>
        <p>Later the pier was extended twice, with stone from the quarry north of the town, still open today.<sup><a href="#fn2">[2]</a></sup></p>
        <section role="doc-endnotes"><ol><li id="fn1"><p>Council minutes, 1890.</p></li><li id="fn2"><p>Quarry records.</p></li></ol></section>
        </article></body></html>
        """
        let a = ArticleBuilder.build(try Self.loaded(html))
        let texts = a.paragraphs.map { a.text(of: $0) }
        #expect(texts[1].contains("quays.[1] The town paid."))
        #expect(a.paragraphs.filter { $0.kind == .note }.map { a.text(of: $0) } == ["[1] Council minutes, 1890.", "[2] Quarry records."])
        #expect(a.crossReferences.map(\.target) == [[3], [4]])
    }

    @Test func blockQuotesKeepTheirSource() throws {
        let html = """
        <html><body><article><h1>Quotes</h1>
        <p>The mayor spoke at length about the harbour and the plans for the coming years, and the crowd listened quietly.</p>
        <blockquote><p>We will rebuild the pier.</p><footer>— <cite>Mayor Lena Dahl</cite></footer></blockquote>
        <p>Then the council voted on the motion, which passed by a wide margin after a long and careful debate.</p>
        <blockquote cite="https://example.org/minutes"><p>Motion carried.</p></blockquote>
        </article></body></html>
        """
        let a = ArticleBuilder.build(try Self.loaded(html))
        #expect(a.quotes.map(\.source) == ["Mayor Lena Dahl", "https://example.org/minutes"])
    }

    @Test func xhtmlIsReadByTheSameParser() throws {
        let xhtml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Notes</title></head>
        <body><h1>Notes</h1><p>One line.<br/>Two line.</p><p>Self-closed <span/>span then text.</p></body></html>
        """
        #expect(InputFormat.detect(Array(xhtml.utf8)) == .xhtml)
        let p = Self.paragraphs(try Self.loaded(xhtml, format: .xhtml))
        #expect(p.map(\.1) == ["Notes", "One line. Two line.", "Self-closed span then text."])
    }

    /// A table of data reads a row a paragraph, its cells after bars; a layout table's cells that hold
    /// paragraphs stay paragraphs.
    @Test func aTableReadsARowAParagraph() throws {
        let html = """
            <html><body><table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>
            <tr><td>1</td><td>Kyle <b>Busch</b></td><td>5040</td></tr></table>
            <table><tr><td><p>First paragraph of a page laid out in a table.</p><p>Second paragraph.</p></td></tr></table></body></html>
            """
        let texts = Self.paragraphs(try Self.loaded(html, format: .html)).map(\.1)
        #expect(texts.contains("Pos. | Driver | Points"))
        #expect(texts.contains("1 | Kyle Busch | 5040"))
        #expect(texts.contains("First paragraph of a page laid out in a table."))
        #expect(texts.contains("Second paragraph."))
    }
}
