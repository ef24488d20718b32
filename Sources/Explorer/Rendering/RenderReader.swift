import ArticleModel

func renderReader(_ s: State, _ screen: inout Screen, _ r: Rect) {
    let a = s.article
    let rows = s.document.rows
    if rows.isEmpty {
        screen.put(r.x + 2, r.y + r.height / 2, "(empty article)", Style(.dim))
        return
    }
    let textX = r.x + 1 + s.readerTextOffset
    let limit = r.maxX - 1
    let numbers = s.numberColumns
    for i in 0..<r.height {
        let ri = s.readerTop + i
        guard ri < rows.count else { break }
        let row = rows[ri]
        let y = r.y + i
        let p = row.paragraph
        let opensParagraph = row.kind == .text && row.start == a.paragraphs[p].range.start
        // A passage a later annotation updates: a mark in the gutter, a link to the annotation.
        let updated = opensParagraph && s.index.updatedBy[p] != nil
        if ri == s.readerCursor {
            screen.put(r.x, y, s.focus == .reader ? "▌" : "›", Style(.cursorMark))
        } else if updated {
            screen.put(r.x, y, "✎", Style(.annotationHeader))
        }
        if numbers > 0, opensParagraph {
            screen.put(r.x + 1, y, "¶\(p)", Style(.dim, [.dim]), limit: r.x + numbers)
        }
        let an = s.index.annotationOf[p]
        let inQuote = s.index.quoteOf[p] >= 0
        // Bars in the indent: annotation layer, then quote.
        if an >= 0, row.kind != .annotationHeader, row.kind != .blank || (p + 1 < a.paragraphs.count && s.index.annotationOf[p + 1] == an) {
            screen.put(textX, y, "┃", Style(.annotation))
        }
        if inQuote, row.kind == .text || row.kind == .quoteSource {
            screen.put(textX + (an >= 0 ? 2 : 0) + 1, y, "│", Style(.quote))
        }
        switch row.kind {
        case .blank: continue
        case .annotationHeader:
            let header = "✎ update" + updateTarget(s, a.annotations[an])
            let current = s.focus == .reader && ri == s.readerCursor && s.currentLink != nil
            screen.put(textX, y, truncate(header, limit - textX), Style(.annotationHeader, current ? [.bold, .reverse] : [.bold]), limit: limit)
        case .quoteSource:
            let q = s.index.quoteOf[p]
            if q >= 0, let src = a.quotes[q].source {
                screen.put(textX + row.indent, y, "— " + oneLine(src), Style(.quoteSource, [.italic]), limit: limit)
            }
        case .text:
            drawTextRow(s, &screen, row, x: textX + row.indent, y: y, limit: limit, base: baseStyle(s, p, an))
        }
    }
}

func baseStyle(_ s: State, _ p: Int, _ annotation: Int) -> Style {
    let kind = s.article.paragraphs[p].kind
    switch kind {
    case .title: return Style(.heading, [.bold])
    case .heading: return Style(.heading, [.bold])
    case .quote: return Style(annotation >= 0 ? .annotation : .quote)
    case .aside, .note: return Style(.dim, [.dim])
    case .byline, .dateline, .caption: return Style(.dim, [.italic])
    case .annotation: return Style(.annotation)
    case .body, .listItem: return annotation >= 0 ? Style(.annotation) : .normal
    }
}

/// One wrapped line with mentions, cross-references and search hits styled over the base style.
func drawTextRow(_ s: State, _ screen: inout Screen, _ row: Row, x: Int, y: Int, limit: Int, base: Style) {
    let a = s.article
    var spans: [(start: Int, end: Int, style: Style)] = []
    for c in ArticleIndex.overlapping(s.index.crossReferenceOrder, lo: row.start, hi: row.end, range: { a.crossReferences[$0].range }) {
        let cr = a.crossReferences[c]
        spans.append((cr.range.start, cr.range.end, Style(cr.target == nil ? base.role : .crossReference, base.attributes.union(.underline))))
    }
    for m in ArticleIndex.overlapping(s.index.mentionOrder, lo: row.start, hi: row.end, range: { a.mentions[$0].range }) {
        let mention = a.mentions[m]
        guard a.entities.indices.contains(mention.entity) else { continue }
        let role = roleFor(a.entities[mention.entity].type)
        let attrs: Attributes = mention.entity == s.selectedEntity ? [.bold, .underline] : []
        spans.append((mention.range.start, mention.range.end, Style(role, attrs)))
    }
    // The reader's current link, reversed so `w`/`b` and `f` can be seen acting on it (under a search hit).
    if s.focus == .reader, s.document.rows.indices.contains(s.readerCursor), row == s.document.rows[s.readerCursor],
       let link = s.currentLink, !link.range.isEmpty {
        spans.append((link.range.start, link.range.end, Style(.selectionFocus, [.reverse])))
    }
    let hits = s.search.hits
    if !hits.isEmpty {
        var l = 0, h = hits.count
        while l < h { let m = (l + h) / 2; if hits[m].end <= row.start { l = m + 1 } else { h = m } }
        var i = l
        while i < hits.count, hits[i].start < row.end {
            spans.append((hits[i].start, hits[i].end, Style(i == s.search.current ? .searchCurrent : .searchHit)))
            i += 1
        }
    }
    // A line break inside a paragraph (hard-wrapped source) is a space, as `Wrap` measured it, not `␊`.
    let text = String(decoding: a.bytes[row.start..<row.end].map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
    if spans.isEmpty {
        screen.put(x, y, text, base, limit: limit)
        return
    }
    // Draw runs of one style: cut the line where any span starts or ends.
    var cuts = [row.start, row.end]
    for sp in spans {
        if sp.start > row.start && sp.start < row.end { cuts.append(sp.start) }
        if sp.end > row.start && sp.end < row.end { cuts.append(sp.end) }
    }
    cuts = Array(Set(cuts)).sorted()
    let bytes = Array(text.utf8)
    var col = x
    for (a, b) in zip(cuts, cuts.dropFirst()) where b > a {
        var style = base
        for sp in spans where a >= sp.start && a < sp.end { style = sp.style }
        let run = String(decoding: bytes[(a - row.start)..<(b - row.start)], as: UTF8.self)
        col = screen.put(col, y, run, style, limit: limit)
        if col >= limit { break }
    }
}

/// Where an update's header points: the section and opening words of what it updates, as the reader
/// shows them; with paragraph numbers on, their numbers.
func updateTarget(_ s: State, _ annotation: Annotation) -> String {
    let targets = annotation.annotates.filter { s.article.paragraphs.indices.contains($0) }
    guard let first = targets.first else { return "" }
    if s.paragraphNumbers { return " → " + targets.map { "¶\($0)" }.joined(separator: ", ") }
    let more = targets.count > 1 ? " and \(targets.count - 1) more" : ""
    return " → " + sectionName(s, first) + ": " + s.openingWords(paragraph: first, words: 6) + more
}
