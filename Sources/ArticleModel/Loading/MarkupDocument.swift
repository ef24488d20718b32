/// What a markup reader (HTML, Markdown, EPUB) makes of a file: blocks of text in reading order, each
/// with the kind the markup states, and the metadata it names. `LoadedText(markup:)` turns it into the
/// normalised text (one paragraph a block, blank lines between) and the kind hints the builder uses.
struct MarkupDocument {
    var format: InputFormat
    var blocks: [MarkupBlock] = []
    var title: String?
    var byline: String?
    var date: String?
    /// Level-1 section titles with the block each starts at (an e-book's table of contents).
    var outline: [(block: Int, title: String)] = []
}

struct MarkupBlock {
    var kind: ParagraphKind
    /// 1-6 for headings, else 0.
    var level: Int = 0
    /// UTF-8 text without blank lines (trimmed).
    var text: [UInt8]
    /// Byte offset in the source file of the element that produced it.
    var source: Int
    /// For quotes: the source the markup names (`cite`).
    var cite: String? = nil
}

/// The structure a markup reader stated, aligned with the paragraphs of the normalised text.
public struct MarkupHints: Sendable {
    public var format: InputFormat
    public var paragraphs: [TextRange]
    public var kinds: [ParagraphKind]
    /// Heading levels (0 for other kinds; a title keeps the level of the heading that said it).
    public var levels: [UInt8]
    /// Level-1 sections named by the markup: first paragraph and title.
    public var outline: [(paragraph: Int, title: String)]
    /// The source a block quote's markup names, by paragraph.
    public var quoteSources: [Int: String] = [:]
}

extension LoadedText {
    /// The text of a markup document: title, byline and date first (from the metadata when no block
    /// already says them), then the blocks, a paragraph each.
    init(markup doc: MarkupDocument) {
        var out: [UInt8] = []
        var map = SourceMap()
        var ranges: [TextRange] = [], kinds: [ParagraphKind] = [], levels: [UInt8] = []
        var outline: [(paragraph: Int, title: String)] = []
        var quoteSources: [Int: String] = [:]
        func add(_ text: [UInt8], _ kind: ParagraphKind, _ level: Int, _ source: Int, cite: String? = nil) {
            let clean = MarkupText.paragraph(text)
            guard !clean.isEmpty else { return }
            if kind == .quote, let cite, !cite.isEmpty { quoteSources[ranges.count] = cite }
            if !out.isEmpty { out.append(0x0A); out.append(0x0A) }
            map.record(normalised: out.count, original: source)
            ranges.append(TextRange(out.count, out.count + clean.count))
            out.append(contentsOf: clean)
            kinds.append(kind); levels.append(UInt8(min(6, max(0, level))))
        }
        var blocks = doc.blocks[...]
        let firstText = blocks.first.map { MarkupText.paragraph($0.text) }
        if let title = doc.title, !title.isEmpty {
            // A first heading that says the title is the title.
            if let f = firstText, blocks.first?.kind == .heading, MarkupText.same(f, Array(title.utf8)) {
                add(f, .title, blocks.first!.level, blocks.first!.source); blocks = blocks.dropFirst()
            } else {
                add(Array(title.utf8), .title, 0, 0)
            }
        }
        if let byline = doc.byline, !byline.isEmpty {
            add(Array((byline.lowercased().hasPrefix("by ") ? byline : "By " + byline).utf8), .byline, 0, 0)
        }
        if let date = doc.date, !date.isEmpty { add(Array(date.utf8), .dateline, 0, 0) }
        var entry = 0
        for (k, b) in zip(blocks.indices, blocks) {
            while entry < doc.outline.count, doc.outline[entry].block <= k {
                outline.append((ranges.count, doc.outline[entry].title)); entry += 1
            }
            add(b.text, b.kind, b.level, b.source, cite: b.cite)
        }
        self.init(bytes: out, source: map, invalidSequences: 0, hadBOM: false)
        markup = MarkupHints(format: doc.format, paragraphs: ranges, kinds: kinds, levels: levels, outline: outline,
                             quoteSources: quoteSources)
    }
}

/// Whitespace rules for block text.
enum MarkupText {
    /// Runs of spaces, tabs and NBSPs become one space; lines are kept but blank lines dropped (a block is one
    /// paragraph); control characters other than line feed become spaces; the ends are trimmed.
    static func paragraph(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var space = false, newline = false
        var i = 0
        while i < text.count {
            let b = text[i]
            if b == 0x0A { newline = true; space = false; i += 1; continue }
            if b == 0x20 || b < 0x20 || b == 0x7F { space = true; i += 1; continue }
            if b == 0xC2, i + 1 < text.count, text[i + 1] == 0xA0 { space = true; i += 2; continue }
            if !out.isEmpty {
                if newline { out.append(0x0A) } else if space { out.append(0x20) }
            }
            space = false; newline = false
            out.append(b)
            i += 1
        }
        return out
    }

    /// Equal once case and non-letters are ignored ("The Title" and "the title!").
    static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let ka = key(a)
        return !ka.isEmpty && ka == key(b)
    }

    /// The text as `same` compares it: lower case, letters and digits only.
    static func key(_ s: [UInt8]) -> String { String(decoding: s, as: UTF8.self).lowercased().filter { $0.isLetter || $0.isNumber } }
}
