/// The structural stages after segmentation, in order: paragraph kinds, block quotes,
/// annotations, sections and cross-references; `index` is the article's search index.
enum Structure {
    /// `sentencesReady`: the article's sentences were segmented before (the two-core build needs them at once).
    static func build(_ article: inout Article, index: SearchIndex, sentencesReady: Bool = false) {
        let s = article.bytes
        // The term lists come first: they read the index's table of every word occurrence, the
        // largest thing held in this stage, which goes as soon as they are made, before the
        // per-paragraph shapes and ranges below are allocated (a lower peak for long texts).
        // Speaker labels ("PRESIDENT BIDEN:") say who speaks, not what about.
        let terms = Terms(s, index: index, paragraphs: article.paragraphs.lazy.map { p in
            let r = p.range, label = ParagraphShape.speakerLabelLength(s, r)
            return label > 0 ? TextRange(r.start + label, r.end) : r
        })
        // Only the term lists read every word occurrence: the article's index keeps postings only.
        index.tokens.release()
        var ranges = article.paragraphs.map(\.range)
        var shapes = ranges.map { ParagraphShape(s, $0) }
        var kinds = ParagraphClassifier.classify(s, ranges, shapes)
        let quotes = Quotes.find(s, ranges, shapes, kinds)
        for q in quotes { for p in q.paragraphs { kinds[p] = .quote } }
        let annotations = Annotations.find(s, ranges, shapes, kinds, quotes, terms)
        ranges = [] // (the sectioner reads the shapes, not the ranges)
        for a in annotations { for p in a.paragraphs where kinds[p] != .quote { kinds[p] = .annotation } }
        for i in article.paragraphs.indices { article.paragraphs[i].kind = kinds[i] }
        article.quotes = quotes
        article.annotations = annotations
        article.sections = Sectioner.sections(s, article.paragraphs, shapes, terms, annotations)
        // The sentences only now, for the cross-references: after the index's table of every word occurrence
        // and the shapes and ranges of every paragraph are gone (the build's peak for a long text).
        shapes = []
        if !sentencesReady { ArticleBuilder.segmentSentences(&article) }
        article.crossReferences = CrossReferences.find(article, terms, index: index)
        article.searchIndex = index
    }
}
