/// A map from 64-bit text hashes to values, with open addressing. The keys are already well mixed
/// hashes, so they index buckets directly instead of being hashed again (Swift's `Dictionary`
/// runs SipHash on every lookup, and the recognizer looks up several tables a word).
///
/// Entries are kept dense, in insertion order, and the open-addressing table holds only 32-bit
/// entry numbers: about 24 bytes an `Int` entry instead of 50 to 100 with keys, optional values
/// and flags spread over the table itself (the resolver keeps one entry per distinct name).
struct HashMap<Value> {
    /// Entry number plus one of each slot, 0 when empty.
    private var slots: [UInt32]
    private var keys: [UInt64] = []
    private var values: [Value] = []
    private var mask: Int
    var count: Int { keys.count }

    init(capacity: Int = 16) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        slots = [UInt32](repeating: 0, count: n)
        mask = n - 1
    }

    @inline(__always) private static func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 31)) &* 0x9E37_79B9_7F4A_7C15) >> 7) & mask
    }

    /// The slot of `key` (or the empty slot where it would go) and its entry number, -1 when absent.
    @inline(__always) private func find(_ key: UInt64) -> (slot: Int, entry: Int) {
        var i = HashMap.start(key, mask)
        while true {
            let e = Int(slots[i]) - 1
            if e < 0 || keys[e] == key { return (i, e) }
            i = (i + 1) & mask
        }
    }

    subscript(key: UInt64) -> Value? {
        get {
            let e = find(key).entry
            return e < 0 ? nil : values[e]
        }
        set {
            guard let newValue else { return } // removal is never needed
            let (slot, e) = find(key)
            if e >= 0 { values[e] = newValue } else { add(key, newValue, at: slot) }
        }
    }

    func contains(_ key: UInt64) -> Bool { find(key).entry >= 0 }

    /// The number of `key`'s entry (entries are numbered from 0 in the order they were added), or nil.
    func entryNumber(_ key: UInt64) -> Int? {
        let e = find(key).entry
        return e < 0 ? nil : e
    }
    func value(entry e: Int) -> Value { values[e] }

    /// Adds `key` with `value` unless present (one probe).
    mutating func insertIfAbsent(_ key: UInt64, _ value: Value) {
        let (slot, e) = find(key)
        if e < 0 { add(key, value, at: slot) }
    }

    /// The entry number of `key`, and whether it was added now (with `value`); one probe.
    mutating func entry(_ key: UInt64, orAdd value: Value) -> (entry: Int, added: Bool) {
        let (slot, e) = find(key)
        if e >= 0 { return (e, false) }
        add(key, value, at: slot)
        return (keys.count - 1, true)
    }

    private mutating func add(_ key: UInt64, _ value: Value, at slot: Int) {
        keys.append(key)
        values.append(value)
        slots[slot] = UInt32(keys.count)
        if keys.count * 2 > mask { grow() }
    }

    private mutating func grow() {
        let n = (mask + 1) * 2
        slots = [UInt32](repeating: 0, count: n)
        mask = n - 1
        for (e, key) in keys.enumerated() {
            var i = HashMap.start(key, mask)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = UInt32(e + 1)
        }
    }
}

extension HashMap: Sendable where Value: Sendable {}
