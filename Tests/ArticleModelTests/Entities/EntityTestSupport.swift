import Content
@testable import ArticleModel

/// The shipped knowledge, parsed once for all entity tests.
let sharedKnowledge = Knowledge(table: Content.knowledgeTable)

/// Builds an article from text with the shipped knowledge.
func model(_ text: String) throws -> Article {
    try ArticleBuilder.build(bytes: Array(text.utf8), knowledge: sharedKnowledge)
}

extension Article {
    func entity(_ name: String) -> Entity? { entities.first { $0.name == name } }
    var names: Set<String> { Set(entities.map(\.name)) }
    func relation(_ a: String, _ b: String) -> Relation? {
        relations.first {
            let x = entities[$0.source].name, y = entities[$0.target].name
            return (x == a && y == b) || (x == b && y == a)
        }
    }
}
