import Testing
@testable import ArticleModel

/// Names of digits and capitals ("18F", "4-H", "F-16") are names; amounts, times, units and numbers of
/// paragraphs written the same way are not.
@Suite struct CodeNameTests {
    @Test func digitsAndCapitalsNameOrganisationsAndDesignations() throws {
        let a = try model("""
            Title

            The 18F team met the 4-H kids and 3M staff. Later the 17N group struck. The F-16 flew over the S-400 batteries.
            """)
        for name in ["18F", "4-H", "3M", "17N"] { #expect(a.entity(name)?.type == .organization, "\(name)") }
        #expect(a.entity("F-16")?.type == .project)
        #expect(a.entity("S-400") != nil)
    }

    /// "EUR/SE": an office's symbol is one organisation; two known names joined by a slash stay two.
    @Test func capitalsJoinedByASlashAreAnOfficeSymbol() throws {
        let a = try model("Title\n\nCopies went to Anna Okafor in EUR/SE and to the US/UK working group.\n")
        #expect(a.entity("EUR/SE")?.type == .organization, "\(a.names)")
        #expect(!a.names.contains("SE") && !a.names.contains("EUR"), "\(a.names)")
        #expect(a.entity("US")?.type == .country && a.entity("UK")?.type == .country, "\(a.names)")
    }

    @Test func amountsTimesUnitsAndNumbersAreNoNames() throws {
        let a = try model("""
            Title

            The budget was $3M in the 1990s. It runs at 9PM, or 1425Z, over 5KM of road in 3D. See paragraph 12B \
            and note 4A at 10:30.

            12B. The second item of the list.
            """)
        #expect(a.entities.isEmpty, "\(a.entities.map(\.name))")
    }
}
