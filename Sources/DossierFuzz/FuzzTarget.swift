import FoundationEssentials
import ArticleModel

/// libFuzzer entry: any bytes through the HTML and Markdown readers, and through the UTF-16 reader, loader, segmenter, sections, annotations, recognizer,
/// resolver, relations and search must not crash, and the built article and the hits must keep their invariants.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = Array(UnsafeBufferPointer(start: data, count: size))
    // (UTF-16 with a byte-order mark is read as UTF-8 first, as the command line does.)
    let bytes = UTF16Text.byteOrder(raw).map { UTF16Text.utf8(raw, $0) } ?? raw
    // The same bytes as HTML and as Markdown: the readers and the article built from their blocks.
    for format in [InputFormat.html, .markdown] {
        guard let loaded = try? MarkupReader.load(raw, format: format) else { continue }
        let problems = ArticleBuilder.build(loaded, knowledge: FuzzKnowledge.shared).invariantViolations()
        precondition(problems.isEmpty, "\(format): " + problems.joined(separator: "; "))
    }
    guard let article = try? ArticleBuilder.build(bytes: bytes, knowledge: FuzzKnowledge.shared) else { return 0 }
    let problems = article.invariantViolations()
    precondition(problems.isEmpty, problems.joined(separator: "; "))
    // Search with words of the text itself (a word, a prefix, a two-word phrase): every hit lies inside
    // the paragraph it names, and hits come in reading order.
    let words = article.bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).prefix(3).map { String(decoding: $0, as: UTF8.self) }
    var queries = Array(words.prefix(1))
    if words.count > 1 { queries += [String(words[1].prefix(2)), words[0] + " " + words[1]] }
    for q in queries {
        let hits = article.search(q)
        for (k, h) in hits.enumerated() {
            precondition(article.paragraphs.indices.contains(h.paragraph), "hit paragraph out of range")
            let p = article.paragraphs[h.paragraph].range
            precondition(h.range.start >= p.start && h.range.end <= p.end && h.range.start < h.range.end, "hit outside its paragraph")
            precondition(k == 0 || hits[k - 1].range.start < h.range.start, "hits out of order")
        }
    }
    return 0
}

/// The general-knowledge tables, parsed once (the fuzzer has no resource bundle, so it reads
/// the checked-in tables next to this package).
enum FuzzKnowledge {
    static let shared = Knowledge(table: { name in
        let path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        return try? String(contentsOfFile: "/" + path + "/Content/knowledge/" + name, encoding: .utf8)
    })
}

