import ArticleModel

/// The entities in each order of the entities pane, and the entity types present: sorted once per
/// article (with the rest of `ArticleIndex`), so that a key changing the order or the type filter costs
/// one pass over the list, not a sort of it.
public struct EntityOrders: Sendable {
    /// Most mentioned first, ties by name.
    var byMentions: [Int32]
    /// By name, case-insensitively.
    var byName: [Int32]
    /// By the offset of the first mention, ties by entity number.
    var byFirstAppearance: [Int32]
    /// The entity types the article has, in `EntityType.allCases` order.
    var typesPresent: [EntityType]

    init(_ a: Article, firstAppearance: [Int]) {
        let all = Array(Int32(0)..<Int32(a.entities.count))
        let e = a.entities
        byMentions = all.sorted { x, y in
            let (l, r) = (e[Int(x)], e[Int(y)])
            return l.mentionCount != r.mentionCount ? l.mentionCount > r.mentionCount : l.name < r.name
        }
        let folded = e.map { $0.name.lowercased() } // (each name lowered once, not twice a comparison)
        byName = all.sorted { folded[Int($0)] < folded[Int($1)] }
        byFirstAppearance = all.sorted { x, y in
            firstAppearance[Int(x)] != firstAppearance[Int(y)] ? firstAppearance[Int(x)] < firstAppearance[Int(y)] : x < y
        }
        var present = Set<EntityType>()
        for entity in e { present.insert(entity.type) }
        typesPresent = EntityType.allCases.filter(present.contains)
    }

    func order(_ sort: EntitySort) -> [Int32] {
        switch sort {
        case .mentions: byMentions
        case .name: byName
        case .firstAppearance: byFirstAppearance
        }
    }
}
