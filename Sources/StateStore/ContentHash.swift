/// The key an article is remembered by: FNV-1a (64 bits) of its text, as 16 hex digits. The same text
/// has the same key wherever the file is moved; a changed text is a new article.
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBufferPointer { buffer in
            for b in buffer {
                h ^= UInt64(b)
                h &*= 0x0000_0100_0000_01b3
            }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
