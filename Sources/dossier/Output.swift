import ArticleModel
import Explorer

/// Text output shared by the subcommands: sanitised excerpts, optional colour, one write per line.
struct Output {
    let color: Bool

    init() { color = Terminal.useColor }

    func bold(_ s: String) -> String { color ? "\u{1B}[1m" + s + "\u{1B}[0m" : s }
    func dim(_ s: String) -> String { color ? "\u{1B}[2m" + s + "\u{1B}[0m" : s }
    func mark(_ s: String) -> String { color ? "\u{1B}[7m" + s + "\u{1B}[0m" : "»" + s + "«" }

    /// At most `n` characters, with an ellipsis when cut.
    static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }

    /// `s` and spaces to `width` terminal columns (a wide CJK or full-width character takes two).
    static func pad(_ s: String, _ width: Int) -> String {
        let w = DisplayWidth.of(s)
        return w >= width ? s : s + String(repeating: " ", count: width - w)
    }

    /// ANSI colour for an entity type, when colour is on.
    static func color(_ type: EntityType) -> String {
        switch type {
        case .person: return "\u{1B}[33m"
        case .country: return "\u{1B}[32m"
        case .organization: return "\u{1B}[36m"
        case .place: return "\u{1B}[34m"
        case .event: return "\u{1B}[35m"
        case .media: return "\u{1B}[31m"
        case .project: return "\u{1B}[94m"
        case .unknown: return "\u{1B}[37m"
        }
    }
    static let reset = "\u{1B}[0m"

    /// "¶3" or "¶3–5".
    static func paragraphs(_ list: [Int]) -> String {
        guard let first = list.first, let last = list.last else { return "¶–" }
        if first == last { return "¶\(first)" }
        if last - first + 1 == list.count { return "¶\(first)–\(last)" }
        return list.map { "¶\($0)" }.joined(separator: ",")
    }

    /// The opening words of a paragraph, on one line, safe for a terminal.
    static func opening(_ article: Article, _ paragraph: Int, words: Int = 9) -> String {
        let text = article.text(of: article.paragraphs[paragraph])
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        let head = parts.prefix(words).joined(separator: " ")
        return "\"" + DisplayText.sanitize(head) + (parts.count > words ? " …" : "") + "\""
    }

    /// One line of text: newlines become spaces, controls become placeholders.
    static func line(_ text: String) -> String {
        // (On the bytes: a line break is always a character of its own. Mapping the Characters made a
        // listing of many ties spend most of its time here.)
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return DisplayText.sanitize(text) }
        return DisplayText.sanitize(String(decoding: text.utf8.map { $0 == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0 }, as: UTF8.self))
    }

    /// Shared start of the listing subcommands: load the article; with `--json` print its `part`
    /// (as in the export) and return nil; for an empty article print the notice and return nil.
    static func article(_ input: ArticleOptions, json: Bool, part: String) throws -> Article? {
        let article = try input.article()
        if json { print(ArticleJSON.part(part, article)); return nil }
        if article.isEmpty { emptyNotice(input); return nil }
        return article
    }

    /// The empty-article notice, on standard error.
    static func emptyNotice(_ input: ArticleOptions) {
        Terminal.writeErr("dossier: \(DisplayText.sanitize(input.displayName)): empty article (no text)\n")
    }
}
