/// The distinct folded words of a text in the order first seen: word `id`'s bytes are
/// `bytes[start[id]..<end[id]]`.
struct InternedWords {
    var bytes: [UInt8] = []
    var start: [UInt32] = []
    var end: [UInt32] = []
}

/// Gives each distinct folded word an id: an open-addressing table from the word's FNV-1a hash
/// to its id + 1, over the words kept in `words`.
struct WordInterner {
    private var table = [Int32](repeating: 0, count: 1 << 12)
    private var hashes: [UInt64] = []
    private(set) var words = InternedWords()

    /// The id of `word`, which starts at `i` in `bytes` (its folded form is those bytes lower-cased
    /// when it is ASCII, else `scratch`), added when new.
    @inline(__always)
    mutating func id(_ word: SearchIndexBuilder.MeasuredWord, at i: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                     _ fold: UnsafeBufferPointer<UInt8>, _ scratch: [UInt8]) -> Int32 {
        let h = word.hash, length = word.length
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while table[slot] != 0 {
            let candidate = Int(table[slot] - 1)
            if hashes[candidate] == h, Int(words.end[candidate] - words.start[candidate]) == length,
               isSame(Int(words.start[candidate]), word, at: i, bytes, fold, scratch) {
                return Int32(candidate)
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        hashes.append(h)
        words.start.append(UInt32(words.bytes.count))
        if word.ascii {
            // The word's bytes at once, then its capitals lower-cased in place (an ASCII word is
            // letters and digits: folding it is lower-casing it).
            let base = words.bytes.count
            words.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<word.end]))
            words.bytes.withUnsafeMutableBufferPointer { v in for k in base..<v.count { v[k] = fold[Int(v[k])] } }
        } else {
            words.bytes.append(contentsOf: scratch)
        }
        words.end.append(UInt32(words.bytes.count))
        table[slot] = id + 1
        if hashes.count * 2 > table.count { grow() }
        return id
    }

    /// Whether the kept word at `base` is `word`.
    @inline(__always)
    private func isSame(_ base: Int, _ word: SearchIndexBuilder.MeasuredWord, at i: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                        _ fold: UnsafeBufferPointer<UInt8>, _ scratch: [UInt8]) -> Bool {
        let length = word.length
        return words.bytes.withUnsafeBufferPointer { known in
            if word.ascii {
                // A word of up to eight bytes (most are) compared at once: its letters lower-cased
                // together, the bytes past its end masked off.
                if length <= 8, i + 8 <= bytes.count, base + 8 <= known.count {
                    let text = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                    let kept = UInt64(littleEndian: UnsafeRawPointer(known.baseAddress! + base).loadUnaligned(as: UInt64.self))
                    let mask: UInt64 = length == 8 ? ~0 : (1 &<< UInt64(8 * length)) &- 1
                    return (Bytes.lowered8(text) ^ kept) & mask == 0
                }
                for k in 0..<length where known[base + k] != fold[Int(bytes[i + k])] { return false }
            } else {
                for k in 0..<length where known[base + k] != scratch[k] { return false }
            }
            return true
        }
    }

    /// Twice the slots, every id placed again.
    private mutating func grow() {
        table = [Int32](repeating: 0, count: table.count * 2)
        let mask = table.count - 1
        for (k, hk) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hk) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(k + 1)
        }
    }
}
