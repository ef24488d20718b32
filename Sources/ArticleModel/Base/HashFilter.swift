/// A bit for every hash added (by its top 14 bits), so that most words not in a table are turned
/// away by one bit test before the table's look-up: the recognizer asks several tables about every
/// word, and most words are in none. (No false "no": a clear bit means the hash was never added.)
struct HashFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 256)

    mutating func insert(_ h: UInt64) {
        let i = Int(truncatingIfNeeded: h &>> 50)
        bits[i &>> 6] |= 1 &<< UInt64(i & 63)
    }

    @inline(__always) func mayContain(_ h: UInt64) -> Bool {
        let i = Int(truncatingIfNeeded: h &>> 50)
        return bits.withUnsafeBufferPointer { $0[i &>> 6] } & (1 &<< UInt64(i & 63)) != 0
    }
}
