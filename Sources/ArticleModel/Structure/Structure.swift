/// The structure stage: paragraph kinds, block quotes, annotations and sections, found in that
/// order over the paragraph table (each finder reads the kinds the ones before it set) with the
/// term lists. Cross-references come after it, once the article has them all.
enum Structure {
    struct Parts {
        var kinds: [ParagraphKind]
        var quotes: [Quote]
        var annotations: [Annotation]
        var sections: [Section]
    }

    /// `markup`: what a markup reader stated (its kinds, block quotes and outline), used instead of
    /// what plain text's structure is inferred from.
    static func find(_ table: ParagraphTable, terms: Terms, markup: MarkupHints? = nil) -> Parts {
        var (table, quotes) = classified(table, markup: markup)
        let annotations = Annotations.find(table, quotes, terms)
        for a in annotations { for p in a.paragraphs where table.kinds[p] != .quote { table.kinds[p] = .annotation } }
        let sections = markup.flatMap { Sectioner.outlineSections($0, table.count) }
            ?? Sectioner.sections(table, terms, annotations, levels: markup?.levels)
        return Parts(kinds: table.kinds, quotes: quotes, annotations: annotations, sections: sections)
    }

    /// Each paragraph's kind as `find` gives it, without the term lists, the passages annotations update
    /// or the sections: all that `dossier text --body` reads.
    static func kinds(_ table: ParagraphTable, markup: MarkupHints? = nil) -> [ParagraphKind] {
        var (table, _) = classified(table, markup: markup)
        for unit in Annotations.units(table) { for p in unit where table.kinds[p] != .quote { table.kinds[p] = .annotation } }
        return table.kinds
    }

    /// The table with each paragraph's kind up to annotations (stated by markup or inferred), and the quotes.
    private static func classified(_ table: ParagraphTable, markup: MarkupHints?) -> (ParagraphTable, [Quote]) {
        var table = table
        table.kinds = markup?.kinds ?? ParagraphClassifier.classify(table)
        var quotes = markup.map { Quotes.runs(table.kinds, sources: $0.quoteSources) } ?? Quotes.find(table)
        let attributed = markup == nil ? AttributedQuotes.find(table, taken: Set(quotes.lazy.flatMap(\.paragraphs))) : []
        if !attributed.isEmpty { quotes = (quotes + attributed).sorted { $0.paragraphs[0] < $1.paragraphs[0] } }
        for q in quotes { for p in q.paragraphs { table.kinds[p] = .quote } }
        if markup == nil { for h in AttributedQuotes.headings(table, attributed) { table.kinds[h] = .heading } }
        if markup == nil {
            let pulled = Set(PullQuotes.find(table))
            if !pulled.isEmpty {
                for p in pulled { table.kinds[p] = .aside }
                quotes = quotes.filter { !$0.paragraphs.contains(where: pulled.contains) }
            }
        }
        return (table, quotes)
    }

    /// What the term lists read of each paragraph: all of it but a speaker label ("PRESIDENT BIDEN:"
    /// says who speaks, not what about).
    static func termRanges(_ text: [UInt8], _ paragraphs: [Paragraph]) -> some Collection<TextRange> {
        paragraphs.lazy.map { p in
            let r = p.range, label = ParagraphShape.speakerLabelLength(text, r)
            return label > 0 ? TextRange(r.start + label, r.end) : r
        }
    }
}
