import Dispatch
import Testing
@testable import ArticleModel

/// Hostile and broken markup: a best-effort article or a clear error, never a crash, a hang, a fetch or
/// an expanded entity.
@Suite struct BadMarkupTests {
    static func texts(_ html: String) throws -> [String] {
        HTMLReaderTests.paragraphs(try MarkupReader.load(Array(html.utf8), format: .html)).map(\.1)
    }

    @Test func unclosedTags() throws {
        let t = try Self.texts("<html><body><div><p>First paragraph of the story <b>bold <i>both<p>Second paragraph<ul><li>item one<li>item two<blockquote>quoted")
        #expect(t.contains { $0.hasPrefix("First paragraph of the story bold both") })
        #expect(t.contains("Second paragraph"))
        #expect(t.contains("item one"))
    }

    @Test func tenThousandNestedDivs() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 10_000)
            + "<p>Deep inside the nesting, a paragraph of text that is long enough to be the article, with commas, words and more words.</p>"
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        let a = ArticleBuilder.build(try MarkupReader.load(Array(html.utf8), format: .html))
        #expect(a.paragraphs.contains { a.text(of: $0).hasPrefix("Deep inside the nesting") })
    }

    @Test func fiftyMegabyteSingleLinePage() throws {
        let sentence = "<p>A line of a very long page that never breaks, repeated until it is fifty megabytes long.</p>"
        let html = "<html><body><article>" + String(repeating: sentence, count: (50 << 20) / sentence.utf8.count) + "</article></body></html>"
        let start = DispatchTime.now()
        let t = try MarkupReader.load(Array(html.utf8), format: .html)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        #expect(t.markup!.paragraphs.count > 500_000)
        #expect(t.bytes.count < html.utf8.count)
        #expect(seconds < 120)
    }

    @Test func entityBombIsNotExpanded() throws {
        var dtd = "<!ENTITY a0 \"lol lol lol lol lol lol lol lol lol lol\">"
        for k in 1...9 { dtd += "<!ENTITY a\(k) \"" + String(repeating: "&a\(k - 1);", count: 10) + "\">" }
        let html = "<!DOCTYPE html [\(dtd)]><html><body><p>Before &a9; after.</p></body></html>"
        let t = try Self.texts(html)
        #expect(t.joined().utf8.count < 10_000)
        #expect(!t.joined().contains("lol lol lol lol lol lol lol lol lol lol lol"))
    }

    @Test func externalEntitiesAndDTDsAreNeverFetchedOrRead() throws {
        let html = """
        <!DOCTYPE html SYSTEM "http://127.0.0.1:9/never.dtd" [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <html><body><p>Start &secret; end.</p><iframe src="file:///etc/passwd"></iframe></body></html>
        """
        let t = try Self.texts(html)
        #expect(!t.joined().contains("root:"))
        #expect(t.contains { $0.hasPrefix("Start") })
    }

    @Test func emptyAndTagOnlyPages() throws {
        #expect(try Self.texts("").isEmpty)
        #expect(try Self.texts("<html><head><script>x()</script></head><body></body></html>").isEmpty)
        let a = ArticleBuilder.build(try MarkupReader.load(Array("<html></html>".utf8), format: .html))
        #expect(a.paragraphs.isEmpty && a.sections.isEmpty)
    }
}
