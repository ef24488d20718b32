/// A set of 64-bit word hashes, the keys kept in the open-addressing table itself: an insert or a
/// look-up is a probe or two of one array. (`HashSet` keeps an entry list behind its table and a
/// value per key, three arrays to check and grow a word; the recognizer asks a few times a word.)
/// Key 0 is kept aside, as 0 marks an empty slot.
struct WordSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private var count = 0
    private var hasZero = false

    /// A table of the power of two slots at least twice `capacity` (16 at least).
    init(capacity: Int = 256) {
        let bits = max(4, Int.bitWidth - (max(capacity * 2, 2) - 1).leadingZeroBitCount)
        mask = (1 << bits) - 1
        slots = [UInt64](repeating: 0, count: mask + 1)
    }

    @inline(__always) private static func start(_ key: UInt64, _ mask: Int) -> Int {
        let h = key &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h ^ (h &>> 32)) & mask
    }

    func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { s in
            var i = WordSet.start(key, mask)
            while true {
                let k = s[i]
                if k == key { return true }
                if k == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    mutating func insert(_ key: UInt64) {
        if key == 0 { hasZero = true; return }
        let mask = self.mask
        let added: Bool = slots.withUnsafeMutableBufferPointer { s in
            var i = WordSet.start(key, mask)
            while true {
                let k = s[i]
                if k == key { return false }
                if k == 0 { s[i] = key; return true }
                i = (i + 1) & mask
            }
        }
        if added {
            count += 1
            if count * 2 > mask { grow() }
        }
    }

    private mutating func grow() {
        let old = slots
        let n = (mask + 1) * 2
        slots = [UInt64](repeating: 0, count: n)
        mask = n - 1
        let mask = self.mask
        slots.withUnsafeMutableBufferPointer { s in
            for key in old where key != 0 {
                var i = WordSet.start(key, mask)
                while s[i] != 0 { i = (i + 1) & mask }
                s[i] = key
            }
        }
    }
}
