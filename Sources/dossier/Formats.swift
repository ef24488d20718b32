import ArgumentParsing
import ArticleModel

extension ArticleOptions {
    /// Gzip and zip (EPUB) data are binary but read as articles.
    static func isArchive(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && (bytes[0] == 0x1F && bytes[1] == 0x8B || bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04)
    }

    /// Any supported format to loaded text: gzip inflated, the format detected from the content (or
    /// `format`), plain text through `load` (unchanged), markup through its reader. Binary data that is
    /// none of these is refused (exit 65).
    static func loadAnyFormat(_ bytes: [UInt8], name: String, file: String?, format: InputFormat?,
                              limit: Int = SizeLimit.standard.bytes) throws -> LoadedText {
        var data = bytes
        do { data = try MarkupReader.decompressed(bytes, limit: limit) } catch {
            Terminal.error("\(name): \(describe(error))")
            throw ExitCode(65)
        }
        let detected = format ?? InputFormat.detect(data, name: file)
        if detected == .text { return try load(data, name: name) }
        do { return try MarkupReader.load(data, format: detected) } catch {
            Terminal.error("\(name): \(describe(error))")
            throw ExitCode(65)
        }
    }

    static func describe(_ error: MarkupError) -> String {
        switch error {
        case .compressedTooLarge(let limit): return "gzip data inflates to more than \(SizeLimit.describe(limit)), the size limit (--max-size raises it)"
        case .corruptCompression: return "damaged gzip data"
        case .archive(let why): return why
        }
    }
}
