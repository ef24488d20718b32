import ArticleModel

/// `&pattern` as in less: only the paragraphs that match stay in the reader; `&` and Enter alone shows
/// them all again.
extension State {
    mutating func startParagraphFilter() {
        input = .paragraphFilter
        paragraphFilter.draft = ""
        setFocus(.reader)
    }

    /// Enter on the `&` line.
    mutating func applyParagraphFilter() {
        let pattern = paragraphFilter.draft.split(separator: " ").joined(separator: " ")
        guard !pattern.isEmpty else {
            if paragraphFilter.isOn { message = "filter off: all \(article.paragraphs.count) paragraphs" }
            setParagraphFilter("", shown: nil)
            return
        }
        guard let shown = ParagraphFilter.matching(pattern, in: article) else {
            message = modelPending ? "the filter waits for the model: try again in a moment" : "Pattern not found: " + pattern
            return
        }
        setParagraphFilter(pattern, shown: shown)
        message = "showing \(paragraphFilter.count) of \(article.paragraphs.count) paragraphs (& Enter: all)"
    }

    /// The reader laid out again with only `shown` paragraphs, the place kept where it still shows.
    mutating func setParagraphFilter(_ pattern: String, shown: [Bool]?) {
        paragraphFilter.set(pattern, shown: shown)
        reader.filter(shown, article, index, height: readerHeight)
    }

    /// The same pattern over a new model of the same text (the full model replacing the first look).
    mutating func rerunParagraphFilter() {
        guard paragraphFilter.isOn else { return }
        let pattern = paragraphFilter.pattern
        setParagraphFilter(pattern, shown: ParagraphFilter.matching(pattern, in: article))
    }
}
