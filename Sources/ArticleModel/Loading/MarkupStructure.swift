/// The structure stage's use of what markup states: block quotes as quotes, a table of contents as sections.
extension Quotes {
    /// Each run of consecutive quote paragraphs is one quote, its source the first the markup names in it.
    static func runs(_ kinds: [ParagraphKind], sources: [Int: String] = [:]) -> [Quote] {
        var out: [Quote] = []
        var p = 0
        while p < kinds.count {
            guard kinds[p] == .quote else { p += 1; continue }
            var q = p
            while q + 1 < kinds.count, kinds[q + 1] == .quote { q += 1 }
            out.append(Quote(paragraphs: Array(p...q), source: (p...q).lazy.compactMap { sources[$0] }.first))
            p = q + 1
        }
        return out
    }
}

extension Sectioner {
    /// Level-1 sections from the markup's outline (an e-book's table of contents), covering every
    /// paragraph: the first starts at the first paragraph. Nil when the markup has no outline.
    static func outlineSections(_ markup: MarkupHints, _ count: Int) -> [Section]? {
        var entries = markup.outline.filter { $0.paragraph < count }
        guard !entries.isEmpty, count > 0 else { return nil }
        // Entries pointing at one paragraph keep the first; the first entry starts the article.
        var unique: [(paragraph: Int, title: String)] = []
        for e in entries where unique.last.map({ $0.paragraph < e.paragraph }) ?? true { unique.append(e) }
        entries = unique
        entries[0].paragraph = 0
        return entries.enumerated().map { k, e in
            let last = k + 1 < entries.count ? entries[k + 1].paragraph - 1 : count - 1
            return Section(title: e.title, level: 1, first: e.paragraph, last: last)
        }
    }
}
