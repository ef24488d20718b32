/// A first look at a big text while its full model is being built: the paragraphs only (all of
/// kind `body`), with no sentences, sections, entities or search index. Loading and the paragraph
/// split are linear byte loops, so this takes well under a second for 100 MB; the explorer shows
/// it at once and swaps in `ArticleBuilder.build` when that finishes. Paragraph indices and byte
/// offsets are the same as the full model's (the same `Segmenter.paragraphs`), so a reading
/// position carries over.
extension Article {
    public static func paragraphsOnly(_ loaded: LoadedText) -> Article {
        Article(bytes: loaded.bytes, source: loaded.source, paragraphs: Segmenter.paragraphs(loaded.bytes), sentences: [])
    }
}
