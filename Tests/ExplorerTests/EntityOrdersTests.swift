import ArticleModel
import Testing
@testable import Explorer

/// The entities pane's order and type keys read the orders the index sorted once; a key costs a pass
/// over the list. (On 200,000 entities a sort a key took over 30 ms.)
@Suite struct EntityOrdersTests {
    let article = Fixture.article

    @Test func theIndexOrdersAreTheSortsOfThePane() throws {
        let orders = ArticleIndex(article).entityOrders
        let e = article.entities
        #expect(e.count > 3)
        #expect(orders.byName.map { Int($0) } == e.indices.sorted { e[$0].name.lowercased() < e[$1].name.lowercased() })
        #expect(orders.byMentions.map { e[Int($0)].mentionCount } == e.map(\.mentionCount).sorted(by: >))
        #expect(Set(orders.byFirstAppearance) == Set(orders.byName))
        #expect(orders.typesPresent == EntityType.allCases.filter { t in e.contains { $0.type == t } })
    }

    /// The list follows the index's order as given (here reversed), which a sort on each key would undo.
    @Test func relistingFollowsTheIndexOrderWithoutSorting() throws {
        var index = ArticleIndex(article)
        index.entityOrders.byName.reverse()
        index.entityOrders.byMentions.reverse()
        var pane = EntitiesState()
        pane.relist(article, index, height: 20)
        #expect(pane.rows == index.entityOrders.byMentions.map { Int($0) })
        pane.cycleSort()
        pane.relist(article, index, height: 20)
        #expect(pane.sort == .name && pane.rows == index.entityOrders.byName.map { Int($0) })
        // The type filter keeps the order and reads the types from the index too.
        index.entityOrders.typesPresent = [.country]
        pane.cycleType(in: index)
        pane.relist(article, index, height: 20)
        #expect(pane.typeFilter == .country)
        #expect(pane.rows == index.entityOrders.byName.map { Int($0) }.filter { article.entities[$0].type == .country })
    }
}
