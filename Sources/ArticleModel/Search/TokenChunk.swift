/// A thousand tokens' starts, lengths and ids, written through pointers and flushed to the
/// token arrays at once.
struct TokenChunk {
    static let capacity = 1024
    private let starts = UnsafeMutablePointer<UInt32>.allocate(capacity: TokenChunk.capacity)
    private let lengths = UnsafeMutablePointer<UInt8>.allocate(capacity: TokenChunk.capacity)
    private let ids = UnsafeMutablePointer<UInt32>.allocate(capacity: TokenChunk.capacity)
    private(set) var count = 0

    var isFull: Bool { count == TokenChunk.capacity }

    @inline(__always) mutating func add(start: Int, length: UInt8, id: Int32) {
        starts[count] = UInt32(start); lengths[count] = length; ids[count] = UInt32(id)
        count += 1
    }

    mutating func flush(into out: inout SearchIndexBuilder.Occurrences) {
        out.starts.append(contentsOf: UnsafeBufferPointer(start: starts, count: count))
        out.lengths.append(contentsOf: UnsafeBufferPointer(start: lengths, count: count))
        out.ids.append(contentsOf: UnsafeBufferPointer(start: ids, count: count))
        count = 0
    }

    func deallocate() { starts.deallocate(); lengths.deallocate(); ids.deallocate() }
}
