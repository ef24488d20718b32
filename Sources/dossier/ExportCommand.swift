import ArgumentParsing
import ArticleModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct ExportCommand: Subcommand {
    static let spec = CommandSpec(
        name: "export",
        abstract: "Print the whole model as one JSON object.",
        discussion: "Keys: title, paragraphs [{index, kind, text}], sections [{title, level, first, last}], annotations [{paragraphs, annotates}], quotes [{paragraphs, source, speaker}], crossReferences [{paragraph, text, target}], entities [{id, name, type, aliases, mentions, paragraphs}], relations [{source, target, label, weight, evidence [{paragraph, sentence, label}]}].",
        items: ArticleOptions.items)
    let input: ArticleOptions

    init(_ p: ParsedArguments) throws(UsageError) { input = try ArticleOptions(p) }

    func run() throws {
        let article = try input.article()
        // Streamed to standard output in 64 KiB pieces: the JSON (about 11× the text, mostly
        // relation evidence) is never held whole in memory, nor turned into a String.
        try ExportCommand.stream { ArticleJSON.export(article, to: $0) }
    }

    /// Writes what `produce` hands its sink to standard output as it comes, then a newline; a write error
    /// is reported (exit 74).
    static func stream(_ produce: (@escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Void) throws {
        var failure: Int32 = 0
        produce { piece in if failure == 0 { failure = ExportCommand.writeOut(piece) } }
        if failure == 0 { failure = [UInt8(ascii: "\n")].withUnsafeBufferPointer { ExportCommand.writeOut($0) } }
        if failure != 0 {
            // (A closed pipe ends the process by SIGPIPE before this; a full disk or a closed descriptor
            // would otherwise lose the export without a word.)
            Terminal.error("write error on standard output: \(String(cString: strerror(failure)))")
            throw ExitCode(74)
        }
    }

    /// Writes all of `piece` to standard output; the errno when it cannot, else 0.
    static func writeOut(_ piece: UnsafeBufferPointer<UInt8>) -> Int32 {
        var done = 0
        while done < piece.count {
            let n = write(1, piece.baseAddress! + done, piece.count - done)
            if n < 0 { if errno == EINTR { continue }; return errno }
            done += n
        }
        return 0
    }
}
