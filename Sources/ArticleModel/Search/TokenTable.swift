/// Every indexed word occurrence in reading order: its start, length and rank. The search index's
/// builder makes it beside the index for the structure stage's term lists; the article does not
/// keep it (search reads the postings and the text).
struct TokenTable: Sendable {
    var start: [UInt32] = []
    /// Each word's length in bytes; `TokenTable.long` marks one of 255 bytes or more, whose end
    /// is in `longEnds` (under its token index, in `longTokens`, ascending).
    var length: [UInt8] = []
    var longTokens: [UInt32] = []
    var longEnds: [UInt32] = []
    var rank: [UInt32] = []
    static let long: UInt8 = 255

    var count: Int { start.count }

    /// End (byte offset) of token `t`.
    @inline(__always) func end(_ t: Int) -> Int {
        let n = length[t]
        if n != TokenTable.long { return Int(start[t]) + Int(n) }
        var lo = 0, hi = longTokens.count - 1
        while lo < hi { let m = (lo + hi) / 2; if Int(longTokens[m]) < t { lo = m + 1 } else { hi = m } }
        return Int(longEnds[lo])
    }
}
