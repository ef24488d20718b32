/// A set of 64-bit text hashes.
struct HashSet: Sendable {
    private var map = HashMap<Bool>(capacity: 256)
    mutating func insert(_ key: UInt64) { map.insertIfAbsent(key, true) }
    func contains(_ key: UInt64) -> Bool { map.contains(key) }
}
