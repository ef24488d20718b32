enum MarkdownReader {
    static func read(_ bytes: [UInt8]) -> MarkupDocument { MarkupDocument(format: .markdown) }
}
enum EPUBReader {
    static func read(_ bytes: [UInt8]) throws(MarkupError) -> MarkupDocument { throw .archive("not yet") }
}
