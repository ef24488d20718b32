/// Turns the text under chosen nodes of an `HTMLDocument` into blocks: a block element starts and ends a
/// paragraph, inline elements join their text (spaces kept where the source has them), and the innermost
/// heading, quote, list item, caption or aside gives the block its kind.
struct HTMLBlockWriter {
    let doc: HTMLDocument
    /// Subtrees left out (by the extractor); dropped and hidden ones are always left out.
    var skip: (Int) -> Bool = { _ in false }

    private struct Open { var end: Int32; var tag: HTMLTag; var node: Int; var kindBearing: Bool; var block: Bool }

    func blocks(roots: [Int]) -> [MarkupBlock] {
        var out: [MarkupBlock] = []
        let labels = footnoteLabels()
        for r in roots { write(r, labels: labels, into: &out) }
        return out
    }

    /// The label each footnote reference shows, by the id of the footnote it points at.
    func footnoteLabels() -> [String: String] {
        var labels: [String: String] = [:]
        for i in 0..<doc.count where doc.tag[i] == .a && isFootnoteReference(i) {
            guard let href = doc.attribute(i, "href") else { continue }
            labels[String(href.dropFirst())] = footnoteLabel(i)
        }
        return labels
    }

    private func footnoteLabel(_ node: Int) -> String {
        var label = doc.plainText(node)
        while label.first == "[" { label.removeFirst() }
        while label.last == "]" { label.removeLast() }
        return label
    }

    /// The kind an element gives the blocks inside it, from its tag or, for footnotes, its role.
    private func kind(of node: Int) -> ParagraphKind? {
        if isFootnoteContainer(node) { return .note }
        if isSummary(node) { return .aside }
        return kind(of: doc.tag[node])
    }

    /// A standfirst: the page's summary of the article (schema.org `description`, a class naming an
    /// excerpt or standfirst), said before the article's own text.
    func isSummary(_ node: Int) -> Bool {
        let tag = doc.tag[node]
        guard tag == .div || tag == .p || tag == .section || tag == .header else { return false }
        if doc.attribute(node, "itemprop")?.lowercased() == "description" { return true }
        let h = doc.classAndID[node]
        return !h.isEmpty && (Bytes.contains(h, "excerpt") || Bytes.contains(h, "standfirst"))
    }

    /// Footnotes: `role=doc-footnote`/`doc-endnotes`, `epub:type` footnote, endnote(s) or rearnote, or a
    /// class or id naming footnotes.
    func isFootnoteContainer(_ node: Int) -> Bool {
        let tag = doc.tag[node]
        guard tag != .text, tag != .a, tag != .sup, tag != .span else { return false }
        if let role = doc.attribute(node, "role"), role == "doc-footnote" || role == "doc-endnotes" || role == "doc-endnote" { return true }
        if let type = doc.attribute(node, "epub:type"), ["footnote", "footnotes", "endnote", "endnotes", "rearnote"].contains(type) { return true }
        let h = doc.classAndID[node]
        if h.isEmpty { return false }
        if h.hasPrefix("footnote") || Bytes.contains(h, " footnote") { return true }
        // "fn1", "fn-2", "fn_3" (not the microformats name class "fn").
        let rest = h.utf8.dropFirst(2).drop { $0 == 0x2D || $0 == 0x5F }
        return h.hasPrefix("fn") && h.count <= 8 && rest.first.map { Bytes.isDigit($0) } == true
    }

    /// A footnote reference: a short link to `#fn…`, `#footnote…`, `#note…` or `#endnote…` (the text is "[n]").
    func isFootnoteReference(_ node: Int) -> Bool {
        guard doc.tag[node] == .a, let href = doc.attribute(node, "href")?.lowercased(), href.hasPrefix("#") else { return false }
        let target = href.dropFirst()
        guard target.hasPrefix("fn") || target.hasPrefix("footnote") || target.hasPrefix("note") || target.hasPrefix("endnote")
                || target.hasPrefix("cite_note") else { return false }
        return doc.textLengthBelow(node, 8)
    }

    /// Who or what a block quote quotes: the text of a `<cite>` inside it, else its `cite` attribute.
    private func quoteSource(_ quote: Int, _ found: inout [Int: String?]) -> String? {
        if let known = found[quote] { return known }
        var source = doc.attribute(quote, "cite")
        if let c = (quote..<Int(doc.end[quote])).first(where: { doc.tag[$0] == .cite }) {
            var name = doc.plainText(c)
            while let f = name.first, f == "—" || f == "–" || f == "-" || f == " " { name.removeFirst() }
            if !name.isEmpty { source = name }
        }
        found[quote] = source
        return source
    }

    private func kind(of tag: HTMLTag) -> ParagraphKind? {
        switch tag {
        case .h1, .h2, .h3, .h4, .h5, .h6: return .heading
        case .blockquote: return .quote
        case .li, .dd: return .listItem
        case .figcaption, .caption: return .caption
        case .aside: return .aside
        default: return nil
        }
    }

    func write(_ root: Int, labels: [String: String] = [:], into out: inout [MarkupBlock]) {
        var stack: [Open] = []
        var bearers: [Int] = []   // indices into `stack` of kind-bearing elements
        var buffer: [UInt8] = []
        var source = -1
        var pendingSpace = false
        var lastWasBreak = false
        var pre = 0
        var notePrefix: String?   // "[n] " before the first text of a footnote a reference points at
        var sources: [Int: String?] = [:]   // each block quote's source, found once
        var quoteDepth = 0                  // open inline <q> elements

        func flush() {
            defer { buffer.removeAll(keepingCapacity: true); source = -1; pendingSpace = false; lastWasBreak = false }
            guard buffer.contains(where: { $0 > 0x20 }) else { return }
            var kind = ParagraphKind.body, level = 0, cite: String?
            if let b = bearers.last {
                let o = stack[b]
                kind = self.kind(of: o.node) ?? .body
                level = o.tag.headingLevel
                if o.tag == .blockquote { cite = quoteSource(o.node, &sources) }
            }
            out.append(MarkupBlock(kind: kind, level: level, text: buffer, source: max(0, source), cite: cite))
        }

        var i = root
        let stop = Int(doc.end[root])
        while i < stop {
            while let top = stack.last, Int(top.end) <= i {
                // (Flushed before the element is popped: its kind is the block's.)
                if top.tag == .q { Self.quoteMark(opening: false, &quoteDepth, &buffer, &pendingSpace) }
                if top.block { flush() }
                stack.removeLast()
                if top.kindBearing { bearers.removeLast() }
                if top.tag == .pre { pre -= 1 }
            }
            let tag = doc.tag[i]
            if tag.isDropped || doc.hidden[i] || (i != root && skip(i)) { i = Int(doc.end[i]); continue }
            switch tag {
            case .text:
                if source < 0 { source = doc.source[i] }
                if let prefix = notePrefix, buffer.isEmpty, doc.textEnd[i] > doc.textStart[i] {
                    buffer.append(contentsOf: Array(prefix.utf8)); notePrefix = nil
                }
                append(Int(doc.textStart[i])..<Int(doc.textEnd[i]), &buffer, &pendingSpace, pre > 0)
                lastWasBreak = false
            case .br:
                if lastWasBreak { flush() } else if pre > 0 { buffer.append(0x0A) } else { pendingSpace = true; lastWasBreak = true }
            case .img:
                break
            case .a where isFootnoteReference(i):
                if source < 0 { source = doc.source[i] }
                buffer.append(contentsOf: Array("[\(footnoteLabel(i))]".utf8))
                pendingSpace = false
                i = Int(doc.end[i])
                continue
            default:
                // A table cell of text alone is part of its row's line, after a bar; other blocks break.
                let cell = (tag == .td || tag == .th) && isTextCell(i)
                if cell, buffer.contains(where: { $0 > 0x20 }) { buffer += [0x20, 0x7C]; pendingSpace = true }
                let block = tag.isBlock && !cell
                if block { flush() }
                if !labels.isEmpty, let id = doc.attribute(i, "id"), let label = labels[id] { notePrefix = "[\(label)] " }
                let bearing = kind(of: i) != nil
                stack.append(Open(end: doc.end[i], tag: tag, node: i, kindBearing: bearing, block: block))
                if bearing { bearers.append(stack.count - 1) }
                if tag == .pre { pre += 1 }
                if tag == .q { Self.quoteMark(opening: true, &quoteDepth, &buffer, &pendingSpace) }
            }
            i += 1
        }
        while let top = stack.last {
            if top.tag == .q { Self.quoteMark(opening: false, &quoteDepth, &buffer, &pendingSpace) }
            if top.block { flush() }
            stack.removeLast()
            if top.kindBearing { bearers.removeLast() }
        }
        flush()
    }

    /// A table cell with no block inside (a layout table's cells hold paragraphs and stay blocks).
    private func isTextCell(_ cell: Int) -> Bool {
        !(cell + 1..<Int(doc.end[cell])).contains { doc.tag[$0].isBlock }
    }

    /// An inline `<q>`'s opening or closing mark, as a browser shows it (single marks when nested).
    private static func quoteMark(opening: Bool, _ depth: inout Int, _ buffer: inout [UInt8], _ pendingSpace: inout Bool) {
        if opening {
            if pendingSpace, !buffer.isEmpty, buffer.last != 0x0A { buffer.append(0x20) }
            pendingSpace = false
            buffer += Array((depth % 2 == 0 ? "“" : "‘").utf8)
            depth += 1
        } else {
            depth -= 1
            buffer += Array((depth % 2 == 0 ? "”" : "’").utf8)
        }
    }

    /// Appends text bytes with whitespace runs collapsed to one space (kept as they are inside `pre`).
    private func append(_ range: Range<Int>, _ buffer: inout [UInt8], _ pendingSpace: inout Bool, _ preformatted: Bool) {
        let t = doc.text
        if preformatted {
            buffer.append(contentsOf: t[range])
            return
        }
        for k in range {
            let b = t[k]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C { pendingSpace = true; continue }
            if pendingSpace, !buffer.isEmpty, buffer.last != 0x0A { buffer.append(0x20) }
            pendingSpace = false
            buffer.append(b)
        }
    }
}
