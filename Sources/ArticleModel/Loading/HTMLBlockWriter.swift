/// Turns the text under chosen nodes of an `HTMLDocument` into blocks: a block element starts and ends a
/// paragraph, inline elements join their text (spaces kept where the source has them), and the innermost
/// heading, quote, list item, caption or aside gives the block its kind.
struct HTMLBlockWriter {
    let doc: HTMLDocument
    /// Subtrees left out (by the extractor); dropped and hidden ones are always left out.
    var skip: (Int) -> Bool = { _ in false }

    private struct Open { var end: Int32; var tag: HTMLTag; var node: Int; var kindBearing: Bool }

    func blocks(roots: [Int]) -> [MarkupBlock] {
        var out: [MarkupBlock] = []
        for r in roots { write(r, into: &out) }
        return out
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

    func write(_ root: Int, into out: inout [MarkupBlock]) {
        var stack: [Open] = []
        var bearers: [Int] = []   // indices into `stack` of kind-bearing elements
        var buffer: [UInt8] = []
        var source = -1
        var pendingSpace = false
        var lastWasBreak = false
        var pre = 0

        func flush() {
            defer { buffer.removeAll(keepingCapacity: true); source = -1; pendingSpace = false; lastWasBreak = false }
            guard buffer.contains(where: { $0 > 0x20 }) else { return }
            var kind = ParagraphKind.body, level = 0, cite: String?
            if let b = bearers.last {
                let o = stack[b]
                kind = self.kind(of: o.tag) ?? .body
                level = o.tag.headingLevel
                if o.tag == .blockquote { cite = doc.attribute(o.node, "cite") }
            }
            out.append(MarkupBlock(kind: kind, level: level, text: buffer, source: max(0, source), cite: cite))
        }

        var i = root
        let stop = Int(doc.end[root])
        while i < stop {
            while let top = stack.last, Int(top.end) <= i {
                // (Flushed before the element is popped: its kind is the block's.)
                if top.tag.isBlock { flush() }
                stack.removeLast()
                if top.kindBearing { bearers.removeLast() }
                if top.tag == .pre { pre -= 1 }
            }
            let tag = doc.tag[i]
            if tag.isDropped || doc.hidden[i] || (i != root && skip(i)) { i = Int(doc.end[i]); continue }
            switch tag {
            case .text:
                if source < 0 { source = doc.source[i] }
                append(Int(doc.textStart[i])..<Int(doc.textEnd[i]), &buffer, &pendingSpace, pre > 0)
                lastWasBreak = false
            case .br:
                if lastWasBreak { flush() } else if pre > 0 { buffer.append(0x0A) } else { pendingSpace = true; lastWasBreak = true }
            case .img:
                break
            default:
                if tag.isBlock { flush() }
                let bearing = kind(of: tag) != nil
                stack.append(Open(end: doc.end[i], tag: tag, node: i, kindBearing: bearing))
                if bearing { bearers.append(stack.count - 1) }
                if tag == .pre { pre += 1 }
            }
            i += 1
        }
        while let top = stack.last {
            if top.tag.isBlock { flush() }
            stack.removeLast()
            if top.kindBearing { bearers.removeLast() }
        }
        flush()
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
