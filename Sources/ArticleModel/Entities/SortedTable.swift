/// A knowledge table sorted by its first column (in UTF-8 byte order, as the generator writes it),
/// searched in place by binary search over its bytes: nothing is built or copied when the tables
/// load (the text compiled into the binary is read where it lies), and a look-up compares about 15 rows.
struct SortedTable: Sendable {
    private var text: String
    /// Where the rows start, after the `#` comment lines (found once, not at every look-up).
    private var rowsStart = 0

    init(_ text: String) {
        self.text = text
        self.text.makeContiguousUTF8() // (a no-op for the compiled-in text)
        rowsStart = self.text.utf8.withContiguousStorageIfAvailable { bytes in
            var first = 0
            while first < bytes.count, bytes[first] == UInt8(ascii: "#") || bytes[first] == UInt8(ascii: "\n") {
                while first < bytes.count, bytes[first] != UInt8(ascii: "\n") { first += 1 }
                first += 1
            }
            return min(first, bytes.count)
        } ?? 0
    }

    init() { text = "" }

    /// The last column of the row whose first column is `key`, or nil when no row has it.
    func lastColumn(of key: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        column(Int.max, of: key)
    }

    /// Column `n` (0 the key; `Int.max` the last) of the row whose first column is `key`, or nil
    /// when no row has it (or the row has fewer columns).
    func column(_ n: Int, of key: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        text.utf8.withContiguousStorageIfAvailable { SortedTable.column(n, of: key, in: $0, from: rowsStart) } ?? nil
    }

    /// Whether a row's first column is `key` (a key made as it is compared: "the word, lower-cased").
    func contains<K: Sequence>(_ key: K) -> Bool where K.Element == UInt8 {
        text.utf8.withContiguousStorageIfAvailable { SortedTable.column(0, of: key, in: $0, from: rowsStart) != nil } ?? false
    }

    private static func column<K: Sequence>(_ n: Int, of key: K, in bytes: UnsafeBufferPointer<UInt8>, from first: Int)
        -> ArraySlice<UInt8>? where K.Element == UInt8 {
        var lo = min(first, bytes.count), hi = bytes.count
        while lo < hi {
            var start = (lo + hi) / 2
            while start > lo, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var tab = start
            while tab < end, bytes[tab] != UInt8(ascii: "\t") { tab += 1 }
            let name = UnsafeBufferPointer(rebasing: bytes[start..<tab])
            if name.elementsEqual(key) {
                guard n != Int.max else {
                    var last = end
                    while last > tab, bytes[last - 1] != UInt8(ascii: "\t") { last -= 1 }
                    return Array(bytes[last..<end])[...]
                }
                let columns = bytes[start..<end].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                return n < columns.count ? Array(columns[n])[...] : nil
            }
            if key.lexicographicallyPrecedes(name) { hi = start } else { lo = end + 1 }
        }
        return nil
    }
}
