import ArticleModel

/// Text output shared by the subcommands: sanitised excerpts, optional colour, one write per line.
struct Output {
    let color: Bool

    init() { color = Terminal.useColor }

    func bold(_ s: String) -> String { color ? "\u{1B}[1m" + s + "\u{1B}[0m" : s }
    func dim(_ s: String) -> String { color ? "\u{1B}[2m" + s + "\u{1B}[0m" : s }
    func mark(_ s: String) -> String { color ? "\u{1B}[7m" + s + "\u{1B}[0m" : "»" + s + "«" }

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
        DisplayText.sanitize(String(text.map { $0 == "\n" ? " " : $0 }))
    }

    /// The empty-article notice, on standard error.
    static func emptyNotice(_ input: ArticleOptions) {
        Terminal.writeErr("dossier: \(DisplayText.sanitize(input.displayName)): empty article (no text)\n")
    }
}
