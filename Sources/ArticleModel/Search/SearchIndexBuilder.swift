/// Builds a `SearchIndex` and the table of every word occurrence (`TokenTable`, for the structure
/// stage's term lists) in three steps: read and intern every word, sort the distinct words into
/// ranks, write each rank's postings. Linear in the text, plus sorting the distinct words.
enum SearchIndexBuilder {
    static func build(_ text: [UInt8], paragraphs: some Collection<TextRange>) -> (index: SearchIndex, tokens: TokenTable) {
        let (words, read) = readWords(text, paragraphs)
        var occurrences = read
        let tokenCount = occurrences.ids.count
        let ranked = rankWords(consume words)
        // Ids become ranks in place (no second array of the token count).
        occurrences.ids.withUnsafeMutableBufferPointer { ids in ranked.rankOf.withUnsafeBufferPointer { rankOf in
            for t in ids.indices { ids[t] = rankOf[Int(ids[t])] }
        } }
        let (postingsByte, postings) = writePostings(occurrences.ids, occurrences.starts, vocabularySize: ranked.wordStart.count)
        let index = SearchIndex(text: text, vocabulary: ranked.vocabulary, wordStart: ranked.wordStart, wordEnd: ranked.wordEnd,
                                postingsByte: postingsByte, postings: postings, tokenCount: tokenCount)
        let tokens = TokenTable(start: occurrences.starts, length: occurrences.lengths, longTokens: occurrences.longTokens,
                                longEnds: occurrences.longEnds, rank: occurrences.ids)
        return (index, tokens)
    }

    /// Every word occurrence in reading order, with the id of its folded form.
    struct Occurrences {
        var starts: [UInt32] = []
        var lengths: [UInt8] = []
        var ids: [UInt32] = []
        var longTokens: [UInt32] = []
        var longEnds: [UInt32] = []
    }

    /// Reads every word of `paragraphs`, folds it (lower case, accents removed) and interns it.
    static func readWords(_ text: [UInt8], _ paragraphs: some Collection<TextRange>) -> (InternedWords, Occurrences) {
        var folder = SearchIndex.Folder()
        var interner = WordInterner()
        var scratch: [UInt8] = []
        // Prose has a word every six bytes or so: a fifth of the bytes covers it without a doubling, but
        // leaves a fifth spare, trimmed by copying below. Over 1 MB a first pass counts the words instead
        // (an upper bound: a word that folds to nothing is counted but not kept), so nothing is trimmed.
        let estimated = (text.count > countedAbove ? countWords(text, paragraphs) : text.count / 5) + 16
        var out = Occurrences()
        out.starts.reserveCapacity(estimated); out.lengths.reserveCapacity(estimated); out.ids.reserveCapacity(estimated)
        // Each token goes into a small chunk flushed to the arrays a thousand at a time (an append per
        // token checks each array's uniqueness and capacity).
        var chunk = TokenChunk()
        defer { chunk.deallocate() }
        Bytes.asciiFold.withUnsafeBufferPointer { fold in text.withUnsafeBufferPointer { bytes in
        for p in paragraphs {
            var i = p.start
            while i < p.end {
                let first = fold[Int(bytes[i])]
                if first == 0 || first == 0xFF && !Bytes.startsWord(text, i) { i += 1; continue }
                let word = measureWord(text, bytes, fold, i, p.end, &folder, &scratch)
                guard word.length > 0 else { i = word.end; continue }
                let id = interner.id(word, at: i, bytes, fold, scratch)
                if chunk.isFull { chunk.flush(into: &out) }
                let e = word.end
                if e - i >= Int(TokenTable.long) {
                    out.longTokens.append(UInt32(out.starts.count + chunk.count)); out.longEnds.append(UInt32(e))
                    chunk.add(start: i, length: TokenTable.long, id: id)
                } else {
                    chunk.add(start: i, length: UInt8(e - i), id: id)
                }
                i = e
            }
        }
        } }
        chunk.flush(into: &out)
        // The token table lives through the structure stage: keep no spare capacity (the estimate is
        // often just short of the real count, and one doubling wastes half of each array).
        out.starts = exact(out.starts); out.lengths = exact(out.lengths); out.ids = exact(out.ids)
        return (interner.words, out)
    }

    /// A word as the index reads it: its end, the hash and length of its folded form (0 when it
    /// folds to nothing), and whether it is all ASCII (its folded form is then in the text, lower-cased;
    /// else in `scratch`).
    struct MeasuredWord { var end: Int; var hash: UInt64; var length: Int; var ascii: Bool }

    /// An ASCII word is found and hashed lower-cased in one pass (its end is where `Bytes.wordEnd`
    /// would put it); a word with other bytes is measured by `wordEnd` and folded into `scratch` first.
    @inline(__always)
    static func measureWord(_ text: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ fold: UnsafeBufferPointer<UInt8>,
                            _ i: Int, _ limit: Int, _ folder: inout SearchIndex.Folder, _ scratch: inout [UInt8]) -> MeasuredWord {
        var h = TextHash.seed
        var ascii = true
        var e = i
        while e < limit {
            let f = fold[Int(bytes[e])]
            if f == 0 { break }
            if f == 0xFF { ascii = false; break }
            h = TextHash.add(h, f)
            e += 1
        }
        if !ascii {
            // Stopped at a non-ASCII byte: the word goes on unless that byte ends it (a curly
            // apostrophe or dash), in which case the ASCII hash is complete.
            let stop = e
            e = Bytes.wordEnd(text, i, limit: limit)
            if e == stop { ascii = true }
        }
        guard !ascii else { return MeasuredWord(end: e, hash: h, length: e - i, ascii: true) }
        scratch.removeAll(keepingCapacity: true)
        folder.fold(text, i..<e, into: &scratch)
        h = TextHash.seed
        for b in scratch { h = TextHash.add(h, b) }
        return MeasuredWord(end: e, hash: h, length: scratch.count, ascii: false)
    }

    /// The distinct words in rank (sorted) order, and the rank of each interned id.
    struct RankedWords {
        var vocabulary: [UInt8]
        var wordStart: [UInt32]
        var wordEnd: [UInt32]
        var rankOf: [UInt32]
    }

    /// Sorts the distinct words by the first eight bytes packed into an integer (a plain integer
    /// sort), then orders the rare runs of words that share those eight bytes by their full bytes.
    static func rankWords(_ words: InternedWords) -> RankedWords {
        let distinct = words.start.count
        let raw = words.bytes, rawStart = words.start, rawEnd = words.end
        var keys = [UInt64](repeating: 0, count: distinct)
        for id in 0..<distinct {
            var key: UInt64 = 0
            let a = Int(rawStart[id]), e = Int(rawEnd[id])
            for k in 0..<8 { key = key << 8 | (a + k < e ? UInt64(raw[a + k]) : 0) }
            keys[id] = key
        }
        var order = Array(0..<distinct)
        radixSort(&keys, &order)
        var run = 0
        while run < keys.count {
            var end = run + 1
            while end < keys.count, keys[end] == keys[run] { end += 1 }
            if end - run > 1 {
                order[run..<end].sort { a, b in
                    raw[Int(rawStart[a])..<Int(rawEnd[a])].lexicographicallyPrecedes(raw[Int(rawStart[b])..<Int(rawEnd[b])])
                }
            }
            run = end
        }
        // The words in rank order, written through buffer pointers into arrays of their final sizes.
        var rankOf = [UInt32](repeating: 0, count: distinct)
        var sortedStart = [UInt32](repeating: 0, count: distinct), sortedEnd = [UInt32](repeating: 0, count: distinct)
        let sorted = [UInt8](unsafeUninitializedCapacity: raw.count) { out, count in
            raw.withUnsafeBufferPointer { raw in rawStart.withUnsafeBufferPointer { rawStart in
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
        return RankedWords(vocabulary: sorted, wordStart: sortedStart, wordEnd: sortedEnd, rankOf: rankOf)
    }

    /// Each rank's word starts, ascending, as LEB128 varints of the gaps between them (the first
    /// counted from 0): the bytes of each rank's gaps are counted, then the gaps written.
    static func writePostings(_ ranks: [UInt32], _ starts: [UInt32], vocabularySize: Int) -> (postingsByte: [Int], postings: [UInt8]) {
        var sizes = [Int](repeating: 0, count: vocabularySize + 1)
        var last = [UInt32](repeating: 0, count: vocabularySize)
        sizes.withUnsafeMutableBufferPointer { sizes in
            last.withUnsafeMutableBufferPointer { last in ranks.withUnsafeBufferPointer { ranks in starts.withUnsafeBufferPointer { starts in
                for t in 0..<ranks.count {
                    let r = Int(ranks[t])
                    sizes[r + 1] += varintSize(starts[t] - last[r])
                    last[r] = starts[t]
                }
            } } }
        }
        for k in 1..<sizes.count { sizes[k] += sizes[k - 1] }
        var bytes = [UInt8](repeating: 0, count: sizes[vocabularySize])
        // `sizes[r]`, rank r's first byte, is its write cursor: each ends where the next rank starts,
        // and one shift puts the table back as the postings' bounds.
        for k in 0..<vocabularySize { last[k] = 0 }
        bytes.withUnsafeMutableBufferPointer { out in sizes.withUnsafeMutableBufferPointer { fill in
            last.withUnsafeMutableBufferPointer { last in ranks.withUnsafeBufferPointer { ranks in starts.withUnsafeBufferPointer { starts in
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
        for k in stride(from: vocabularySize, to: 0, by: -1) { sizes[k] = sizes[k - 1] }
        sizes[0] = 0
        return (sizes, bytes)
    }

    /// Sorts `keys` ascending, moving `values` with them; equal keys keep their order. Two counting
    /// passes order them by their top two bytes (a word's first two letters), then each run that
    /// shares those is sorted by insertion (a few words each in prose; a long run by the standard sort).
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
        sortRunsOfEqualTopBytes(&keys, &values)
    }

    /// The second step of `radixSort`: each run of keys that share their top two bytes, sorted.
    static func sortRunsOfEqualTopBytes(_ keys: inout [UInt64], _ values: inout [Int]) {
        let n = keys.count
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
    static func countWords(_ text: [UInt8], _ paragraphs: some Collection<TextRange>) -> Int {
        var count = 0
        for p in paragraphs {
            var i = p.start
            while i < p.end {
                guard Bytes.startsWord(text, i) else { i += 1; continue }
                count += 1
                i = max(Bytes.fastWordEnd(text, i, limit: p.end), i + 1)
            }
        }
        return count
    }

    @inline(__always) static func varintSize(_ v: UInt32) -> Int {
        v < 1 << 7 ? 1 : v < 1 << 14 ? 2 : v < 1 << 21 ? 3 : v < 1 << 28 ? 4 : 5
    }

    /// `a` in a buffer of exactly its size when it has more than an eighth spare (a copy).
    static func exact<T: BitwiseCopyable>(_ a: [T]) -> [T] {
        guard a.capacity - a.count > a.count / 8 else { return a }
        return [T](unsafeUninitializedCapacity: a.count) { buffer, count in
            _ = buffer.initialize(from: a)
            count = a.count
        }
    }
}
