import Foundation

/// The files that ship with Dossier: the default article and the general-knowledge tables
/// (countries, demonyms, organisations, honorifics) the recognizer reads.
public enum Content {
    /// File name of the article `dossier` opens when no file is given.
    public static let defaultArticleName = "understanding-the-chinese-russian-alliance.txt"

    /// URL of the default article inside the resource bundle.
    public static var defaultArticleURL: URL {
        guard let url = Bundle.module.url(forResource: "understanding-the-chinese-russian-alliance", withExtension: "txt") else {
            fatalError("Dossier's resource bundle is missing the default article; reinstall the package")
        }
        return url
    }

    /// The bytes of the default article.
    public static func defaultArticle() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: defaultArticleURL))
    }

    /// The text of a knowledge table in `Content/knowledge/`, by file name (e.g. "countries.tsv"),
    /// or nil when the table does not exist.
    public static func knowledgeTable(_ name: String) -> String? {
        guard let dir = Bundle.module.resourceURL?.appendingPathComponent("knowledge") else { return nil }
        return try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }
}
