import Testing
@testable import ArticleModel

/// Where a name starts and ends inside a run of capitalised words, and what a word before a number or a venue's
/// head word makes of it (made-up sentences, in the style of sports news).
@Suite struct NameBoundaryTests {
    /// A known medium whose name holds a common word ("Today") is one name, not a country and a word.
    @Test func theLongestKnownNameAtAPlaceWins() throws {
        let a = try model("Title\n\nOkafor, via USA Today, said the club would appeal the fine.\n")
        #expect(a.entity("USA Today")?.type == .media, "\(a.names)")
        #expect(!a.entities.contains { $0.type == .country }, "\(a.names)")
        let b = try model("Title\n\nThe fine was reported by The New York Times and by the New York Times again.\n")
        #expect(b.entities.filter { $0.name.contains("New York Times") }.map(\.type) == [.media], "\(b.names)")
    }

    /// "Week 13", "Chapter 3", "Game 7", "Room 12": a capitalised word before a number labels a thing, it is no person.
    @Test func aWordBeforeANumberIsNoPerson() throws {
        let a = try model("""
            Title

            The teams meet again in Week 13 of the season. Chapter 3 tells it, and Game 7 decided it. \
            They talked in Room 12 before Louis XIV arrived with Okafor.
            """)
        for word in ["Week", "Chapter", "Game", "Room"] {
            #expect(a.entity(word) == nil, "\(word): \(a.names)")
        }
        #expect(a.entity("Louis XIV")?.type == .person, "\(a.names)")
    }

    /// "Heinz Field", "Tolmer Stadium": a venue's head word makes a place; a given name first keeps a person.
    @Test func venueHeadWordsMakePlaces() throws {
        let a = try model("""
            Title

            They lost at Tolmer Field in May and won at Ravensby Stadium, the Vennor Arena, the Ostrand Coliseum \
            and Dalby Speedway. The actor Sally Field watched, and Bruce Arena coached.
            """)
        for name in ["Tolmer Field", "Ravensby Stadium", "Vennor Arena", "Ostrand Coliseum", "Dalby Speedway"] {
            #expect(a.entity(name)?.type == .place, "\(name): \(a.names)")
        }
        #expect(a.entity("Sally Field")?.type == .person)
        #expect(a.entity("Bruce Arena")?.type == .person)
    }
}
