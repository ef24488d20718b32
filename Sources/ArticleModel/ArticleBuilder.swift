import Dispatch

/// Builds an `Article` from loaded text: the one place the stages are put together. Each stage
/// takes what earlier stages made and returns its own part:
///
///     text ─▶ Segmenter: paragraphs, sentences
///          ─▶ SearchIndexBuilder: search index, token table
///          ─▶ Terms, then Structure: kinds, quotes, annotations, sections; then CrossReferences
///          ─▶ Recognizer: candidates ─▶ Resolver: entities, mentions ─▶ Relations
///
/// A new stage is a function of the parts it reads that returns its own, called here in its place.
/// On one core (long texts) the sentences are made just before the cross-references, the first
/// stage that reads them, so that they are not held beside the index's working tables.
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
    /// another, so that only one chain's working memory is held at a time.
    public static let concurrentLimit = 1 << 20

    public static func build(_ loaded: LoadedText, knowledge: Knowledge) -> Article {
        if loaded.bytes.count <= concurrentLimit { return buildConcurrently(loaded, knowledge: knowledge) }
        return build(loaded, knowledge: knowledge, measure: { _, body in body() })
    }

    /// The same article as `build(_:knowledge:measure:)`, with the search index and the structure built on a
    /// second thread while this one runs the entity stages (recognizer, resolver, relations), the longer
    /// chain: the two chains share only the text, its paragraphs and its sentences, which neither changes.
    public static func buildConcurrently(_ loaded: LoadedText, knowledge: Knowledge) -> Article {
        var paragraphs = self.paragraphs(loaded)
        let sentences = Segmenter.sentences(loaded.bytes, &paragraphs)
        let segmented = Article(bytes: loaded.bytes, source: loaded.source, paragraphs: paragraphs, sentences: sentences,
                                markup: loaded.markup)
        let structured = StructuredArticle()
        let done = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: done) {
            var article = segmented
            let terms = addIndexAndStructure(&article)
            article.crossReferences = CrossReferences.find(article, terms, index: article.searchIndex)
            structured.article = article
        }
        let found = entityStages(segmented, knowledge: knowledge) { _, body in body() }
        done.wait()
        var article = structured.article ?? segmented
        (article.entities, article.mentions, article.relations) = (found.entities, found.mentions, found.relations)
        QuoteSpeakers.assign(&article)
        return article
    }

    /// Paragraphs with their kinds, quotes, annotations and sections only: no entities, relations or
    /// cross-references, and no knowledge tables read (`dossier text` prints no more than this).
    public static func buildStructure(_ loaded: LoadedText) -> Article {
        var article = Article(bytes: loaded.bytes, source: loaded.source, paragraphs: paragraphs(loaded), sentences: [],
                              markup: loaded.markup)
        addIndexAndStructure(&article)
        return article
    }

    /// Paragraphs with their kinds only, as `buildStructure` gives them: no search index, quotes, annotations’
    /// targets or sections (`dossier text --body` prints no more than this).
    public static func buildKinds(_ loaded: LoadedText) -> Article {
        var article = Article(bytes: loaded.bytes, source: loaded.source, paragraphs: paragraphs(loaded), sentences: [],
                              markup: loaded.markup)
        let kinds = Structure.kinds(ParagraphTable(text: article.bytes, paragraphs: article.paragraphs), markup: article.markup)
        for i in article.paragraphs.indices { article.paragraphs[i].kind = kinds[i] }
        return article
    }

    /// The search index, then the kinds, quotes, annotations and sections from its term lists, which are
    /// returned for the cross-references.
    @discardableResult
    static func addIndexAndStructure(_ article: inout Article) -> Terms {
        let (index, tokens) = searchIndex(article)
        article.searchIndex = index
        let terms = Terms(article.bytes, index: index, tokens: tokens, paragraphs: Structure.termRanges(article.bytes, article.paragraphs))
        addStructure(&article, terms)
        return terms
    }

    /// The structure chain's article, written by its thread before the group is left and read after the wait.
    private final class StructuredArticle: @unchecked Sendable {
        var article: Article?
    }

    /// Builds the article, running each stage inside `measure(stage, body)`, which must call
    /// `body` exactly once (a benchmark wraps it in a clock).
    public static func build(_ loaded: LoadedText, knowledge: Knowledge,
                             measure: (Stage, () -> Void) -> Void) -> Article {
        var article = Article(bytes: loaded.bytes, source: loaded.source, paragraphs: [], sentences: [])
        article.markup = loaded.markup
        measure(.segment) { article.paragraphs = paragraphs(loaded) }
        var tokens: TokenTable?
        measure(.searchIndex) { (article.searchIndex, tokens) = searchIndex(article) }
        measure(.structure) {
            // The token table is read once, for the term lists, and goes as soon as they are made.
            let terms = Terms(article.bytes, index: article.searchIndex, tokens: tokens.take()!,
                              paragraphs: Structure.termRanges(article.bytes, article.paragraphs))
            addStructure(&article, terms)
            // The sentences only now, for the cross-references, the first stage to read them: the token
            // table and the paragraph table are gone (a text of many short paragraphs held all three at once).
            article.sentences = Segmenter.sentences(article.bytes, &article.paragraphs)
            article.crossReferences = CrossReferences.find(article, terms, index: article.searchIndex)
        }
        let found = entityStages(article, knowledge: knowledge, measure: measure)
        (article.entities, article.mentions, article.relations) = (found.entities, found.mentions, found.relations)
        QuoteSpeakers.assign(&article)
        return article
    }

    /// Markup states its paragraphs (one a block); plain text's are found by the segmenter.
    static func paragraphs(_ loaded: LoadedText) -> [Paragraph] {
        guard let ranges = loaded.markup?.paragraphs else { return Segmenter.paragraphs(loaded.bytes) }
        return ranges.enumerated().map { Paragraph(index: $0, kind: .body, range: $1, sentences: 0..<0) }
    }

    /// The search index of the article's paragraphs, and the table of every word occurrence.
    static func searchIndex(_ article: Article) -> (SearchIndex, TokenTable) {
        SearchIndexBuilder.build(article.bytes, paragraphs: ParagraphRanges(paragraphs: article.paragraphs))
    }

    /// Kinds, quotes, annotations and sections, from the paragraph table and the term lists.
    static func addStructure(_ article: inout Article, _ terms: Terms) {
        let parts = Structure.find(ParagraphTable(text: article.bytes, paragraphs: article.paragraphs), terms: terms,
                                   markup: article.markup)
        for i in article.paragraphs.indices { article.paragraphs[i].kind = parts.kinds[i] }
        article.quotes = parts.quotes
        article.annotations = parts.annotations
        article.sections = parts.sections
    }

    /// The entity stages over the article's text, paragraphs and sentences: recognizer, resolver, relations.
    static func entityStages(_ article: Article, knowledge: Knowledge, measure: (Stage, () -> Void) -> Void)
        -> (entities: [Entity], mentions: [Mention], relations: [Relation]) {
        var recognized: Recognized?
        measure(.recognize) {
            recognized = Recognizer.recognize(article.bytes, paragraphs: article.paragraphs,
                                              sentences: article.sentences, knowledge: knowledge)
        }
        var entities: [Entity] = [], mentions: [Mention] = [], relations: [Relation] = []
        let labels = recognized?.labels ?? Relations.LabelWords()
        measure(.resolve) {
            // The resolver takes the candidates and their names: they go as soon as the mentions are made.
            guard let found = recognized.take() else { return }
            (entities, mentions) = Resolver.resolve(article.bytes, found, sentences: article.sentences, knowledge: knowledge)
        }
        measure(.relations) {
            let speaking = References.withReferences(
                FirstPerson.withSpeakers(mentions, text: article.bytes, paragraphs: article.paragraphs,
                                         sentences: article.sentences) { entities[$0].type == .person },
                text: article.bytes, sentences: article.sentences) { entities[$0].type == .person }
            relations = Relations.build(mentions: speaking, sentences: article.sentences, labels: labels, knowledge: knowledge,
                                        context: PairContext(text: article.bytes, entities: entities, knowledge: knowledge,
                                                             titlesOffices: labels.words.contains { $0.label & Relations.ofTitleBit != 0 }),
                                        known: Relations.knownTies(entities, knowledge: knowledge))
        }
        return (entities, mentions, relations)
    }

    /// Convenience: load bytes and build.
    public static func build(bytes: [UInt8], knowledge: Knowledge = Knowledge()) throws(LoadError) -> Article {
        build(try Loader.load(bytes), knowledge: knowledge)
    }
}
