import Foundation // canonical decomposition for accent folding (once per distinct non-ASCII letter)

/// One search hit: the paragraph and the byte range of the matched words.
public struct SearchHit: Hashable, Sendable {
    public var paragraph: Int
    public var range: TextRange
    public init(paragraph: Int, range: TextRange) { self.paragraph = paragraph; self.range = range }
}

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
    // (No copy of the paragraphs' bounds: `search` is given the article's paragraphs, which a text of a
    // million one-line paragraphs would otherwise hold twice, 8 MB more at every later stage's peak.)
    /// Number of indexed word occurrences.
    public private(set) var tokenCount = 0
    /// Every word occurrence in order, for the structure stage's term lists; it empties the table
    /// once it has read it (see `TokenTable`).
    var tokens = TokenTable()

    public init() {}

    public init(_ s: [UInt8], paragraphs: [TextRange]) {
        var folder = Folder()
        // Interning table: open addressing on (hash -> id + 1).
        var table = [Int32](repeating: 0, count: 1 << 12)
        var hashes: [UInt64] = []
        var ids: [UInt32] = []
        var rawVocabulary: [UInt8] = []
        var rawStart: [UInt32] = [], rawEnd: [UInt32] = []
        var scratch: [UInt8] = []
        // Prose has a word every six bytes or so: a fifth of the bytes covers it without a
        // doubling, but leaves a fifth spare, trimmed by copying below. Over 1 MB, where those
        // copies were the build's peak memory, a first pass counts the words instead (an upper
        // bound: a word that folds to nothing is counted but not kept), so nothing is trimmed;
        // under it the count would cost more time (2 % of a small article's build) than it saves.
        let estimated = (s.count > SearchIndex.countedAbove ? SearchIndex.countWords(s, paragraphs) : s.count / 5) + 16
        // Token arrays are locals until the end: appending to a stored property in the loop
        // costs a uniqueness check per append.
        var starts: [UInt32] = [], lengths: [UInt8] = []
        var longTokens: [UInt32] = [], longEnds: [UInt32] = []
        starts.reserveCapacity(estimated); lengths.reserveCapacity(estimated); ids.reserveCapacity(estimated)

        // The word loop reads bytes and the fold table without bounds checks, and writes each token
        // into a small chunk flushed to the token arrays a thousand at a time: an append per token
        // (three a token) checked each array's uniqueness and capacity every time, a fifth of the
        // index's work. The arrays grow as they did, so their sizes are unchanged.
        let chunk = 1024
        let chunkStarts = UnsafeMutablePointer<UInt32>.allocate(capacity: chunk)
        let chunkLengths = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        let chunkIds = UnsafeMutablePointer<UInt32>.allocate(capacity: chunk)
        defer { chunkStarts.deallocate(); chunkLengths.deallocate(); chunkIds.deallocate() }
        var pending = 0
        Bytes.asciiFold.withUnsafeBufferPointer { fold in s.withUnsafeBufferPointer { bytes in
        for p in paragraphs {
            var i = p.start
            while i < p.end {
                let first = fold[Int(bytes[i])]
                if first == 0 || first == 0xFF && !Bytes.startsWord(s, i) { i += 1; continue }
                // Fast path: an ASCII word is found and hashed lower-cased in one pass (its end is
                // where `Bytes.wordEnd` would put it); a word with other bytes is measured by
                // `wordEnd` and folded into `scratch` first.
                var h: UInt64 = 0xcbf29ce484222325
                var ascii = true
                var e = i
                while e < p.end {
                    let f = fold[Int(bytes[e])]
                    if f == 0 { break }
                    if f == 0xFF { ascii = false; break }
                    h = (h ^ UInt64(f)) &* 0x100000001b3
                    e += 1
                }
                if !ascii {
                    // Stopped at a non-ASCII byte: the word goes on unless that byte ends it
                    // (a curly apostrophe or dash), in which case the ASCII hash is complete.
                    let stop = e
                    e = Bytes.wordEnd(s, i, limit: p.end)
                    if e == stop { ascii = true }
                }
                var length = e - i
                if !ascii {
                    scratch.removeAll(keepingCapacity: true)
                    folder.fold(s, i..<e, into: &scratch)
                    if scratch.isEmpty { i = e; continue }
                    h = 0xcbf29ce484222325
                    for b in scratch { h = (h ^ UInt64(b)) &* 0x100000001b3 }
                    length = scratch.count
                }
                var mask = table.count - 1
                var slot = Int(truncatingIfNeeded: h) & mask
                var id: Int32 = -1
                while table[slot] != 0 {
                    let candidate = Int(table[slot] - 1)
                    if hashes[candidate] == h, Int(rawEnd[candidate] - rawStart[candidate]) == length {
                        let base = Int(rawStart[candidate])
                        let same = rawVocabulary.withUnsafeBufferPointer { known in
                            if ascii {
                                // A word of up to eight bytes (most are) compared at once: its letters
                                // lower-cased together, the bytes past its end masked off.
                                if length <= 8, i + 8 <= bytes.count, base + 8 <= known.count {
                                    let text = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                                    let word = UInt64(littleEndian: UnsafeRawPointer(known.baseAddress! + base).loadUnaligned(as: UInt64.self))
                                    let mask: UInt64 = length == 8 ? ~0 : (1 &<< UInt64(8 * length)) &- 1
                                    return (Bytes.lowered8(text) ^ word) & mask == 0
                                }
                                for k in 0..<length where known[base + k] != fold[Int(bytes[i + k])] { return false }
                            } else {
                                for k in 0..<length where known[base + k] != scratch[k] { return false }
                            }
                            return true
                        }
                        if same { id = Int32(candidate); break }
                    }
                    slot = (slot + 1) & mask
                }
                if id < 0 {
                    id = Int32(hashes.count)
                    hashes.append(h)
                    rawStart.append(UInt32(rawVocabulary.count))
                    if ascii {
                        // The word's bytes at once, then its capitals lower-cased in place (an ASCII
                        // word is letters and digits: folding it is lower-casing it).
                        let base = rawVocabulary.count
                        rawVocabulary.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<e]))
                        rawVocabulary.withUnsafeMutableBufferPointer { v in for k in base..<v.count { v[k] = fold[Int(v[k])] } }
                    } else {
                        rawVocabulary.append(contentsOf: scratch)
                    }
                    rawEnd.append(UInt32(rawVocabulary.count))
                    table[slot] = id + 1
                    if hashes.count * 2 > table.count {
                        table = [Int32](repeating: 0, count: table.count * 2)
                        mask = table.count - 1
                        for (k, hk) in hashes.enumerated() {
                            var sl = Int(truncatingIfNeeded: hk) & mask
                            while table[sl] != 0 { sl = (sl + 1) & mask }
                            table[sl] = Int32(k + 1)
                        }
                    }
                }
                if pending == chunk {
                    starts.append(contentsOf: UnsafeBufferPointer(start: chunkStarts, count: pending))
                    lengths.append(contentsOf: UnsafeBufferPointer(start: chunkLengths, count: pending))
                    ids.append(contentsOf: UnsafeBufferPointer(start: chunkIds, count: pending))
                    pending = 0
                }
                if e - i >= Int(TokenTable.long) {
                    longTokens.append(UInt32(starts.count + pending)); longEnds.append(UInt32(e))
                    chunkLengths[pending] = TokenTable.long
                } else {
                    chunkLengths[pending] = UInt8(e - i)
                }
                chunkStarts[pending] = UInt32(i); chunkIds[pending] = UInt32(id)
                pending += 1
                i = e
            }
        }
        } }
        starts.append(contentsOf: UnsafeBufferPointer(start: chunkStarts, count: pending))
        lengths.append(contentsOf: UnsafeBufferPointer(start: chunkLengths, count: pending))
        ids.append(contentsOf: UnsafeBufferPointer(start: chunkIds, count: pending))
        // The token table lives through the structure stage: keep no spare capacity (the estimate
        // above is often just short of the real count, and one doubling wastes half of each array).
        // One array at a time, each original let go as soon as it is copied.
        let tokenStart = SearchIndex.exact(starts)
        starts = []
        let tokenLength = SearchIndex.exact(lengths)
        lengths = []
        ids = SearchIndex.exact(ids)
        text = s
        tokenCount = ids.count
        // The interning table goes before the sort's arrays are made, and each of the vocabulary's working
        // arrays as soon as it is read for the last time: a text of mostly distinct words (a table of
        // numbers, a log, a dump) has about as many words as tokens, and held them all at once (12x the text).
        let distinct = hashes.count
        table = []
        hashes = []
        // Sort the distinct words; rank = position in that order.
        // Sort by the first eight bytes packed into an integer (a plain integer sort), then order
        // the rare runs of words that share those eight bytes by their full bytes.
        var keys = [UInt64](repeating: 0, count: distinct)
        for id in 0..<distinct {
            var key: UInt64 = 0
            let a = Int(rawStart[id]), e = Int(rawEnd[id])
            for k in 0..<8 { key = key << 8 | (a + k < e ? UInt64(rawVocabulary[a + k]) : 0) }
            keys[id] = key
        }
        var order = Array(0..<distinct)
        SearchIndex.radixSort(&keys, &order)
        var run = 0
        while run < keys.count {
            var end = run + 1
            while end < keys.count, keys[end] == keys[run] { end += 1 }
            if end - run > 1 {
                order[run..<end].sort { a, b in
                    rawVocabulary[Int(rawStart[a])..<Int(rawEnd[a])].lexicographicallyPrecedes(rawVocabulary[Int(rawStart[b])..<Int(rawEnd[b])])
                }
            }
            run = end
        }
        keys = []
        // The words in rank order, written through buffer pointers into arrays of their final sizes (an
        // append a byte checked the array's uniqueness and capacity each time).
        var rankOf = [UInt32](repeating: 0, count: distinct)
        var sortedStart = [UInt32](repeating: 0, count: order.count), sortedEnd = [UInt32](repeating: 0, count: order.count)
        let sorted = [UInt8](unsafeUninitializedCapacity: rawVocabulary.count) { out, count in
            rawVocabulary.withUnsafeBufferPointer { raw in rawStart.withUnsafeBufferPointer { rawStart in
            rawEnd.withUnsafeBufferPointer { rawEnd in rankOf.withUnsafeMutableBufferPointer { rankOf in
            sortedStart.withUnsafeMutableBufferPointer { sortedStart in sortedEnd.withUnsafeMutableBufferPointer { sortedEnd in
                var at = 0
                for (rank, id) in order.enumerated() {
                    rankOf[id] = UInt32(rank)
                    sortedStart[rank] = UInt32(at)
                    for k in Int(rawStart[id])..<Int(rawEnd[id]) { out[at] = raw[k]; at += 1 }
                    sortedEnd[rank] = UInt32(at)
                }
                count = at
            } } } } } }
        }
        vocabulary = sorted; wordStart = sortedStart; wordEnd = sortedEnd
        let vocabularySize = order.count
        order = []; rawVocabulary = []; rawStart = []; rawEnd = []
        // Ids become ranks in place (no second array of the token count).
        ids.withUnsafeMutableBufferPointer { ids in rankOf.withUnsafeBufferPointer { rankOf in
            for t in ids.indices { ids[t] = rankOf[Int(ids[t])] }
        } }
        rankOf = []
        let tokenRank = ids
        ids = []
        // Postings: count the bytes of each rank's gaps, then write the gaps.
        var sizes = [Int](repeating: 0, count: vocabularySize + 1)
        var last = [UInt32](repeating: 0, count: vocabularySize)
        // (Through buffer pointers: a subscript write per token would check the array's uniqueness.)
        sizes.withUnsafeMutableBufferPointer { sizes in
            last.withUnsafeMutableBufferPointer { last in tokenRank.withUnsafeBufferPointer { ranks in tokenStart.withUnsafeBufferPointer { starts in
                for t in 0..<ranks.count {
                    let r = Int(ranks[t])
                    sizes[r + 1] += SearchIndex.varintSize(starts[t] - last[r])
                    last[r] = starts[t]
                }
            } } }
        }
        for k in 1..<sizes.count { sizes[k] += sizes[k - 1] }
        var bytes = [UInt8](repeating: 0, count: sizes[vocabularySize])
        // `sizes[r]`, rank r's first byte, is its write cursor (no copy of the table): each ends where the
        // next rank starts, and one shift puts the table back as the postings' bounds.
        for k in 0..<vocabularySize { last[k] = 0 }
        bytes.withUnsafeMutableBufferPointer { out in sizes.withUnsafeMutableBufferPointer { fill in
            last.withUnsafeMutableBufferPointer { last in tokenRank.withUnsafeBufferPointer { ranks in tokenStart.withUnsafeBufferPointer { starts in
                for t in 0..<ranks.count {
                    let r = Int(ranks[t])
                    var gap = starts[t] - last[r]
                    last[r] = starts[t]
                    var at = fill[r]
                    while gap >= 0x80 { out[at] = UInt8(gap & 0x7F) | 0x80; gap >>= 7; at += 1 }
                    out[at] = UInt8(gap)
                    fill[r] = at + 1
                }
            } } }
        } }
        last = []
        for k in stride(from: vocabularySize, to: 0, by: -1) { sizes[k] = sizes[k - 1] }
        sizes[0] = 0
        postingsByte = sizes
        postings = bytes
        tokens = TokenTable(start: tokenStart, length: tokenLength, longTokens: longTokens, longEnds: longEnds, rank: tokenRank)
    }

    /// Sorts `keys` ascending, moving `values` with them; equal keys keep their order. Two counting
    /// passes order them by their top two bytes (a word's first two letters), then each run that
    /// shares those is sorted by insertion (a few words each in prose; a long run by the standard
    /// sort): about 80 instructions a word, where sorting all of them by comparisons took 200.
    static func radixSort(_ keys: inout [UInt64], _ values: inout [Int]) {
        let n = keys.count
        guard n > 1 else { return }
        var otherKeys = [UInt64](repeating: 0, count: n), otherValues = [Int](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 256)
        for shift: UInt64 in [48, 56] {
            counts.withUnsafeMutableBufferPointer { counts in
                keys.withUnsafeMutableBufferPointer { keys in values.withUnsafeMutableBufferPointer { values in
                otherKeys.withUnsafeMutableBufferPointer { otherKeys in otherValues.withUnsafeMutableBufferPointer { otherValues in
                    for d in 0..<256 { counts[d] = 0 }
                    for k in 0..<n { counts[Int(truncatingIfNeeded: keys[k] &>> shift) & 0xFF] += 1 }
                    var at = 0
                    for d in 0..<256 { let c = counts[d]; counts[d] = at; at &+= c }
                    for k in 0..<n {
                        let key = keys[k]
                        let d = Int(truncatingIfNeeded: key &>> shift) & 0xFF
                        let to = counts[d]
                        counts[d] = to &+ 1
                        otherKeys[to] = key; otherValues[to] = values[k]
                    }
                } } } }
            }
            swap(&keys, &otherKeys); swap(&values, &otherValues)
        }
        otherKeys = []; otherValues = []
        var run = 0
        while run < n {
            let top = keys[run] &>> 48
            var end = run + 1
            while end < n, keys[end] &>> 48 == top { end += 1 }
            if end - run > 24 {
                var pairs = (run..<end).map { (key: keys[$0], value: values[$0]) }
                pairs.sort { $0.key < $1.key }
                for (o, p) in pairs.enumerated() { keys[run + o] = p.key; values[run + o] = p.value }
            } else if end - run > 1 {
                keys.withUnsafeMutableBufferPointer { keys in values.withUnsafeMutableBufferPointer { values in
                    for k in (run + 1)..<end {
                        let key = keys[k], value = values[k]
                        var j = k
                        while j > run, keys[j - 1] > key { keys[j] = keys[j - 1]; values[j] = values[j - 1]; j -= 1 }
                        keys[j] = key; values[j] = value
                    }
                } }
            }
            run = end
        }
    }

    /// Texts over this size count their words before sizing the token arrays.
    static let countedAbove = 1 << 20

    /// The number of words the index's word loop reads in `paragraphs`, or a little more (a word
    /// that folds to nothing counts here): the same word starts and ends, without hashing or folding.
    static func countWords(_ s: [UInt8], _ paragraphs: [TextRange]) -> Int {
        var count = 0
        for p in paragraphs {
            var i = p.start
            while i < p.end {
                guard Bytes.startsWord(s, i) else { i += 1; continue }
                count += 1
                i = max(Bytes.fastWordEnd(s, i, limit: p.end), i + 1)
            }
        }
        return count
    }

    @inline(__always) static func varintSize(_ v: UInt32) -> Int {
        v < 1 << 7 ? 1 : v < 1 << 14 ? 2 : v < 1 << 21 ? 3 : v < 1 << 28 ? 4 : 5
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

    /// `a` in a buffer of exactly its size when it has more than an eighth spare (a copy).
    static func exact<T: BitwiseCopyable>(_ a: [T]) -> [T] {
        guard a.capacity - a.count > a.count / 8 else { return a }
        return [T](unsafeUninitializedCapacity: a.count) { buffer, count in
            _ = buffer.initialize(from: a)
            count = a.count
        }
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
        var hits: [SearchHit] = []
        var cursor = 0
        var scratch: [UInt8] = []
        // The query's words one after another: word k is flat[bounds[k]..<bounds[k + 1]].
        let flat = Array(words.joined())
        var bounds = [0]
        for w in words { bounds.append(bounds[bounds.count - 1] + w.count) }
        // The per-hit work reads the text, the fold table and the query without bounds checks.
        return text.withUnsafeBufferPointer { text in Bytes.asciiFold.withUnsafeBufferPointer { fold in flat.withUnsafeBufferPointer { flat in
        // The end of the word at `i`, and whether it is all ASCII letters and digits.
        func scan(_ i: Int, _ limit: Int) -> (end: Int, ascii: Bool) {
            var e = i
            while e < limit {
                let f = fold[Int(text[e])]
                if f == 0 || f == 0xFF { break }
                e += 1
            }
            return e < limit && text[e] >= 0x80 ? scanWord(at: i, limit: limit) : (e, true)
        }
        // Whether the word at `i..<e` folds to `w` (or starts with it, for a prefix); nil when it
        // folds to nothing. (State is passed inout: captured variables would be checked for
        // exclusive access at every use.)
        func matches(_ i: Int, _ e: Int, ascii: Bool, _ k: Int, prefix: Bool,
                     _ folder: inout Folder, _ scratch: inout [UInt8]) -> Bool? {
            let w = flat[bounds[k]..<bounds[k + 1]]
            guard ascii else {
                _ = word(at: i, limit: e, folder: &folder, into: &scratch)
                if scratch.isEmpty { return nil } // nothing left after folding: not a word
                return prefix ? scratch.starts(with: w) : scratch.elementsEqual(w)
            }
            guard prefix ? e - i >= w.count : e - i == w.count else { return false }
            var a = i
            for b in w { if fold[Int(text[a])] != b { return false }; a += 1 }
            return true
        }
        // One candidate: where a word of the first rank range starts. The paragraph is found (hits
        // come in reading order, so the current one is checked first), then the following words
        // are read from the text, as the index read them, and compared with the query's.
        // Returns whether the limit is reached.
        func consider(_ start: Int, _ cursor: inout Int, _ hits: inout [SearchHit],
                      _ folder: inout Folder, _ scratch: inout [UInt8]) -> Bool {
            if cursor + 1 < paragraphs.count, paragraphs[cursor + 1].range.start <= start {
                cursor = cursor + 2 < paragraphs.count && paragraphs[cursor + 2].range.start > start
                    ? cursor + 1 : SearchIndex.paragraph(containing: start, in: paragraphs, from: cursor + 1)
            }
            let paragraphEnd = paragraphs[cursor].range.end
            var end = scan(start, paragraphEnd).end
            for k in 1..<max(1, words.count) {
                var i = end, found = false
                while i < paragraphEnd {
                    let b = text[i]
                    guard b < 0x80 ? fold[Int(b)] != 0 : Bytes.startsWord(self.text, i) else { i += 1; continue }
                    let (e, ascii) = scan(i, paragraphEnd)
                    guard let same = matches(i, e, ascii: ascii, k, prefix: lastIsPrefix && k == words.count - 1,
                                             &folder, &scratch) else { i = e; continue }
                    guard same else { return false }
                    end = e; found = true
                    break
                }
                guard found else { return false }
            }
            hits.append(SearchHit(paragraph: cursor, range: TextRange(start, end)))
            return hits.count >= limit
        }
        let first = ranges[0]
        // At most one hit a candidate, and each candidate's posting takes a byte or more.
        hits.reserveCapacity(min(limit, postingsByte[first.upperBound] - postingsByte[first.lowerBound]))
        if first.count == 1 {
            var at = postingsByte[first.lowerBound], start = 0
            let end = postingsByte[first.lowerBound + 1]
            while at < end {
                start += varint(&at)
                if consider(start, &cursor, &hits, &folder, &scratch) { break }
            }
            return hits
        }
        // Several words share the prefix: merge their postings in reading order (a heap of the
        // next start of each).
        var heap: [(start: Int, at: Int, end: Int)] = []
        heap.reserveCapacity(first.count)
        for r in first {
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
            if consider(heap[0].start, &cursor, &hits, &folder, &scratch) { break }
            if heap[0].at < heap[0].end {
                heap[0].start += varint(&heap[0].at)
            } else {
                heap.swapAt(0, heap.count - 1)
                heap.removeLast()
            }
            siftDown(&heap, 0)
        }
        return hits
        } } }
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

    /// Folds words: ASCII lower-cased; other letters decomposed, marks dropped, lower-cased.
    struct Folder {
        var cache: [UInt32: [UInt8]] = [:]

        mutating func fold(_ s: [UInt8], _ r: Range<Int>, into out: inout [UInt8]) {
            var i = r.lowerBound
            while i < r.upperBound {
                let b = s[i]
                if b < 0x80 { out.append(Bytes.lower(b)); i += 1; continue }
                let len = min(Bytes.charLength(b), r.upperBound - i)
                var v: UInt32 = 0
                switch len {
                case 2: v = UInt32(b & 0x1F) << 6 | UInt32(s[i + 1] & 0x3F)
                case 3: v = UInt32(b & 0x0F) << 12 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F)
                case 4: v = UInt32(b & 0x07) << 18 | UInt32(s[i + 1] & 0x3F) << 12 | UInt32(s[i + 2] & 0x3F) << 6 | UInt32(s[i + 3] & 0x3F)
                default: i += 1; continue
                }
                if let known = cache[v] { out.append(contentsOf: known) } else {
                    let folded = Folder.foldScalar(v)
                    cache[v] = folded
                    out.append(contentsOf: folded)
                }
                i += len
            }
        }

        static func foldScalar(_ v: UInt32) -> [UInt8] {
            guard let scalar = Unicode.Scalar(v) else { return [] }
            switch v {
            case 0x111, 0x110: return [0x64] // đ Đ
            case 0xF8, 0xD8: return [0x6F]   // ø Ø
            case 0x142, 0x141: return [0x6C] // ł Ł
            case 0xDF: return [0x73, 0x73]    // ß
            case 0xE6, 0xC6: return [0x61, 0x65]
            case 0x153, 0x152: return [0x6F, 0x65]
            default: break
            }
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark { return [] }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
            var kept = String.UnicodeScalarView()
            for u in decomposed.unicodeScalars where u.properties.generalCategory != .nonspacingMark { kept.append(u) }
            return Array(String(kept).lowercased().utf8)
        }
    }
}

/// Every indexed word occurrence in reading order: its start, length and rank. The structure
/// stage reads it to make its term lists and then calls `release()`; search does not use it, so
/// the article does not keep nine bytes per word for the rest of its life. A class so that
/// releasing reaches every copy of the index made while building; it is written only then,
/// before the article is shared.
final class TokenTable: @unchecked Sendable {
    private(set) var start: [UInt32]
    /// Each word's length in bytes; `TokenTable.long` marks one of 255 bytes or more, whose end
    /// is in `longEnds` (under its token index, in `longTokens`, ascending).
    private(set) var length: [UInt8]
    private(set) var longTokens: [UInt32]
    private(set) var longEnds: [UInt32]
    private(set) var rank: [UInt32]
    static let long: UInt8 = 255

    init(start: [UInt32] = [], length: [UInt8] = [], longTokens: [UInt32] = [], longEnds: [UInt32] = [], rank: [UInt32] = []) {
        self.start = start; self.length = length; self.longTokens = longTokens; self.longEnds = longEnds; self.rank = rank
    }

    /// End (byte offset) of token `t`.
    @inline(__always) func end(_ t: Int) -> Int {
        let n = length[t]
        if n != TokenTable.long { return Int(start[t]) + Int(n) }
        var lo = 0, hi = longTokens.count - 1
        while lo < hi { let m = (lo + hi) / 2; if Int(longTokens[m]) < t { lo = m + 1 } else { hi = m } }
        return Int(longEnds[lo])
    }

    func release() { start = []; length = []; longTokens = []; longEnds = []; rank = [] }
}

extension Article {
    /// Case- and accent-insensitive word and prefix search: `article.search("xi")`.
    public func search(_ query: String, limit: Int = Int.max) -> [SearchHit] {
        searchIndex.search(query, in: paragraphs, limit: limit)
    }
}
