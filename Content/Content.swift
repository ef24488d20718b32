/// The files that ship with Dossier: the default article and the general-knowledge tables
/// (countries, demonyms, organisations, honorifics) the recognizer reads. They are compiled into
/// the executable (see the EmbedContent plugin), so the binary needs nothing beside it.
public enum Content {
    /// File name of the article `dossier` opens when no file is given.
    public static let defaultArticleName = "understanding-the-chinese-russian-alliance.txt"

    /// Why a content file is not there (only a build made without the plugin's output).
    public struct Missing: Error, CustomStringConvertible {
        public let name: String
        public var description: String { "\(name) is not compiled into this build" }
    }

    /// The bytes of the default article.
    public static func defaultArticle() throws -> [UInt8] {
        guard let text = files[defaultArticleName] else { throw Missing(name: defaultArticleName) }
        return Array(text.utf8)
    }

    /// The text of a knowledge table in `Content/knowledge/`, by file name (e.g. "countries.tsv"),
    /// or nil when the table does not exist.
    public static func knowledgeTable(_ name: String) -> String? {
        files["knowledge/" + name]
    }
}
