import CGzip

/// Zip archives written in memory for the EPUB tests: each entry stored or deflated (raw deflate through
/// zlib), with local headers, a central directory and its end record.
enum ZipWriter {
    static func archive(_ entries: [(path: String, bytes: [UInt8], deflate: Bool)]) -> [UInt8] {
        var out: [UInt8] = [], directory: [UInt8] = []
        for entry in entries {
            let data = entry.deflate ? deflated(entry.bytes) : entry.bytes
            let name = Array(entry.path.utf8)
            let crc = entry.bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
            // version needed, flags, method, time, date, crc, sizes, name and extra lengths
            var common: [UInt8] = []
            put16(&common, 20); put16(&common, 0); put16(&common, entry.deflate ? 8 : 0); put16(&common, 0); put16(&common, 0x21)
            put32(&common, crc); put32(&common, UInt32(data.count)); put32(&common, UInt32(entry.bytes.count))
            put16(&common, UInt16(name.count)); put16(&common, 0)
            let offset = UInt32(out.count)
            put32(&out, 0x0403_4B50)
            out += common + name + data
            put32(&directory, 0x0201_4B50)
            put16(&directory, 20) // version made by
            directory += common
            put16(&directory, 0); put16(&directory, 0); put16(&directory, 0); put32(&directory, 0) // comment, disk, attributes
            put32(&directory, offset)
            directory += name
        }
        let start = UInt32(out.count)
        out += directory
        put32(&out, 0x0605_4B50)
        put16(&out, 0); put16(&out, 0); put16(&out, UInt16(entries.count)); put16(&out, UInt16(entries.count))
        put32(&out, UInt32(directory.count)); put32(&out, start); put16(&out, 0)
        return out
    }

    static func deflated(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        precondition(dossier_deflate_init_raw(&stream) == Z_OK)
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))))
        var input = bytes
        input.withUnsafeMutableBufferPointer { i in
            out.withUnsafeMutableBufferPointer { o in
                stream.next_in = i.baseAddress
                stream.avail_in = UInt32(i.count)
                stream.next_out = o.baseAddress
                stream.avail_out = UInt32(o.count)
                precondition(deflate(&stream, Z_FINISH) == Z_STREAM_END)
            }
        }
        return Array(out[0..<Int(stream.total_out)])
    }

    private static func put16(_ out: inout [UInt8], _ v: UInt16) { out += [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func put32(_ out: inout [UInt8], _ v: UInt32) { put16(&out, UInt16(v & 0xFFFF)); put16(&out, UInt16(v >> 16)) }
}
