import CGzip

/// A zip archive read from memory: its central directory, and entries stored or deflated, checked
/// against the sizes and CRC the directory declares. No zip64, no encryption, no spanning: what an
/// e-book needs. Limits on what entries may inflate to are the caller's (`EPUBArchive`).
struct ZipArchive {
    struct Entry {
        let path: String
        let method: UInt16
        let flags: UInt16
        let crc: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeader: Int
        var isDirectory: Bool { path.hasSuffix("/") }
    }

    enum Failure: Error, Equatable {
        case notZip
        /// The entry's data cannot be read: an unknown method, encryption, a bad range, size or CRC.
        case unreadable
        /// The entry inflates past the limit it was read with.
        case tooLarge
    }

    let bytes: [UInt8]
    /// Entries in central-directory order.
    private(set) var entries: [Entry] = []
    private var byPath: [String: Int] = [:]

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        guard let end = Self.endOfCentralDirectory(bytes) else { throw .notZip }
        let count = Int(u16(end + 10)), size = Int(u32(end + 12)), start = Int(u32(end + 16))
        guard start <= end, size <= end - start else { throw .notZip }
        var at = start
        for _ in 0..<count {
            guard at + 46 <= end, u32(at) == 0x0201_4B50 else { throw .notZip }
            let nameCount = Int(u16(at + 28)), extraCount = Int(u16(at + 30)), commentCount = Int(u16(at + 32))
            guard at + 46 + nameCount <= end else { throw .notZip }
            let entry = Entry(path: String(decoding: bytes[(at + 46)..<(at + 46 + nameCount)], as: UTF8.self),
                              method: u16(at + 10), flags: u16(at + 8), crc: u32(at + 16),
                              compressedSize: Int(u32(at + 20)), uncompressedSize: Int(u32(at + 24)),
                              localHeader: Int(u32(at + 42)))
            if byPath[entry.path] == nil { byPath[entry.path] = entries.count }
            entries.append(entry)
            at += 46 + nameCount + extraCount + commentCount
        }
    }

    subscript(path: String) -> Entry? { byPath[path].map { entries[$0] } }

    /// The entry's bytes, refused past `limit` whatever its header says.
    func contents(of entry: Entry, limit: Int) throws(Failure) -> [UInt8] {
        if entry.flags & 1 != 0 { throw .unreadable } // encrypted
        let h = entry.localHeader
        guard h + 30 <= bytes.count, u32(h) == 0x0403_4B50 else { throw .unreadable }
        let dataStart = h + 30 + Int(u16(h + 26)) + Int(u16(h + 28))
        guard dataStart <= bytes.count, entry.compressedSize <= bytes.count - dataStart else { throw .unreadable }
        let data = bytes[dataStart..<(dataStart + entry.compressedSize)]
        let out: [UInt8]
        switch entry.method {
        case 0:
            if data.count > limit { throw .tooLarge }
            out = Array(data)
        case 8:
            do { out = try Gzip.inflateRaw(data, limit: limit) } catch {
                throw error == .tooLarge ? .tooLarge : .unreadable
            }
        default:
            throw .unreadable
        }
        guard out.count == entry.uncompressedSize, Self.crc32(out) == entry.crc else { throw .unreadable }
        return out
    }

    /// The end-of-central-directory record: its signature searched backwards over the longest comment.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var at = bytes.count - 22
        while at >= lowest {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06 { return at }
            at -= 1
        }
        return nil
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(CGzip.crc32(0, $0.baseAddress, UInt32($0.count))) }
    }

    private func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    private func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
}
