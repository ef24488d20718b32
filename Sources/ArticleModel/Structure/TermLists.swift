/// Sorted unique term ids of each paragraph as one flat list: paragraph p's ids are
/// `values[offsets[p]..<offsets[p + 1]]` (one allocation for the text, not one per paragraph).
struct TermLists: Sendable {
    var values: [Int32] = []
    /// 32-bit, like the search index's word offsets: a text has fewer than 2^32 words.
    var offsets: [UInt32] = [0]
    var count: Int { offsets.count - 1 }
    subscript(_ p: Int) -> ArraySlice<Int32> { values[Int(offsets[p])..<Int(offsets[p + 1])] }
}
