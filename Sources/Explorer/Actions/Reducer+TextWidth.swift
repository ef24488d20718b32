/// The reader's text width (`+`, `-`, `=` as in epy) and paragraph numbers (`#`).
extension State {
    public static let defaultTextWidth = 88
    public static let textWidths = 20...400
    static let textWidthStep = 4

    /// Columns the reader wraps to: the pane's width less the numbers' gutter, at most `text`.
    static func wrapWidth(pane: Int, text: Int, numbers: Int) -> Int { max(1, min(pane - numbers, text)) }

    public var wrapWidth: Int { State.wrapWidth(pane: layout.readerTextWidth, text: textWidth, numbers: numberColumns) }

    /// The paragraph numbers' gutter ("¶123 "), when shown.
    public var numberColumns: Int { paragraphNumbers ? String(max(0, article.paragraphs.count - 1)).count + 2 : 0 }

    /// Columns from the reader's text column to its text: the numbers' gutter, then half of what the
    /// text width leaves of the pane, so a narrow text is centred.
    public var readerTextOffset: Int { numberColumns + max(0, (layout.readerTextWidth - numberColumns - document.width) / 2) }

    mutating func setTextWidth(_ w: Int) {
        textWidth = min(max(w, State.textWidths.lowerBound), State.textWidths.upperBound)
        reader.relayout(article, index, width: wrapWidth, height: readerHeight)
        let shown = wrapWidth
        message = "text width \(textWidth) columns" + (shown < textWidth ? " (the pane shows \(shown))" : "")
    }

    mutating func toggleParagraphNumbers() {
        paragraphNumbers.toggle()
        reader.relayout(article, index, width: wrapWidth, height: readerHeight)
        message = paragraphNumbers ? "paragraph numbers shown" : "paragraph numbers hidden"
    }
}
