import Foundation
import Content
@testable import ArticleModel

/// Texts the tests read: the bundled default article and the fixtures in `Tests/Fixtures`
/// (located from this file, so the tests run from any directory).
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func article(_ name: String) throws -> Article {
        try ArticleBuilder.build(bytes: bytes(name))
    }

    static let potsdam = "03_potsdam-agreement.txt"
    static let pressConference = "02_biden-zelenskyy-joint-press-conference.txt"
    static let luncheon = "04_biden-vo-van-thuong-state-luncheon-hanoi.txt"

    static func defaultArticle() throws -> Article {
        try ArticleBuilder.build(bytes: Content.defaultArticle())
    }

    static func build(_ text: String) -> Article {
        try! ArticleBuilder.build(bytes: Array(text.utf8))
    }
}

extension Article {
    /// Index of the first paragraph whose text starts with `prefix`.
    func paragraph(startingWith prefix: String) -> Int? {
        paragraphs.first { text(of: $0).hasPrefix(prefix) }?.index
    }
    func kinds() -> [ParagraphKind] { paragraphs.map(\.kind) }
}
