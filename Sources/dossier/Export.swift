import ArgumentParser
import ArticleModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the whole model as one JSON object.",
        discussion: "Keys: title, paragraphs [{index, kind, text}], sections [{title, level, first, last}], annotations [{paragraphs, annotates}], crossReferences [{paragraph, text, target}], entities [{id, name, type, aliases, mentions, paragraphs}], relations [{source, target, label, weight, evidence [{paragraph, sentence}]}]."
    )
    @OptionGroup var input: ArticleOptions

    func run() throws {
        let article = try input.article()
        // Streamed to standard output in 64 KiB pieces: the JSON (about 11× the text, mostly
        // relation evidence) is never held whole in memory, nor turned into a String.
        var failed = false
        ArticleJSON.export(article) { piece in if !failed { failed = !Export.writeOut(piece) } }
        if !failed { _ = [UInt8(0x0A)].withUnsafeBufferPointer { Export.writeOut($0) } }
    }

    /// Writes all of `piece` to standard output; false when it cannot (a closed pipe).
    static func writeOut(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
        var done = 0
        while done < piece.count {
            let n = write(1, piece.baseAddress! + done, piece.count - done)
            if n < 0 { if errno == EINTR { continue }; return false }
            done += n
        }
        return true
    }
}
