import ArticleModel

/// libFuzzer entry: any bytes through loader, segmenter and every later stage must not crash,
/// and the built article must keep its invariants.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let article = try? ArticleBuilder.build(bytes: bytes) else { return 0 }
    var last = 0
    for p in article.paragraphs {
        precondition(p.range.start >= last && p.range.end <= article.bytes.count, "paragraphs out of order")
        last = p.range.end
    }
    return 0
}
