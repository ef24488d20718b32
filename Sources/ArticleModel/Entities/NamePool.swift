/// What depends only on how a name is written: its key (the lower-cased phrase hash, without a leading
/// "The"), where its words lie in the `NamePool` (lower-cased hashes of its capitalised words and
/// ordinals, for matching surnames and given names), and its capitalised words as written (for given
/// names and initials).
struct NameEntry {
    var key: UInt64 = 0
    var wordsStart: UInt32 = 0
    var rangesStart: UInt32 = 0
    var wordCount: UInt16 = 0
    var rangeCount: UInt16 = 0
    /// The entry of a known form, which has no key and no words of its own.
    static let none = NameEntry()
}

/// The entries of all names, shared: a name written the same way again (the same key, words and
/// bytes of words) reuses the first one's entry, so the pool grows with the distinct names, not the
/// mentions. Word ranges are those of the first occurrence; only their text is ever read.
struct NamePool {
    private(set) var entries: [NameEntry] = []
    private var words: [UInt64] = []
    private var ranges: [TextRange] = []
    private var index = HashMap<UInt32>()

    /// The entry of candidate `c` (`.none` for a known form).
    func entry(_ c: Candidate) -> NameEntry { c.name.map { entries[$0] } ?? .none }
    func words(_ n: NameEntry) -> ArraySlice<UInt64> {
        words[Int(n.wordsStart)..<(Int(n.wordsStart) + Int(n.wordCount))]
    }
    func ranges(_ n: NameEntry) -> ArraySlice<TextRange> {
        ranges[Int(n.rangesStart)..<(Int(n.rangesStart) + Int(n.rangeCount))]
    }

    /// The entry for this key, these words and ranges of `s`, added unless an equal one is there.
    mutating func add(_ s: [UInt8], key: UInt64, words w: [UInt64], ranges r: [TextRange]) -> UInt32 {
        var h = TextHash.combine(TextHash.seed, 2, key)
        for x in w { h = TextHash.combine(h, 0, x) }
        for x in r { h = TextHash.combine(h, 1, TextHash.of(s[x.start..<x.end])) }
        if let found = index[h] {
            let e = entries[Int(found)]
            if e.key == key, e.wordCount == w.count, e.rangeCount == r.count, words(e).elementsEqual(w),
               zip(ranges(e), r).allSatisfy({ s[$0.start..<$0.end].elementsEqual(s[$1.start..<$1.end]) }) {
                return found
            }
        }
        let e = NameEntry(key: key, wordsStart: UInt32(words.count), rangesStart: UInt32(ranges.count),
                          wordCount: UInt16(clamping: w.count), rangeCount: UInt16(clamping: r.count))
        words.append(contentsOf: w.prefix(Int(e.wordCount)))
        ranges.append(contentsOf: r.prefix(Int(e.rangeCount)))
        let n = UInt32(entries.count)
        entries.append(e)
        if index[h] == nil { index[h] = n }
        return n
    }
}
