import CCmarkGFM

/// Markdown through cmark-gfm (CommonMark with GitHub's tables, strikethrough, autolinks and footnotes):
/// headings with their levels, block quotes, list items, footnote definitions as notes, code blocks and
/// table rows as body text; front matter's title, author and date as metadata. Raw HTML is left out.
enum MarkdownReader {
    static func read(_ bytes: [UInt8]) -> MarkupDocument {
        let front = FrontMatter(bytes)
        var doc = MarkupDocument(format: .markdown, title: front.title, byline: front.author, date: front.date)
        let body = Array(bytes[front.length...])
        var lineStarts = [0]
        for (i, b) in body.enumerated() where b == 0x0A { lineStarts.append(i + 1) }

        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return doc }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        body.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let root = cmark_parser_finish(parser) else { return doc }
        defer { cmark_node_free(root) }
        doc.blocks = MarkdownBlocks(lineStarts: lineStarts, base: front.length).blocks(root)
        // Without a title in the front matter, a first level-1 heading is the title.
        if doc.title == nil, let first = doc.blocks.first, first.kind == .heading, first.level == 1 {
            doc.title = String(decoding: first.text, as: UTF8.self)
        }
        return doc
    }
}

/// One pass of cmark's iterator over the document (no recursion, so deep nesting costs nothing extra).
struct MarkdownBlocks {
    let lineStarts: [Int]
    /// Bytes before the Markdown (front matter).
    let base: Int

    func offset(_ node: OpaquePointer) -> Int {
        let line = Int(cmark_node_get_start_line(node)) - 1, column = Int(cmark_node_get_start_column(node)) - 1
        guard line >= 0, line < lineStarts.count else { return base }
        return base + lineStarts[line] + max(0, column)
    }

    func blocks(_ root: OpaquePointer) -> [MarkupBlock] {
        var out: [MarkupBlock] = []
        guard let iter = cmark_iter_new(root) else { return out }
        defer { cmark_iter_free(iter) }
        var bearers: [ParagraphKind] = []   // kinds of the open quotes, items and footnote definitions
        var buffer: [UInt8] = []
        var leaf: OpaquePointer?            // the paragraph or heading being gathered
        var skipping: OpaquePointer?        // an image or raw HTML whose content is not text
        var cell = false
        var footnotes = 0
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            if let s = skipping {
                if !entering && s == node { skipping = nil }
                continue
            }
            let typeName = cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
            switch type {
            case CMARK_NODE_BLOCK_QUOTE:
                if entering { bearers.append(.quote) } else { bearers.removeLast() }
            case CMARK_NODE_ITEM:
                if entering { bearers.append(.listItem) } else { bearers.removeLast() }
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                if entering {
                    bearers.append(.note)
                } else { bearers.removeLast() }
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if entering {
                    leaf = node; buffer.removeAll(keepingCapacity: true)
                    // A footnote's first paragraph starts with its number, as the references show it (cmark-gfm
                    // numbers footnotes in the order they are referenced and puts their definitions in that order).
                    if type == CMARK_NODE_PARAGRAPH, bearers.last == .note, let parent = cmark_node_parent(node),
                       cmark_node_first_child(parent) == node {
                        footnotes += 1
                        buffer.append(contentsOf: Array("[\(footnotes)] ".utf8))
                    }
                } else if leaf == node {
                    let heading = type == CMARK_NODE_HEADING
                    out.append(MarkupBlock(kind: heading ? .heading : bearers.last ?? .body,
                                           level: heading ? Int(cmark_node_get_heading_level(node)) : 0,
                                           text: buffer, source: offset(node)))
                    leaf = nil
                }
            case CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node) {
                    out.append(MarkupBlock(kind: bearers.last ?? .body, text: Array(String(cString: literal).utf8), source: offset(node)))
                }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE, CMARK_NODE_IMAGE:
                if entering, type == CMARK_NODE_IMAGE { skipping = node }
            case CMARK_NODE_TEXT:
                if let literal = cmark_node_get_literal(node) { buffer.append(contentsOf: Array(String(cString: literal).utf8)) }
            case CMARK_NODE_CODE:
                // Kept in its backticks, as written: the reader shows it as code and no name is read in it.
                if let literal = cmark_node_get_literal(node) { buffer.append(contentsOf: Array("`\(String(cString: literal))`".utf8)) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                buffer.append(0x20)
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                if entering, let literal = cmark_node_get_literal(node) { buffer.append(contentsOf: Array("[\(String(cString: literal))]".utf8)) }
            default:
                // Table rows are a paragraph each, their cells joined by " | ".
                if typeName == "table_row" || typeName == "table_header" {
                    if entering { buffer.removeAll(keepingCapacity: true); cell = false } else {
                        out.append(MarkupBlock(kind: bearers.last ?? .body, text: buffer, source: offset(node)))
                    }
                } else if typeName == "table_cell", entering {
                    if cell { buffer.append(contentsOf: Array(" | ".utf8)) }
                    cell = true
                }
            }
        }
        return out
    }
}
