/// The formats Dossier reads. Detected from the bytes (`detect`), the file name only breaking ties.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, html, xhtml, markdown, epub

    /// The format of `bytes` (already decompressed). `name` is the file name, if any: a `.md` name
    /// makes text with Markdown marks Markdown, an `.html` name makes text with tags HTML.
    public static func detect(_ bytes: [UInt8], name: String? = nil) -> InputFormat {
        let ext = name.flatMap { n in n.split(separator: ".").last.map { $0.lowercased() } } ?? ""
        if ZipArchiveSniff.isEPUB(bytes) { return .epub }
        // The first 2 KB in ASCII lower case, after a byte-order mark and white space: every marker looked
        // for is ASCII (lower-casing it as a String cost more than parsing a small page).
        let lower = Array(leadingTrimmed(bytes.prefix(2048)).map(Bytes.lower))
        func starts(_ marker: String) -> Bool { lower.starts(with: marker.utf8) }
        func contains(_ marker: String) -> Bool { Bytes.firstIndex(of: Array(marker.utf8), in: lower) != nil }
        if starts("<?xml") {
            return contains("<html") ? .xhtml : .text
        }
        if starts("<!doctype html") || starts("<html") || starts("<head")
            || starts("<!--") && contains("<html") { return .html }
        let tags = ["<body", "<div", "<p>", "<p ", "<article", "<meta ", "<title>", "<table", "<section", "<span"]
        let tagCount = tags.reduce(0) { $0 + (contains($1) ? 1 : 0) }
        if ["html", "htm", "xhtml"].contains(ext), tagCount >= 1 { return ext == "xhtml" ? .xhtml : .html }
        if starts("<") && tagCount >= 2 { return .html }
        if ["md", "markdown", "mdown", "mkd"].contains(ext) { return .markdown }
        if looksLikeMarkdown(bytes) { return .markdown }
        return .text
    }

    /// The bytes after any byte-order marks and white space (ASCII, and the no-break space) at the start.
    static func leadingTrimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var rest = bytes
        while let b = rest.first {
            if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }     // U+FEFF
            else if rest.starts(with: [0xC2, 0xA0]) { rest = rest.dropFirst(2) }       // U+00A0
            else if Bytes.isSpace(b) || b == 0x0B || b == 0x0C { rest = rest.dropFirst() }
            else { break }
        }
        return rest
    }

    /// Front matter, or ATX headings together with other Markdown marks (emphasis, links, fences, lists).
    /// Plain text with one "# " line stays text.
    static func looksLikeMarkdown(_ bytes: [UInt8]) -> Bool {
        let sample = String(decoding: bytes.prefix(16_384), as: UTF8.self)
        if sample.hasPrefix("---\n"), sample.dropFirst(4).contains("\n---\n"),
           sample.contains("title:") { return true }
        var headings = 0, marks = 0
        for line in sample.split(separator: "\n", omittingEmptySubsequences: true).prefix(400) {
            if line.hasPrefix("#"), line.drop(while: { $0 == "#" }).first == " " { headings += 1 }
            if line.hasPrefix("```") || line.hasPrefix("> ") || line.hasPrefix("* ") || line.hasPrefix("- ") { marks += 1 }
            if line.contains("](") || line.contains("**") { marks += 1 }
        }
        return headings >= 2 && marks >= 1 || headings >= 1 && marks >= 3
    }
}

/// Whether bytes are a zip archive holding an EPUB (its `mimetype` entry or `META-INF/container.xml`).
enum ZipArchiveSniff {
    static func isZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
    }
    static func isEPUB(_ bytes: [UInt8]) -> Bool {
        guard isZip(bytes) else { return false }
        return contains(bytes, "application/epub+zip") || contains(bytes, "META-INF/container.xml")
    }
    private static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        // Local file headers name their entries in the clear; the mimetype entry comes first.
        let window = bytes.prefix(1 << 16)
        guard window.count >= n.count else { return false }
        var i = 0
        while i + n.count <= window.count {
            if window[i] == n[0], Array(window[i..<(i + n.count)]) == n { return true }
            i += 1
        }
        // Else the central directory, at the end.
        let tail = Array(bytes.suffix(1 << 16))
        i = 0
        while i + n.count <= tail.count {
            if tail[i] == n[0], Array(tail[i..<(i + n.count)]) == n { return true }
            i += 1
        }
        return false
    }
}
