/// The entity stage of `ArticleBuilder`: recognise mentions, resolve them into entities and
/// relate the entities that share sentences.
public enum EntityStage {
    public static func run(_ article: inout Article, knowledge: Knowledge) {
        let (candidates, tokens, sentenceTokens) = Recognizer.recognize(article.bytes, paragraphs: article.paragraphs, sentences: article.sentences,
                                              knowledge: knowledge)
        let (entities, mentions) = Resolver.resolve(article.bytes, candidates, knowledge: knowledge)
        article.entities = entities
        article.mentions = mentions
        article.relations = Relations.build(mentions: mentions, sentences: article.sentences, tokens: tokens,
                                            sentenceTokens: sentenceTokens, knowledge: knowledge)
    }
}
