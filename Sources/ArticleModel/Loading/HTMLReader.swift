/// An HTML or XHTML page as a markup document: its metadata, and its blocks, from the whole body
/// (`extract: false`, an e-book chapter) or from the article the extractor finds among the clutter.
enum HTMLReader {
    static func read(_ bytes: [UInt8], format: InputFormat = .html, extract: Bool = true) -> MarkupDocument {
        let doc = HTMLParser.parse(bytes)
        let meta = HTMLMetadata(doc)
        var out = MarkupDocument(format: format, title: meta.title, byline: meta.byline, date: meta.date)
        out.blocks = blocks(doc, extract: extract)
        if extract { BoilerplateLines.mark(&out.blocks) }
        // A byline or date the article repeats as its own block is dropped (the metadata's stays at the top).
        // (The metadata's forms are folded once, not once a block.)
        let repeated = Set([meta.byline, meta.date].compactMap { $0 }.flatMap { [$0, "By " + $0] }.map { MarkupText.key(Array($0.utf8)) })
            .subtracting([""])
        if !repeated.isEmpty {
            out.blocks.removeAll { b in b.kind != .heading && b.text.count < 200 && repeated.contains(MarkupText.key(b.text)) }
        }
        return out
    }

    static func blocks(_ doc: HTMLDocument, extract: Bool) -> [MarkupBlock] {
        guard doc.count > 0 else { return [] }
        let body = (0..<doc.count).first { doc.tag[$0] == .body } ?? 0
        guard extract else { return HTMLBlockWriter(doc: doc).blocks(roots: [body]) }
        let extractor = ContentExtractor(doc)
        let writer = HTMLBlockWriter(doc: doc, skip: { extractor.isClutter($0) })
        let found = writer.blocks(roots: extractor.roots())
        // A page with no article to find (a list, a short note) is read whole.
        if found.reduce(0, { $0 + $1.text.count }) < 200 {
            let whole = HTMLBlockWriter(doc: doc, skip: { extractor.dead[$0] || extractor.isMetadataLine($0) }).blocks(roots: [body])
            if whole.reduce(0, { $0 + $1.text.count }) > found.reduce(0, { $0 + $1.text.count }) { return whole }
        }
        return found
    }
}
