import Foundation
import Testing
import ArticleModel
import Content

/// A text the model must build without a crash and with a consistent article.
struct OddInput: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    var testDescription: String { name }
}

/// Every input the fuzzer ever crashed on (fuzz/crashers/), and inputs of the shapes that once cost
/// quadratic work or whole-text buffers, build without a crash and with a consistent article.
@Suite struct FuzzRegressionTests {
    static let crashers: [OddInput] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fuzz/crashers")
        let files = (try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? []
        return files.filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }.map {
            OddInput(name: "crasher " + $0.lastPathComponent, bytes: [UInt8]((try? Data(contentsOf: $0)) ?? Data()))
        }
    }()

    static let oddShapes: [OddInput] = {
        let article: [UInt8] = (try? Content.defaultArticle()) ?? []
        let copies: [UInt8] = (0..<5).flatMap { _ in article + [0x0A, 0x0A] }
        // Every line break a space: one paragraph, longer than the recognizer reads at once.
        let flat: [UInt8] = article.map { $0 == 0x0A ? 0x20 : $0 }
        let oneLine = flat + [0x20] + flat + [0x20] + flat
        let labels: [UInt8] = (0..<200).flatMap { i in Array("PRESIDENT BIDEN: Thank you, number \(i).\n\nSECRETARY BLINKEN: Yes.\n\n".utf8) }
        let oneWord = [UInt8](repeating: 0x61, count: 100_000)
        let blanks = [UInt8](repeating: 0x0A, count: 5_000)
        let parentheses: [UInt8] = (0..<300).flatMap { _ in Array("(Since this was written, Xi met Putin.)\n\n".utf8) }
        // One paragraph of unclosed asides without a full stop: each phrase once looked for its sentence's end
        // to the paragraph's end (20,000 lines took 8 s).
        let asides: [UInt8] = (0..<20_000).flatMap { _ in Array("(Since this was written, aaaaaaaaaa)\n".utf8) }
        return [OddInput(name: "the article five times", bytes: copies),
                OddInput(name: "20,000 asides in one paragraph", bytes: asides),
                OddInput(name: "the article three times on one line", bytes: oneLine),
                OddInput(name: "400 speaker labels", bytes: labels),
                OddInput(name: "one 100 KB word", bytes: oneWord),
                OddInput(name: "only blank lines", bytes: blanks),
                OddInput(name: "300 annotations in a row", bytes: parentheses),
                OddInput(name: "empty", bytes: [])]
    }()

    @Test func crashersDirectoryIsThere() {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fuzz/crashers/.gitkeep")
        #expect(FileManager.default.fileExists(atPath: dir.path))
    }

    @Test(arguments: crashers + oddShapes) func buildsConsistently(_ input: OddInput) throws {
        let knowledge = Knowledge(table: Content.knowledgeTable)
        guard let article = try? ArticleBuilder.build(bytes: input.bytes, knowledge: knowledge) else { return } // refused as binary
        #expect(article.invariantViolations() == [], "\(input.name)")
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
