/// Case- and accent-insensitive word and prefix search, fast enough for every keystroke.
///
/// Built once: every word of the text is folded (lower case, accents removed: "Thưởng" → "thuong")
/// and interned; the distinct folded words are sorted, so the words with a given prefix are one
/// contiguous run of ranks found by binary search. Each rank keeps where its words start in the
/// text (postings, as varint-coded gaps: mostly one or two bytes a word). A query's words must
/// follow each other in the text; the last one matches as a prefix (unless the query ends with a
/// space). The words after the first are checked in the text itself, and a hit's end is read
/// there, so the index keeps nothing per word but its posting.
/// Building is linear in the text (plus sorting the distinct words); a query costs a binary search
/// plus its candidates, merged in reading order when a prefix matches several words.
public struct SearchIndex: Sendable {
    /// The text (shared with the article, not copied).
    var text: [UInt8] = []
    /// Folded distinct words, concatenated, and each rank's slice of it.
    var vocabulary: [UInt8] = []
    var wordStart: [UInt32] = []
    var wordEnd: [UInt32] = []
    /// Rank r's words' start offsets are listed ascending in
    /// postings[postingsByte[r]..<postingsByte[r + 1]] as LEB128 varints of the gaps between
    /// them (the first counted from 0).
    var postingsByte: [Int] = [0]
    var postings: [UInt8] = []
    // (No copy of the paragraphs' bounds: `search` is given the article's paragraphs.)
    /// Number of indexed word occurrences.
    public private(set) var tokenCount = 0
    public init() {}

    /// The index of the words of `text` in `paragraphs` (built by `SearchIndexBuilder`).
    public init(_ text: [UInt8], paragraphs: [TextRange]) {
        self = SearchIndexBuilder.build(text, paragraphs: paragraphs).index
    }

    init(text: [UInt8], vocabulary: [UInt8], wordStart: [UInt32], wordEnd: [UInt32], postingsByte: [Int], postings: [UInt8],
         tokenCount: Int) {
        self.text = text; self.vocabulary = vocabulary; self.wordStart = wordStart; self.wordEnd = wordEnd
        self.postingsByte = postingsByte; self.postings = postings; self.tokenCount = tokenCount
    }

    /// Hits for `query` in reading order, at most `limit`, in a text of `paragraphs` (those the index was
    /// built over).
    public func search(_ query: String, in paragraphs: [Paragraph], limit: Int = Int.max) -> [SearchHit] {
        let q = Array(query.utf8)
        var folder = Folder()
        var words: [[UInt8]] = []
        for w in Bytes.words(q, in: TextRange(0, q.count)) {
            var f: [UInt8] = []
            folder.fold(q, w.start..<w.end, into: &f)
            if !f.isEmpty { words.append(f) }
        }
        guard !words.isEmpty, limit > 0, tokenCount > 0, !paragraphs.isEmpty else { return [] }
        let lastIsPrefix = !(q.last.map(Bytes.isSpace) ?? false)
        var ranges: [Range<Int>] = []
        for (k, w) in words.enumerated() {
            let r = rankRange(w, prefix: lastIsPrefix && k == words.count - 1)
            if r.isEmpty { return [] }
            ranges.append(r)
        }
        // The query's words one after another: word k is flat[bounds[k]..<bounds[k + 1]].
        let flat = Array(words.joined())
        var bounds = [0]
        for w in words { bounds.append(bounds[bounds.count - 1] + w.count) }
        // The per-hit work reads the text, the fold table and the query without bounds checks.
        return text.withUnsafeBufferPointer { text in Bytes.asciiFold.withUnsafeBufferPointer { fold in flat.withUnsafeBufferPointer { flat in
            var matcher = HitMatcher(index: self, text: text, fold: fold, query: flat, bounds: bounds, lastIsPrefix: lastIsPrefix,
                                     paragraphs: paragraphs, limit: limit, folder: folder)
            matcher.hits.reserveCapacity(min(limit, postingsByte[ranges[0].upperBound] - postingsByte[ranges[0].lowerBound]))
            forEachStart(of: ranges[0]) { matcher.consider($0) }
            return matcher.hits
        } } }
    }

    /// Calls `body` with where each word of the ranks `ranks` starts, in reading order, until it
    /// returns true. Several words (a prefix's) are merged with a heap of the next start of each.
    func forEachStart(of ranks: Range<Int>, _ body: (Int) -> Bool) {
        if ranks.count == 1 {
            var at = postingsByte[ranks.lowerBound], start = 0
            let end = postingsByte[ranks.lowerBound + 1]
            while at < end {
                start += varint(&at)
                if body(start) { return }
            }
            return
        }
        var heap: [(start: Int, at: Int, end: Int)] = []
        heap.reserveCapacity(ranks.count)
        for r in ranks {
            var at = postingsByte[r]
            let end = postingsByte[r + 1]
            if at < end { let start = varint(&at); heap.append((start, at, end)) }
        }
        func siftDown(_ heap: inout [(start: Int, at: Int, end: Int)], _ from: Int) {
            var k = from
            while true {
                let l = 2 * k + 1, r = l + 1
                var m = k
                if l < heap.count, heap[l].start < heap[m].start { m = l }
                if r < heap.count, heap[r].start < heap[m].start { m = r }
                if m == k { return }
                heap.swapAt(k, m); k = m
            }
        }
        for k in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(&heap, k) }
        while !heap.isEmpty {
            if body(heap[0].start) { return }
            if heap[0].at < heap[0].end {
                heap[0].start += varint(&heap[0].at)
            } else {
                heap.swapAt(0, heap.count - 1)
                heap.removeLast()
            }
            siftDown(&heap, 0)
        }
    }

    /// The LEB128 varint at `at` in `postings`; `at` moves past it.
    @inline(__always) func varint(_ at: inout Int) -> Int {
        var value = 0, shift = 0
        while true {
            let b = postings[at]; at += 1
            value |= Int(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    /// The end of the word that starts at `i`, as the index reads words: a run of ASCII letters and
    /// digits, else up to `Bytes.wordEnd`; `ascii` says whether it is the former.
    @inline(__always) func scanWord(at i: Int, limit: Int) -> (end: Int, ascii: Bool) {
        let stop: Int = text.withUnsafeBufferPointer { text in Bytes.asciiFold.withUnsafeBufferPointer { fold in
            var e = i
            while e < limit {
                let f = fold[Int(text[e])]
                if f == 0 || f == 0xFF { break }
                e += 1
            }
            return e
        } }
        guard stop < limit, text[stop] >= 0x80 else { return (stop, true) }
        let e = Bytes.wordEnd(text, i, limit: limit)
        return (e, e == stop)
    }

    @inline(__always) func wordEnd(at i: Int, limit: Int) -> Int { scanWord(at: i, limit: limit).end }

    /// `scanWord(at:limit:)`, with the word's folded form in `out` (empty when folding leaves nothing).
    func word(at i: Int, limit: Int, folder: inout Folder, into out: inout [UInt8]) -> Int {
        let (e, ascii) = scanWord(at: i, limit: limit)
        out.removeAll(keepingCapacity: true)
        if ascii {
            Bytes.asciiFold.withUnsafeBufferPointer { fold in for k in i..<e { out.append(fold[Int(text[k])]) } }
        } else {
            folder.fold(text, i..<e, into: &out)
        }
        return e
    }

    /// Ranks of the words equal to `w` (or starting with it when `prefix`).
    func rankRange(_ w: [UInt8], prefix: Bool) -> Range<Int> {
        let n = wordStart.count
        func word(_ r: Int) -> ArraySlice<UInt8> { vocabulary[Int(wordStart[r])..<Int(wordEnd[r])] }
        var lo = 0, hi = n
        while lo < hi { let m = (lo + hi) / 2; if word(m).lexicographicallyPrecedes(w) { lo = m + 1 } else { hi = m } }
        let start = lo
        if !prefix { return start < n && word(start).elementsEqual(w) ? start..<(start + 1) : start..<start }
        hi = n
        while lo < hi { let m = (lo + hi) / 2; if word(m).starts(with: w) { lo = m + 1 } else { hi = m } }
        return start..<lo
    }

    /// The paragraph containing `offset`, searched forward from paragraph `from`, which starts at
    /// or before it: steps doubling from there, then a binary search in the last step. Hits come
    /// in reading order, so the next one is usually a few paragraphs on, not a search of all of
    /// them away (a million one-line paragraphs).
    static func paragraph(containing offset: Int, in paragraphs: [Paragraph], from: Int) -> Int {
        let n = paragraphs.count
        var lo = from, step = 1
        while lo + step < n, paragraphs[lo + step].range.start <= offset { lo += step; step *= 2 }
        var hi = min(lo + step, n) - 1
        while lo < hi { let m = (lo + hi + 1) / 2; if paragraphs[m].range.start <= offset { lo = m } else { hi = m - 1 } }
        return lo
    }
}

extension Article {
    /// Case- and accent-insensitive word and prefix search: `article.search("xi")`.
    public func search(_ query: String, limit: Int = Int.max) -> [SearchHit] {
        searchIndex.search(query, in: paragraphs, limit: limit)
    }
}
