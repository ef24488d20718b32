import Testing
@testable import ArticleModel

/// Main-content extraction rules, each on a small hand-written page.
@Suite struct ContentExtractorTests {
    static let prose = "The council met on Tuesday to weigh the plan for the harbour, which has divided the town for years, and voted."

    static func paragraphs(_ html: String) throws -> [(ParagraphKind, String)] {
        HTMLReaderTests.paragraphs(try HTMLReaderTests.loaded(html))
    }

    static func body(_ html: String) throws -> [String] {
        try paragraphs(html).filter { ![.title, .byline, .dateline, .aside].contains($0.0) }.map(\.1)
    }

    /// A line the page marks as its publication date or author with a schema.org property is metadata,
    /// not the article's text.
    @Test func schemaOrgDateAndAuthorLinesAreNotTheBody() throws {
        let html = """
            <html><body><div itemprop="articleBody"><h1>Harbour plan</h1>
            <span itemprop="datePublished">Friday, 22 October 2010 at 20:13</span>
            <div itemprop="author">Maria Olsen</div>
            <p>\(Self.prose)</p><p>\(Self.prose) It will be decided next month.</p></div></body></html>
            """
        let body = try Self.body(html)
        #expect(body.contains(Self.prose))
        #expect(!body.contains { $0.contains("22 October") || $0.contains("Maria Olsen") })
    }

    /// An article's own `<header>` (its claim box, title, byline, lead picture) and `<footer>` (tags,
    /// share buttons) are not its text, whether inside the chosen container or beside it.
    @Test func theArticlesHeaderAndFooterAreNotTheBody() throws {
        let header = """
            <header><div class="statement"><div>"Ships will never come back to this quay."</div>
            <p>— A harbour master on Sunday, in a letter to the local newspaper about the pier</p></div>
            <p class="meta">Written by the harbour desk on Monday morning, updated at noon after the vote</p></header>
            """
        let footer = "<footer><p>Tagged: harbour, council, pier, fishing, ferries, the old quay and the town</p></footer>"
        for html in ["<html><body><article>\(header)<div class=\"text\"><p>\(Self.prose)</p><p>\(Self.prose) Again.</p></div>\(footer)</article></body></html>",
                     "<html><body><article>\(header)<p>\(Self.prose)</p><p>\(Self.prose) Again.</p>\(footer)</article></body></html>"] {
            let body = try Self.body(html)
            #expect(body.contains(Self.prose))
            #expect(!body.contains { $0.contains("Ships will never") || $0.contains("harbour master") || $0.contains("Written by") })
            #expect(!body.contains { $0.contains("Tagged") })
        }
    }

    /// A paragraph whose class says body text is kept even in a container whose class says clutter
    /// ("media"); the same container holding a picture's credit stays out.
    @Test func aMarkedBodyParagraphInsideAMediaBoxIsKept() throws {
        let lead = "Harbour Town (Coast News) The council voted on Tuesday to rebuild the old pier, ending a long debate."
        let html = """
            <html><body><div class="story-body"><div class="leafmedia sourced-paragraph"><p class="body-paragraph">\(lead)</p></div>
            <div class="leafmedia"><p>Photograph of the old pier at low tide, taken from the harbour wall by the council in 2019.</p></div>
            <p class="body-paragraph">\(Self.prose)</p><p class="body-paragraph">\(Self.prose) Again.</p></div></body></html>
            """
        let body = try Self.body(html)
        #expect(body.first == lead)
        #expect(!body.contains { $0.hasPrefix("Photograph") })
    }

    /// After the article's last long paragraph, a label of other stories ("Next article") and the teasers
    /// after it are not the article, nor is a closing "Follow …" line; the same label earlier is only a label.
    @Test func otherStoriesAfterTheArticleAndClosingFollowLinesAreNotTheBody() throws {
        let long = String(repeating: Self.prose + " ", count: 2)
        let html = """
            <html><body><article><h1>Harbour plan</h1><p>\(long)</p><h2>Related</h2><p>\(long) Still the article.</p>
            <p>Follow the paper's full coverage of the harbour at https://example.org/harbour</p>
            <section><h3>Next article</h3><h2>Lighthouse keeper retires after four decades</h2></section></article></body></html>
            """
        let p = try Self.paragraphs(html)
        let body = p.filter { ![.title, .byline, .dateline, .aside].contains($0.0) }.map(\.1)
        #expect(body.contains { $0.hasSuffix("Still the article.") })
        #expect(!body.contains { $0.contains("Lighthouse") || $0 == "Next article" || $0.hasPrefix("Follow") })
        #expect(p.contains { $0.0 == .aside && $0.1.contains("Lighthouse") })
    }

    /// A short line of plain text in a `div` between two paragraphs is part of the article (a subheading
    /// written as a div); a short div of links or one not among paragraphs is not.
    @Test func aShortPlainLineBetweenParagraphsIsKept() throws {
        let html = """
            <html><body><article><h1>Harbour plan</h1><div class="tools"><a href="/s">Share</a></div><p>\(Self.prose)</p>
            <div class="subheadline">Our ruling</div>
            <p>\(Self.prose) Again.</p><div class="x"><a href="/more">More</a></div><p>\(Self.prose) Done.</p>
            <div>Print page</div></article></body></html>
            """
        let body = try Self.body(html)
        #expect(body.contains("Our ruling"))
        #expect(!body.contains { $0 == "Share" || $0 == "More" || $0 == "Print page" })
    }

    /// A button's label ("Click To Tweet", "View all") is never the article's text, even inside a paragraph
    /// or link of it.
    @Test func buttonsAreNotTheBody() throws {
        let html = """
            <html><body><article><h1>Harbour plan</h1><p>\(Self.prose)</p>
            <p>The pier is the reason this town exists. <span class="ctt-btn">Click To Tweet</span></p>
            <div class="gallery-button"><span>View all (4)</span></div>
            <p>\(Self.prose) Again.</p></article></body></html>
            """
        let body = try Self.body(html)
        #expect(body.contains("The pier is the reason this town exists."))
        #expect(!body.contains { $0.contains("Click To Tweet") || $0.contains("View all") })
    }

    /// The page's summary of the article (a schema.org description, an excerpt or standfirst) is kept as
    /// an aside, not as the article's first paragraph.
    @Test func theStandfirstIsAnAside() throws {
        for summary in ["<div itemprop=\"description\"><p>What the council decided, and why the town is split.</p></div>",
                        "<div class=\"post-excerpt\">What the council decided, and why the town is split.</div>"] {
            let html = "<html><body><article><h1>Harbour plan</h1>\(summary)<p>\(Self.prose)</p><p>\(Self.prose) Again.</p></article></body></html>"
            let p = try Self.paragraphs(html)
            #expect(p.contains { $0.0 == .aside && $0.1.hasPrefix("What the council decided") })
            #expect(p.contains { $0.0 == .body && $0.1 == Self.prose })
        }
    }
}
