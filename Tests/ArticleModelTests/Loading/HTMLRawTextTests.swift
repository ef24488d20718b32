import Testing
@testable import ArticleModel

/// Script and style bodies are cut out before parsing, as libxml2 would have read them, and every
/// offset still points into the page as saved.
@Suite struct HTMLRawTextTests {
    static func cut(_ html: String, keepNewlines: Bool = false) -> String {
        String(decoding: HTMLRawText(Array(html.utf8), keepNewlines: keepNewlines).bytes, as: UTF8.self)
    }

    @Test func scriptAndStyleBodiesAreCutAndJSONScriptsKept() {
        let page = "<head><STYLE type=\"text/css\">p { color: red }</STYLE><script src=\"a.js\"></script>"
            + "<script>if (a < b) { x = '</div>'; }</script><script type=\"application/ld+json\">{\"a\": 1}</script></head>"
        #expect(Self.cut(page) == "<head><STYLE type=\"text/css\"></STYLE><script src=\"a.js\"></script>"
            + "<script></script><script type=\"application/ld+json\">{\"a\": 1}</script></head>")
    }

    @Test func svgBodiesAndLongValuesNothingReadsAreCut() {
        let page = "<p>a</p><SVG viewBox=\"0 0 10 10\"><path d=\"M0 0L10 10\"/><title>Share</title></svg><p>b</p>"
        #expect(Self.cut(page) == "<p>a</p><SVG viewBox=\"0 0 10 10\"></svg><p>b</p>")
        let long = String(repeating: "x", count: 40)
        let img = "<img data-props='{\"\(long)\"}' SRCSET=\"\(long) 2x\" sizes=\"\(long)\" src=\"\(long).jpg\" "
            + "data-id=\"7\" class=\"\(long)\" data-=\"\(long)\" title=\"\(long)\">"
        #expect(Self.cut(img) == "<img data-props='' SRCSET=\"\" sizes=\"\" src=\"\(long).jpg\" "
            + "data-id=\"7\" class=\"\(long)\" data-=\"\(long)\" title=\"\(long)\">")
        // A data attribute inside a value or after a comment is no attribute.
        let quoted = "<p title=\"a data-x='\(long)'\">t</p><!-- <p data-x=\"\(long)\"> -->"
        #expect(Self.cut(quoted) == quoted)
    }

    @Test func onlyRealTagsStartABody() {
        // In a comment, an attribute value, a longer tag name or written empty, "<script" starts nothing.
        let page = "<!-- <script> --><p title=\"<script>\">a</p><scripted>b</scripted><script/><p>c</p>"
        #expect(Self.cut(page) == page)
    }

    @Test func anUnclosedScriptRunsToTheEndAsLibxml2ReadsIt() {
        #expect(Self.cut("<p>a</p><script>var x = 1;") == "<p>a</p><script>")
    }

    @Test func offsetsMapBackToThePageAsSaved() {
        let page = "<script>one two</script><p>x</p><style>\na\n</style><p>y</p>"
        let raw = HTMLRawText(Array(page.utf8))
        let cutText = String(decoding: raw.bytes, as: UTF8.self)
        let source = Array(page.utf8)
        for word in ["<p>x", "<p>y", "</style>", "</script>"] {
            let at = cutText.utf8.firstRange(of: word.utf8)!.lowerBound
            let offset = cutText.utf8.distance(from: cutText.utf8.startIndex, to: at)
            let back = raw.original(offset)
            #expect(Array(source[back..<(back + word.utf8.count)]) == Array(word.utf8), "\(word)")
        }
        // Kept line breaks keep line numbers (pages read by line, in other encodings).
        #expect(Self.cut("<style>\na\n</style>", keepNewlines: true) == "<style>\n\n</style>")
    }

    @Test func paragraphsAfterScriptsStillPointAtTheirElementInThePage() throws {
        let html = "<html><head><script>var s = \"long script body\";</script><style>p{}</style></head><body>"
            + "<p>First paragraph here.</p><script>more()</script>\n<div><p>Second één paragraph.</p></div></body></html>"
        let t = try MarkupReader.load(Array(html.utf8), format: .html)
        let source = Array(html.utf8)
        let bodies = zip(t.markup!.kinds, t.markup!.paragraphs).filter { $0.0 == .body }
        #expect(bodies.count == 2)
        for (_, range) in bodies {
            let at = t.source.original(range.start)
            #expect(Array(source[at..<(at + 6)]) == Array(t.bytes[range.start..<(range.start + 6)]))
        }
    }
}

@Suite struct HTMLTagNameTests {
    /// The spelled-out names follow the cases one for one (a case added without its name would read
    /// every later element as the wrong one).
    @Test func namesFollowTheCases() {
        #expect(HTMLTag.names.count == Int(HTMLTag.cite.rawValue) + 1)
        for raw in UInt8(2)...HTMLTag.cite.rawValue {
            let tag = HTMLTag(rawValue: raw)!
            #expect(HTMLTag.names[Int(raw)] == "\(tag)")
            #expect(HTMLTag.byName["\(tag)"] == tag)
        }
    }

    @Test func byteSearchFindsEveryOccurrenceAndStopsAtTheEnd() {
        let s = Array("a display:none; display:none".utf8)
        #expect(Bytes.firstIndex(of: Array("display:none".utf8), in: s) == 2)
        #expect(Bytes.firstIndex(of: Array("display:none".utf8), in: s, from: 3) == 16)
        #expect(Bytes.firstIndex(of: Array("none;x".utf8), in: s) == nil)
        #expect(Bytes.firstIndex(of: Array("nonex".utf8), in: s[20...]) == nil)
        #expect(Bytes.firstIndex(of: Array("a".utf8), in: s, from: s.count + 5) == nil)
    }
}

@Suite struct HTMLRawTextPropertyTests {
    /// On random markup-like text, every byte the parser is given is the page's byte at the offset it
    /// maps back to, the offsets only grow, and what was cut lies inside script or style bodies.
    @Test func everyKeptByteMapsBackToItself() {
        let pieces = ["<script>", "</script>", "<STYLE>", "</style>", "<!--", "-->", "<p class=\"a>b\">", "<p title='<script>'>",
                      "x", "\n", "'", "\"", ">", "<", "</", "<script type=\"application/ld+json\">", "<script/>", "<scripts>", "é",
                      "<svg>", "</svg>", "<img data-a=\"0123456789012345678901234567890123456789\" srcset='\(String(repeating: "y", count: 33))'>"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let page = Array((0..<Int.random(in: 0..<40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined().utf8)
            let raw = HTMLRawText(page)
            var last = -1
            for (j, b) in raw.bytes.enumerated() {
                let at = raw.original(j)
                #expect(at > last && at < page.count && page[at] == b, "\(String(decoding: page, as: UTF8.self))")
                last = at
            }
            #expect(raw.bytes.count <= page.count)
        }
    }
}
