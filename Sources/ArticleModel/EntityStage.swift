/// The entity stage of `ArticleBuilder`: recognise mentions, resolve them into entities and
/// relate the entities that share sentences.
public enum EntityStage {
    public static func run(_ article: inout Article, knowledge: Knowledge) {
        let candidates = Recognizer.recognize(article.bytes, paragraphs: article.paragraphs, sentences: article.sentences,
                                              knowledge: knowledge)
        let (entities, mentions) = Resolver.resolve(article.bytes, candidates, knowledge: knowledge, sentences: article.sentences)
        article.entities = entities
        article.mentions = mentions
        article.relations = Relations.build(article.bytes, mentions: mentions, sentences: article.sentences,
                                            entities: entities, knowledge: knowledge)
    }
}
