/// One query's check of its candidates: given where a word of the query's first word's ranks
/// starts, finds its paragraph, reads the following words from the text as the index read them,
/// and compares them with the query's; it keeps the hits in reading order.
struct HitMatcher {
    let index: SearchIndex
    let text: UnsafeBufferPointer<UInt8>
    let fold: UnsafeBufferPointer<UInt8>
    /// The query's folded words one after another: word k is `query[bounds[k]..<bounds[k + 1]]`.
    let query: UnsafeBufferPointer<UInt8>
    let bounds: [Int]
    /// The last word matches as a prefix (the query does not end with a space).
    let lastIsPrefix: Bool
    let paragraphs: [Paragraph]
    let limit: Int
    var folder: SearchIndex.Folder
    var hits: [SearchHit] = []
    /// The paragraph of the last candidate (candidates come in reading order).
    private var cursor = 0
    private var scratch: [UInt8] = []

    init(index: SearchIndex, text: UnsafeBufferPointer<UInt8>, fold: UnsafeBufferPointer<UInt8>, query: UnsafeBufferPointer<UInt8>,
         bounds: [Int], lastIsPrefix: Bool, paragraphs: [Paragraph], limit: Int, folder: SearchIndex.Folder) {
        self.index = index; self.text = text; self.fold = fold; self.query = query; self.bounds = bounds
        self.lastIsPrefix = lastIsPrefix; self.paragraphs = paragraphs; self.limit = limit; self.folder = folder
    }

    private var wordCount: Int { bounds.count - 1 }

    /// Checks the candidate starting at `start`; returns whether the limit is reached.
    mutating func consider(_ start: Int) -> Bool {
        if cursor + 1 < paragraphs.count, paragraphs[cursor + 1].range.start <= start {
            cursor = cursor + 2 < paragraphs.count && paragraphs[cursor + 2].range.start > start
                ? cursor + 1 : SearchIndex.paragraph(containing: start, in: paragraphs, from: cursor + 1)
        }
        let paragraphEnd = paragraphs[cursor].range.end
        var end = scan(start, paragraphEnd).end
        for k in 1..<max(1, wordCount) {
            var i = end, found = false
            while i < paragraphEnd {
                let b = text[i]
                guard b < 0x80 ? fold[Int(b)] != 0 : Bytes.startsWord(index.text, i) else { i += 1; continue }
                let (e, ascii) = scan(i, paragraphEnd)
                guard let same = matches(i, e, ascii: ascii, k, prefix: lastIsPrefix && k == wordCount - 1) else { i = e; continue }
                guard same else { return false }
                end = e; found = true
                break
            }
            guard found else { return false }
        }
        hits.append(SearchHit(paragraph: cursor, range: TextRange(start, end)))
        return hits.count >= limit
    }

    /// The end of the word at `i`, and whether it is all ASCII letters and digits.
    private func scan(_ i: Int, _ limit: Int) -> (end: Int, ascii: Bool) {
        var e = i
        while e < limit {
            let f = fold[Int(text[e])]
            if f == 0 || f == 0xFF { break }
            e += 1
        }
        return e < limit && text[e] >= 0x80 ? index.scanWord(at: i, limit: limit) : (e, true)
    }

    /// Whether the word at `i..<e` folds to query word `k` (or starts with it, for a prefix); nil
    /// when it folds to nothing.
    private mutating func matches(_ i: Int, _ e: Int, ascii: Bool, _ k: Int, prefix: Bool) -> Bool? {
        let w = query[bounds[k]..<bounds[k + 1]]
        guard ascii else {
            _ = index.word(at: i, limit: e, folder: &folder, into: &scratch)
            if scratch.isEmpty { return nil } // nothing left after folding: not a word
            return prefix ? scratch.starts(with: w) : scratch.elementsEqual(w)
        }
        guard prefix ? e - i >= w.count : e - i == w.count else { return false }
        var a = i
        for b in w { if fold[Int(text[a])] != b { return false }; a += 1 }
        return true
    }
}
