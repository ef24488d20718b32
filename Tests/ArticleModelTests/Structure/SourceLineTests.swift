import Testing
@testable import ArticleModel

/// Back matter (issue 13, class 8) with a made-up text: the archive lines that close a document are notes.
@Suite struct SourceLineTests {
    @Test func archiveLinesAtTheEndAreNotes() {
        let a = Fixtures.build("""
        The Schools

        The council met on Tuesday evening to discuss the district schools, which have suffered from years of delayed repairs.

        Officials said the repair backlog had grown to more than forty buildings, and that the county would need to borrow.

        The council visited Paris, Lyon, Lille and Nantes in 2019, and came back with plans for new roofs.

        County Archives, Box 12, Folder 3.

        National Archives, RG 59, Central Files, 611.61/2-1456. Secret.
        """)
        #expect(a.kinds() == [.title, .body, .body, .body, .note, .note])
    }
}
