import Testing
@testable import ArticleModel

@Suite struct SectionTests {
    /// Every level-1 section covers its range once, in order, and the level-2 sections of each parent
    /// cover the rest of it from their first one on: either from the parent's start (topic parts) or from a
    /// subheading, the parent's own heading and intro before it being the parent's alone.
    static func checkCoverage(_ a: Article) {
        let top = a.sections.filter { $0.level == 1 }
        guard !a.paragraphs.isEmpty else { #expect(a.sections.isEmpty); return }
        #expect(top.first?.first == 0)
        #expect(top.last?.last == a.paragraphs.count - 1)
        for (x, y) in zip(top, top.dropFirst()) { #expect(y.first == x.last + 1) }
        for parent in top {
            let children = a.sections.filter { $0.level == 2 && $0.first >= parent.first && $0.last <= parent.last }
            guard !children.isEmpty else { continue }
            let first = children[0].first
            #expect(first == parent.first || first > parent.first && a.paragraphs[first].kind == .heading)
            // No child repeats its parent's own intro under the parent's title.
            #expect(!(first == parent.first && children[0].title == parent.title), "\(parent.title)")
            #expect(children.last?.last == parent.last)
            for (x, y) in zip(children, children.dropFirst()) { #expect(y.first == x.last + 1) }
        }
        for s in a.sections {
            #expect(s.first <= s.last)
            #expect(!s.title.isEmpty && s.title.count <= 61)
        }
    }

    @Test func defaultArticleIntroductionThenRepostedArticle() throws {
        let a = try Fixtures.defaultArticle()
        let top = a.sections.filter { $0.level == 1 }
        // The introduction ends where the author proposes to repost his article of a year ago.
        #expect(top.map(\.title) == ["Introduction", "Reposted article"])
        #expect(top.map(\.first) == [0, 14])
        #expect(top.map(\.last) == [13, 55])
        let parts = a.sections.filter { $0.level == 2 }
        #expect(parts.count >= 3 && parts.count <= 7)
        for p in parts { #expect(p.last - p.first + 1 >= 3) }
        Self.checkCoverage(a)
    }

    @Test func potsdamSectionsFollowItsHeadings() throws {
        let a = try Fixtures.article(Fixtures.potsdam)
        let titles = a.sections.filter { $0.level == 1 }.map(\.title)
        for h in ["Introduction", "Overview", "Protocol", "Aftermath", "Territorial changes", "Expulsions", "See also", "References", "External links"] {
            #expect(titles.contains(h), "\(h)")
        }
        // The long Protocol section's parts are its numbered headings; the text above the first is its own.
        let protocolSection = try #require(a.sections.first { $0.title == "Protocol" })
        let parts = a.sections.filter { $0.level == 2 && $0.first > protocolSection.first && $0.last <= protocolSection.last }
        #expect(parts.first?.title == "6. War criminals" && parts.count >= 4)
        #expect(a.sections.filter { $0.title == "Protocol" }.count == 1)
        Self.checkCoverage(a)
    }

    @Test func transcriptsBySpeakerThenQuestions() throws {
        let press = try Fixtures.article(Fixtures.pressConference)
        let titles = press.sections.filter { $0.level == 1 }.map(\.title)
        // The title and the time lines under it are the front matter, named by the title.
        #expect(titles.first?.hasPrefix("Remarks by President Biden and President Zelenskyy") == true)
        #expect(titles.dropFirst().prefix(2) == ["President Biden", "President Zelenskyy"])
        #expect(titles.contains("Questions and answers"))
        Self.checkCoverage(press)
        let lunch = try Fixtures.article(Fixtures.luncheon)
        let lunchTitles = lunch.sections.filter { $0.level == 1 }.map(\.title)
        #expect(lunchTitles.first?.hasPrefix("Remarks by President Biden and President Võ Văn Thưởng") == true)
        #expect(lunchTitles.dropFirst() == ["President Thưởng", "President Biden"])
        Self.checkCoverage(lunch)
    }

    @Test func aShortTextWithoutCuesIsOneSection() {
        let a = Fixtures.build("Title\n\nOne paragraph.\n\nTwo paragraphs.\n")
        #expect(a.sections == [Section(title: "Title", level: 1, first: 0, last: 2)])
    }

    /// A heading directly over a subheading: the child starts at its own heading, as a reader outlines it.
    @Test func aSubheadingRightUnderItsHeadingStartsItsOwnSection() {
        let a = Fixtures.build("""
        # The Harbour Town Budget

        A year after the vote, the council published what the new budget had done.

        ## Spending and Revenue

        ### Spending in the first year

        The council spent more on roads than it planned, and less on schools than it promised.

        ### Revenue in the first year

        Taxes brought in a tenth more than the budget said, most of it from the new port.

        ## What comes next

        The council meets again in spring to set the second year's budget.
        """)
        #expect(a.sections == [
            Section(title: "Introduction", level: 1, first: 0, last: 1),
            Section(title: "Spending and Revenue", level: 1, first: 2, last: 6),
            Section(title: "Spending in the first year", level: 2, first: 3, last: 4),
            Section(title: "Revenue in the first year", level: 2, first: 5, last: 6),
            Section(title: "What comes next", level: 1, first: 7, last: 8),
        ])
        Self.checkCoverage(a)
    }

    @Test func markdownHeadingLevelsNest() {
        let a = Fixtures.build("""
        # Why Cities Should Own Their Buses

        Every city I have lived in has a bus service run by a private company under contract.

        ## The contracts

        The contracts are written for ten years. They reward miles driven, not passengers carried.

        ## What public ownership changes

        When the city owns the buses, it can plan routes around schools and hospitals.

        ### A case study

        In 2015 the city of Lund took its buses back. Ridership rose by a fifth within three years.

        ## Conclusion

        Public ownership is not a cure-all, but it aligns the incentives.
        """)
        #expect(a.sections == [
            Section(title: "Introduction", level: 1, first: 0, last: 1),
            Section(title: "The contracts", level: 1, first: 2, last: 3),
            Section(title: "What public ownership changes", level: 1, first: 4, last: 7),
            Section(title: "A case study", level: 2, first: 6, last: 7),
            Section(title: "Conclusion", level: 1, first: 8, last: 9),
        ])
        Self.checkCoverage(a)
    }

    /// A heading's own intro (the text between it and its first subheading) is the heading's alone: its
    /// first child is its first subheading, not a part under the heading's own title.
    @Test func aHeadingsIntroIsNotRepeatedAsItsFirstChild() {
        let a = Fixtures.build("""
        # Field Notes

        Notes from a summer of walks along the shore.

        # The harbour and the roads

        The intro paragraph says what the two parts below are about.

        ## The harbour

        The harbour has a paragraph of its own about the boats.

        ## The roads

        The roads have a paragraph of their own about the traffic.

        # What comes next

        A last paragraph closes the notes.
        """)
        #expect(a.sections == [
            Section(title: "Introduction", level: 1, first: 0, last: 1),
            Section(title: "The harbour and the roads", level: 1, first: 2, last: 7),
            Section(title: "The harbour", level: 2, first: 4, last: 5),
            Section(title: "The roads", level: 2, first: 6, last: 7),
            Section(title: "What comes next", level: 1, first: 8, last: 9),
        ])
        Self.checkCoverage(a)
    }

    /// The same in plain text, where a colon lead-in announces the subheadings under a heading.
    @Test func aPlainHeadingsIntroIsNotRepeatedAsItsFirstChild() {
        let a = Fixtures.build("""
        Harbour Notes

        The harbour office opened last spring after two years of work by a small team.

        How we built it

        We kept two rules in mind as we went through the work:

        Ask the fishermen first.

        We talked to the fishermen and the ferry crews before we drew anything at all, and they told us where the office should stand.

        Instead of guessing, we decided to go down to the quay and ask them again each month.

        Build in small steps.

        Each month we opened one more room and asked what to change in the next, so the office grew as its users needed it.

        The last room opened in the autumn, a month ahead of the plan.

        What comes next

        The council meets in spring to decide whether to build a second office.
        """)
        #expect(a.sections == [
            Section(title: "Introduction", level: 1, first: 0, last: 1),
            Section(title: "How we built it", level: 1, first: 2, last: 9),
            Section(title: "Ask the fishermen first.", level: 2, first: 4, last: 6),
            Section(title: "Build in small steps.", level: 2, first: 7, last: 9),
            Section(title: "What comes next", level: 1, first: 10, last: 11),
        ])
        Self.checkCoverage(a)
    }
}
