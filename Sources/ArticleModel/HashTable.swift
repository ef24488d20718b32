/// A map from 64-bit text hashes to values, with open addressing. The keys are already well mixed
/// hashes, so they index buckets directly instead of being hashed again (Swift's `Dictionary`
/// runs SipHash on every lookup, which dominated the recognizer's time).
struct HashMap<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private var used: [Bool]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 16) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        keys = [UInt64](repeating: 0, count: n)
        values = [Value?](repeating: nil, count: n)
        used = [Bool](repeating: false, count: n)
        mask = n - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: (key ^ (key >> 31)) &* 0x9E37_79B9_7F4A_7C15 >> 7) & mask
        while used[i] && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    subscript(key: UInt64) -> Value? {
        get {
            let i = slot(key)
            return used[i] ? values[i] : nil
        }
        set {
            guard let newValue else { return } // removal is never needed
            let i = slot(key)
            if !used[i] {
                used[i] = true
                keys[i] = key
                count += 1
                values[i] = newValue
                if count * 2 > mask { grow() }
            } else {
                values[i] = newValue
            }
        }
    }

    func contains(_ key: UInt64) -> Bool { used[slot(key)] }

    /// Adds `key` with `value` unless present (one probe).
    mutating func insertIfAbsent(_ key: UInt64, _ value: Value) {
        let i = slot(key)
        if used[i] { return }
        used[i] = true
        keys[i] = key
        values[i] = value
        count += 1
        if count * 2 > mask { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values, oldUsed = used
        let n = (mask + 1) * 2
        keys = [UInt64](repeating: 0, count: n)
        values = [Value?](repeating: nil, count: n)
        used = [Bool](repeating: false, count: n)
        mask = n - 1
        count = 0
        for i in oldKeys.indices where oldUsed[i] { self[oldKeys[i]] = oldValues[i] }
    }
}

extension HashMap: Sendable where Value: Sendable {}

/// A set of 64-bit text hashes.
struct HashSet: Sendable {
    private var map = HashMap<Bool>(capacity: 256)
    mutating func insert(_ key: UInt64) { map.insertIfAbsent(key, true) }
    func contains(_ key: UInt64) -> Bool { map.contains(key) }
}
