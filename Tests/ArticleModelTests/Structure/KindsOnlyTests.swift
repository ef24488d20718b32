import Foundation
import Testing
import Content
@testable import ArticleModel

/// `dossier text --body` builds the paragraphs' kinds only; they are the kinds the whole structure
/// stage gives, on every text the tests hold and on made-up texts with asides and annotations.
@Suite struct KindsOnlyTests {
    static func sameKinds(_ bytes: [UInt8]) throws -> Bool {
        let loaded = try Loader.load(bytes)
        let whole = ArticleBuilder.buildStructure(loaded).paragraphs.map(\.kind)
        let kinds = ArticleBuilder.buildKinds(loaded).paragraphs.map(\.kind)
        return whole == kinds && !whole.isEmpty
    }

    @Test func kindsAreThoseOfTheWholeStructure() throws {
        #expect(try Self.sameKinds(Content.defaultArticle()))
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.directory.path).map { $0 }
            + FileManager.default.contentsOfDirectory(atPath: Fixtures.directory.appendingPathComponent("unseen").path)
                .map { "unseen/" + $0 }
        let texts = names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }
        #expect(texts.count >= 20)
        for name in texts { #expect(try Self.sameKinds(Fixtures.bytes(name)), "\(name)") }
    }

    @Test func annotationsAndAsidesKeepTheirKinds() throws {
        let text = """
            Old Report

            The harbour wall was finished in 1990 and has held every storm since, the council says.

            (Since this was written, the wall has failed twice, in 2019 and 2021.)

            "The wall has held every storm."

            Repairs will cost more than the town can raise on its own, and the council has asked the region.
            """
        let loaded = try Loader.load(Array(text.utf8))
        let kinds = ArticleBuilder.buildKinds(loaded).paragraphs.map(\.kind)
        #expect(kinds.contains(.annotation))
        #expect(kinds == ArticleBuilder.buildStructure(loaded).paragraphs.map(\.kind))
    }
}
