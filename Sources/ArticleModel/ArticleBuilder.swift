import Dispatch

/// Builds an `Article` from loaded text: the one place the stages are put together.
public enum ArticleBuilder {
    /// The stages after loading, in the order they run. `dossier bench` times each one.
    public enum Stage: String, CaseIterable, Sendable {
        case segment = "paragraphs and sentences"
        case searchIndex = "search index"
        case structure = "kinds, quotes, annotations, sections, cross-references"
        case recognize = "recognizer"
        case resolve = "resolver"
        case relations = "relations"
    }

    /// Builds without general knowledge (entities are found from capitalisation and context only).
    public static func build(_ loaded: LoadedText) -> Article { build(loaded, knowledge: Knowledge()) }

    /// Texts up to this size are built on two cores (`buildConcurrently`); above it one stage after
    /// another, in the order that keeps the peak memory of a long text low.
    public static let concurrentLimit = 1 << 20

    public static func build(_ loaded: LoadedText, knowledge: Knowledge) -> Article {
        if loaded.bytes.count <= concurrentLimit { return buildConcurrently(loaded, knowledge: knowledge) }
        return build(loaded, knowledge: knowledge, measure: { _, body in body() })
    }

    /// The same article as `build(_:knowledge:measure:)`, with the search index and the structure built on a
    /// second thread while this one runs the entity stages (recognizer, resolver, relations), the longer
    /// chain, with the caches this thread has warm: the two chains share only the text, its paragraphs and
    /// its sentences, which neither changes. (Both chains' working memory is held at once, so long texts
    /// take the one-core path.)
    public static func buildConcurrently(_ loaded: LoadedText, knowledge: Knowledge) -> Article {
        var segmented = Article(bytes: loaded.bytes, source: loaded.source, paragraphs: [], sentences: [])
        segmented.markup = loaded.markup
        segment(&segmented)
        let base = segmented
        let structured = StructuredArticle()
        let done = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: done) {
            var article = base
            structureStages(&article, sentencesReady: true) { _, body in body() }
            structured.article = article
        }
        let found = entityStages(base, knowledge: knowledge) { _, body in body() }
        done.wait()
        var article = structured.article ?? base
        (article.entities, article.mentions, article.relations) = found
        return article
    }

    /// The structure stages' article, written by their thread before the group is left and read after the wait.
    private final class StructuredArticle: @unchecked Sendable {
        var article: Article?
    }

    /// Builds the article, running each stage inside `measure(stage, body)`, which must call
    /// `body` exactly once (a benchmark wraps it in a clock).
    public static func build(_ loaded: LoadedText, knowledge: Knowledge,
                             measure: (Stage, () -> Void) -> Void) -> Article {
        var article = Article(bytes: loaded.bytes, source: loaded.source, paragraphs: [], sentences: [])
        article.markup = loaded.markup
        // Sentences come later, in the structure stage once the index's table of every word occurrence and
        // the paragraph shapes are gone (see `Structure.build`): those were the build's peak.
        measure(.segment) { segmentParagraphs(&article) }
        structureStages(&article, sentencesReady: false, measure: measure)
        (article.entities, article.mentions, article.relations) = entityStages(article, knowledge: knowledge, measure: measure)
        return article
    }

    /// The search index, then the structure (kinds, quotes, annotations, sections, cross-references).
    static func structureStages(_ article: inout Article, sentencesReady: Bool, measure: (Stage, () -> Void) -> Void) {
        var index = SearchIndex()
        measure(.searchIndex) { index = SearchIndex(article.bytes, paragraphs: article.paragraphs.map(\.range)) }
        measure(.structure) { Structure.build(&article, index: index, sentencesReady: sentencesReady) }
    }

    /// The entity stages over the article's text, paragraphs and sentences: recognizer, resolver, relations.
    static func entityStages(_ article: Article, knowledge: Knowledge, measure: (Stage, () -> Void) -> Void)
        -> (entities: [Entity], mentions: [Mention], relations: [Relation]) {
        var recognized: Recognized?
        measure(.recognize) {
            recognized = Recognizer.recognize(article.bytes, paragraphs: article.paragraphs,
                                              sentences: article.sentences, knowledge: knowledge)
        }
        guard var found = recognized else { return ([], [], []) }
        recognized = nil
        var entities: [Entity] = [], mentions: [Mention] = [], relations: [Relation] = []
        measure(.resolve) {
            // The candidates go as soon as the mentions are made: they are the largest thing held at that point.
            let candidates = found.candidates
            found.candidates = []
            (entities, mentions) = Resolver.resolve(article.bytes, candidates, names: &found.names,
                                                    sentences: article.sentences, knowledge: knowledge)
        }
        measure(.relations) {
            relations = Relations.build(mentions: mentions, sentences: article.sentences, labels: found.labels,
                                        knowledge: knowledge)
        }
        return (entities, mentions, relations)
    }

    /// Paragraphs and their sentences.
    static func segment(_ article: inout Article) {
        segmentParagraphs(&article)
        segmentSentences(&article)
    }

    /// The paragraphs, without their sentences yet.
    static func segmentParagraphs(_ article: inout Article) {
        // Markup states its paragraphs (one a block); plain text's are found by the segmenter.
        let ranges = article.markup?.paragraphs ?? Segmenter.paragraphRanges(article.bytes)
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(ranges.count)
        for (p, range) in ranges.enumerated() {
            paragraphs.append(Paragraph(index: p, kind: .body, range: range, sentences: 0..<0))
        }
        article.paragraphs = paragraphs
    }

    /// The sentences of every paragraph.
    static func segmentSentences(_ article: inout Article) {
        let s = article.bytes
        var sentences: [Sentence] = []
        // At least a sentence a paragraph: a text of one-line paragraphs has exactly that many, held to the end.
        sentences.reserveCapacity(article.paragraphs.count)
        for p in article.paragraphs.indices {
            let first = sentences.count
            for r in Segmenter.sentenceRanges(s, in: article.paragraphs[p].range) {
                sentences.append(Sentence(index: sentences.count, paragraph: p, range: r))
            }
            article.paragraphs[p].sentences = first..<sentences.count
        }
        article.sentences = sentences
    }

    /// Convenience: load bytes and build.
    public static func build(bytes: [UInt8], knowledge: Knowledge = Knowledge()) throws(LoadError) -> Article {
        build(try Loader.load(bytes), knowledge: knowledge)
    }
}
