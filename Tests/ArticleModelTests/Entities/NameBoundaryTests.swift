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

    /// A small word capitalised inside a sentence opens the name of a work ("To Proto", as "The Economist").
    @Test func aCapitalisedSmallWordInsideASentenceOpensAWorksName() throws {
        let a = try model("Title\n\nLong reports in To Proto claimed that Anna Okafor resigned.\n")
        #expect(a.entity("To Proto")?.type == .media, "\(a.names)")
        #expect(a.entity("Proto") == nil, "\(a.names)")
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

    /// "Black Friday", "Cyber Monday": a weekday that heads a day's name keeps its first word from becoming a
    /// person ("Black" was one), while a weekday alone or after a person's name is still no name of its own.
    @Test func aNamedDayIsAnEvent() throws {
        let a = try model("""
            Title

            The best Black Friday deals start early. Black Friday is followed by Cyber Monday, and Okafor \
            remembers Bloody Sunday. On Friday, Okafor met Lindqvist. Last Friday was quiet.
            """)
        for name in ["Black Friday", "Cyber Monday", "Bloody Sunday"] {
            #expect(a.entity(name)?.type == .event, "\(name): \(a.names)")
        }
        for word in ["Black", "Cyber", "Friday", "Last Friday"] {
            #expect(a.entity(word) == nil, "\(word): \(a.names)")
        }
        #expect(a.entity("Okafor")?.type == .person, "\(a.names)")
    }

    /// "Nintendo Switch", "Apple AirPods": a maker's name the tables know, then more capitalised words, names a
    /// product, whose type the text does not state (`unknown`, shown `?`), never a person; a maker that is also a
    /// surname ("Ford") or a given name keeps its people ("Ford Madox Ford" is not touched).
    @Test func aMakersProductIsNoPerson() throws {
        let a = try model("""
            Title

            Prices fell on the Nintendo Switch and on Apple AirPods this week, Okafor said. \
            The novelist Ford Madox Ford wrote about it, and Sony Pictures agreed.
            """)
        for name in ["Nintendo Switch", "Apple AirPods"] {
            #expect(a.entity(name)?.type == .unknown, "\(name): \(a.names)")
        }
        #expect(a.entity("Ford Madox Ford")?.type == .person, "\(a.names)")
        #expect(a.entity("Okafor")?.type == .person, "\(a.names)")
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

    /// "Browns DL Sheldon Richardson": a role abbreviation or role noun before a given name ends the name before it.
    @Test func aRoleBeforeAGivenNameEndsTheNameBeforeIt() throws {
        let a = try model("""
            Title

            The Ravens signed Dalby WR Marcus Okafor on Monday, and Tolmer DL Larry Venn followed. \
            CBS Sports NFL Insider Jason Merrow said both deals were done. John F. Kennedy and \
            Martin Luther King Jr. were quoted. Vennor QB Sheldon Tate threw twice.
            """)
        for name in ["Marcus Okafor", "Larry Venn", "Jason Merrow", "Sheldon Tate"] {
            #expect(a.entity(name)?.type == .person, "\(name): \(a.names)")
        }
        // What stands before the role is a name of its own (a team's, unless known otherwise), even at a sentence start.
        for team in ["Dalby", "Tolmer", "Vennor"] {
            #expect(a.entity(team).map { $0.type != .person } == true, "\(team): \(a.names)")
        }
        #expect(a.entity("CBS Sports")?.type == .media, "\(a.names)")
        #expect(a.entity("NFL") != nil, "\(a.names)")
        #expect(!a.names.contains { $0.contains("WR") || $0.contains("DL") || $0.contains("Insider") }, "\(a.names)")
        #expect(a.entity("John F. Kennedy")?.type == .person, "\(a.names)")
        #expect(a.names.contains { $0.hasPrefix("Martin Luther King") }, "\(a.names)")
    }

    /// At a sentence's start a particle of a person's name ("al", "bin") keeps the name whole, as inside a sentence.
    @Test func aNameWithAParticleOpeningASentenceStaysWhole() throws {
        let a = try model("Title\n\nAhmed al-Rashid, a trader, watched. Omar bin Laden was named too. Ahmed said little.\n")
        #expect(a.names.contains("Ahmed al-Rashid"), "\(a.names)")
        #expect(a.names.contains("Omar bin Laden"), "\(a.names)")
        #expect(!a.names.contains("Rashid"))
    }

    /// A given name ending in "s" opening a sentence before a verb of speaking is a person ("Officials say" is not).
    @Test func aGivenNameEndingInSBeforeASpeakingVerbIsAPerson() throws {
        let a = try model("Title\n\nMarcus says the next round starts soon. Officials say nothing.\n")
        #expect(a.entity("Marcus")?.type == .person, "\(a.names)")
        #expect(!a.names.contains("Officials"))
    }

    /// A capitalised article inside a sentence opens a work's title, which keeps its "of": "The Art of War".
    @Test func aWorkTitleOpenedByAnArticleKeepsItsOf() throws {
        let a = try model("Title\n\nAs the general wrote in The Art of War, speed matters. Rawls argued in A Theory of Justice for fairness.\n")
        #expect(a.entity("The Art of War")?.type == .media, "\(a.names)")
        #expect(a.entity("A Theory of Justice")?.type == .media, "\(a.names)")
    }
}
