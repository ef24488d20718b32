import ArgumentParsing
import ArticleModel

/// The article as plain text: what is left of a saved web page, a Markdown note or an EPUB once its
/// markup and (for a web page) its clutter are gone, for a pipe or a file.
struct TextCommand: Subcommand {
    static let spec = CommandSpec(
        name: "text",
        abstract: "Print the article as plain text: the title, headings, quotes and list items marked as in Markdown.",
        discussion: "Paragraphs in reading order, separated by blank lines. With --body: only the body, unmarked (no title, bylines, datelines or asides), as the extraction benchmark counts it. Entities are not looked for, so this is the quickest way through a page.",
        items: [.option(.flag("body", help: "Only the body, without marks."))] + ArticleOptions.items)
    let body: Bool
    let input: ArticleOptions

    init(_ p: ParsedArguments) throws(UsageError) { (body, input) = (p.flag("body"), try ArticleOptions(p)) }

    func run() throws {
        // The body needs only the paragraphs' kinds; the marked text also reads the sections' levels.
        let loaded = try input.loaded()
        let article = body ? ArticleBuilder.buildKinds(loaded) : ArticleBuilder.buildStructure(loaded)
        if article.isEmpty { Output.emptyNotice(input); return }
        let blocks = body ? TextCommand.body(article) : TextCommand.marked(article)
        try ExportCommand.stream { sink in
            Array(blocks.joined(separator: "\n\n").utf8).withUnsafeBufferPointer { sink($0) }
        }
    }

    /// The paragraphs the extraction benchmark counts as the article's body, as they are.
    static func body(_ a: Article) -> [String] {
        a.paragraphs.filter { ![.title, .byline, .dateline, .aside].contains($0.kind) }.map { text(a, $0) }
    }

    /// Every paragraph, headings as `#` lines by their section's level, quotes as `> ` lines, items as `- `.
    static func marked(_ a: Article) -> [String] {
        var levels: [Int: Int] = [:]
        for s in a.sections where levels[s.first] == nil { levels[s.first] = s.level }
        return a.paragraphs.map { p in
            let t = text(a, p)
            switch p.kind {
            // (A plain-text line that already reads "# …" keeps its own marks.)
            case .title: return t.hasPrefix("#") ? t : "# " + t
            case .heading: return t.hasPrefix("#") ? t : String(repeating: "#", count: 1 + (levels[p.index] ?? 1)) + " " + t
            case .quote: return t.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
            case .listItem: return hasMarker(t) ? t : "- " + t
            default: return t
            }
        }
    }

    /// Whether an item's text starts with its own marker ("• …", "- …", "3. …", "(b) …"), as plain text's do.
    static func hasMarker(_ t: String) -> Bool {
        guard let first = t.first else { return false }
        if "-*•◦▪‣–—(".contains(first) { return true }
        let digits = t.prefix(while: { $0.isASCII && $0.isNumber })
        return !digits.isEmpty && [".", ")"].contains(t.dropFirst(digits.count).first)
    }

    /// A paragraph's text with its line breaks, safe for a terminal.
    static func text(_ a: Article, _ p: Paragraph) -> String {
        DisplayText.sanitize(a.text(of: p), keepNewlines: true)
    }
}
