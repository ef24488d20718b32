/// Why a file in a markup format cannot be read.
public enum MarkupError: Error, Equatable, Sendable {
    case compressedTooLarge(limit: Int)
    case corruptCompression
    case archive(String)
}

/// Bytes of any supported format to loaded text: gzip is inflated first, the format is detected (or
/// given), plain text goes through `Loader` unchanged and markup through its reader.
public enum MarkupReader {
    /// The most a gzip file may inflate to unless the caller sets a limit (the input size limit).
    public static let inflatedLimit = 1 << 30

    /// Inflated bytes when `bytes` are gzip-compressed, else the bytes themselves.
    public static func decompressed(_ bytes: [UInt8], limit: Int = inflatedLimit) throws(MarkupError) -> [UInt8] {
        guard Gzip.isGzip(bytes) else { return bytes }
        do { return try Gzip.inflate(bytes, limit: limit) } catch {
            throw error == .tooLarge ? .compressedTooLarge(limit: limit) : .corruptCompression
        }
    }

    /// Markup bytes (HTML, XHTML, Markdown, EPUB) to normalised text with the markup's structure.
    public static func load(_ bytes: [UInt8], format: InputFormat) throws(MarkupError) -> LoadedText {
        switch format {
        case .text: return LoadedText(markup: MarkupDocument(format: .text))
        case .html, .xhtml: return LoadedText(markup: HTMLReader.read(bytes, format: format))
        case .markdown: return LoadedText(markup: MarkdownReader.read(bytes))
        case .epub: return LoadedText(markup: try EPUBReader.read(bytes))
        }
    }
}
