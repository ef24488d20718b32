/// Builds an `Article` from loaded text: the one place the stages are put together.
public enum ArticleBuilder {
    /// Builds without general knowledge (entities are found from capitalisation and context only).
    public static func build(_ loaded: LoadedText) -> Article { build(loaded, knowledge: Knowledge()) }

    public static func build(_ loaded: LoadedText, knowledge: Knowledge) -> Article {
        let s = loaded.bytes
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        let ranges = Segmenter.paragraphRanges(s)
        for (p, range) in ranges.enumerated() {
            let first = sentences.count
            for r in Segmenter.sentenceRanges(s, in: range) {
                sentences.append(Sentence(index: sentences.count, paragraph: p, range: r))
            }
            paragraphs.append(Paragraph(index: p, kind: .body, range: range, sentences: first..<sentences.count))
        }
        var article = Article(bytes: s, source: loaded.source, paragraphs: paragraphs, sentences: sentences)
        Structure.build(&article)
        EntityStage.run(&article, knowledge: knowledge)
        return article
    }

    /// Convenience: load bytes and build.
    public static func build(bytes: [UInt8], knowledge: Knowledge = Knowledge()) throws(LoadError) -> Article {
        build(try Loader.load(bytes), knowledge: knowledge)
    }
}
