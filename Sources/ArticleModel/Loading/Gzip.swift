import CGzip

/// gzip-compressed input, inflated with a cap on the output (a small file that inflates to gigabytes is
/// refused); also the raw deflate data of a zip entry.
enum Gzip {
    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 0x08 }

    enum Failure: Error, Equatable { case corrupt, tooLarge }

    /// The inflated bytes (concatenated members read as one), at most `limit` bytes.
    static func inflate(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        try inflate(input[...], limit: limit, raw: false)
    }

    /// Raw deflate data (no header, one stream) inflated, at most `limit` bytes.
    static func inflateRaw(_ input: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [UInt8] {
        try inflate(input, limit: limit, raw: true)
    }

    private static func inflate(_ input: ArraySlice<UInt8>, limit: Int, raw: Bool) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        // Room for what the gzip trailer says the data holds (its size modulo 4 GiB), within what deflate can
        // give from this input: one buffer instead of doubling and copying it as it fills.
        if !raw, input.count >= 18 {
            let e = input.endIndex
            let stated = Int(input[e - 4]) | Int(input[e - 3]) << 8 | Int(input[e - 2]) << 16 | Int(input[e - 1]) << 24
            out.reserveCapacity(min(stated, limit, input.count * 1032))
        }
        var stream = z_stream()
        guard (raw ? dossier_inflate_init_raw(&stream) : dossier_inflate_init_gzip(&stream)) == Z_OK else { throw .corrupt }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var failure: Failure?
        input.withUnsafeBufferPointer { inBuf in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = UInt32(clamping: inBuf.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { c in
                    stream.next_out = c.baseAddress
                    stream.avail_out = UInt32(c.count)
                    return CGzip.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if out.count + produced > limit { failure = .tooLarge; return }
                out.append(contentsOf: chunk[0..<produced])
                if status == Z_STREAM_END {
                    // Another gzip member may follow.
                    if !raw, stream.avail_in > 0, inflateReset(&stream) == Z_OK { continue }
                    return
                }
                if status != Z_OK { failure = .corrupt; return }
                if stream.avail_in == 0 && produced == 0 { failure = .corrupt; return }
            }
        }
        if let failure { throw failure }
        return out
    }
}
