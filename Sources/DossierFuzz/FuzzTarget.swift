import ArticleModel

/// libFuzzer entry: any bytes through the UTF-16 reader, loader, segmenter, sections, annotations, recognizer,
/// resolver and relations must not crash, and the built article must keep its invariants.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = Array(UnsafeBufferPointer(start: data, count: size))
    // (UTF-16 with a byte-order mark is read as UTF-8 first, as the command line does.)
    let bytes = UTF16Text.byteOrder(raw).map { UTF16Text.utf8(raw, $0) } ?? raw
    guard let article = try? ArticleBuilder.build(bytes: bytes, knowledge: FuzzKnowledge.shared) else { return 0 }
    let problems = article.invariantViolations()
    precondition(problems.isEmpty, problems.joined(separator: "; "))
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

