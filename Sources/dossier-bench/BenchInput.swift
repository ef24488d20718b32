import ArgumentParsing
import ArticleModel
import Content
import Foundation

/// The FILE a benchmark reads (default: the bundled article), with the model's knowledge tables.
struct BenchInput {
    let file: String?

    static let items: [CommandSpec.Item] = [.argument(ArgumentSpec("file", help: "The text to time. Default: the bundled article.", isOptional: true))]

    init(_ p: ParsedArguments) { file = p.argument("file") }

    static let knowledge = Knowledge(table: Content.knowledgeTable)

    var displayName: String { file ?? Content.defaultArticleName }

    /// The file's bytes; a file that cannot be read is a message and exit 66.
    func readBytes() throws -> [UInt8] {
        try Self.read(file)
    }

    static func read(_ file: String?) throws -> [UInt8] {
        do {
            guard let file else { return try Content.defaultArticle() }
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            fail("\(file ?? Content.defaultArticleName): cannot read: \(error.localizedDescription)")
            throw ExitCode(66)
        }
    }

    /// The whole model of the file; binary data is a message and exit 65.
    func article() throws -> Article {
        guard let article = try? ArticleBuilder.build(bytes: try readBytes(), knowledge: Self.knowledge) else {
            Self.fail("\(displayName): not a text Dossier can load")
            throw ExitCode(65)
        }
        return article
    }

    static func fail(_ message: String) {
        FileHandle.standardError.write(Data("dossier-bench: \(DisplayText.sanitize(message))\n".utf8))
    }
}
