import Foundation
import Testing
import ArticleModel
import Content

/// Every input the fuzzer ever crashed on (fuzz/crashers/) builds without a crash and with a
/// consistent article.
@Suite struct FuzzRegressionTests {
    static let crashers: [URL] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fuzz/crashers")
        let files = (try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? []
        return files.filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
    }()

    @Test func crashersDirectoryIsThere() {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fuzz/crashers/.gitkeep")
        #expect(FileManager.default.fileExists(atPath: dir.path))
    }

    @Test(arguments: crashers) func crasherBuildsConsistently(_ file: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: file))
        let knowledge = Knowledge(table: Content.knowledgeTable)
        guard let article = try? ArticleBuilder.build(bytes: bytes, knowledge: knowledge) else { return } // refused as binary
        #expect(article.invariantViolations() == [], "\(file.lastPathComponent)")
    }
}

@Suite struct InvariantTests {
    @Test func bundledAndFixtureArticlesAreConsistent() throws {
        let knowledge = Knowledge(table: Content.knowledgeTable)
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
        var texts = [try Content.defaultArticle()]
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) where name.hasSuffix(".txt") {
            texts.append([UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name))))
        }
        #expect(texts.count >= 4)
        for bytes in texts {
            let article = try ArticleBuilder.build(bytes: bytes, knowledge: knowledge)
            #expect(!article.entities.isEmpty)
            #expect(article.invariantViolations() == [])
        }
    }
}
