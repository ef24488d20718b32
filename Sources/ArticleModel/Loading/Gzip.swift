import CDeflate

/// gzip-compressed input, inflated with a cap on the output (a small file that inflates to gigabytes is
/// refused); also the raw deflate data of a zip entry. libdeflate inflates a whole member into one
/// buffer, sized first from what the gzip trailer states and grown (the member read again) when short.
enum Gzip {
    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 0x08 }

    enum Failure: Error, Equatable { case corrupt, tooLarge }

    /// The inflated bytes (concatenated members read as one), at most `limit` bytes.
    static func inflate(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        // What the (last) member's trailer states it holds, modulo 4 GiB: only a first guess.
        var stated = 0
        if input.count >= 18 {
            let e = input.endIndex
            stated = Int(input[e - 4]) | Int(input[e - 3]) << 8 | Int(input[e - 2]) << 16 | Int(input[e - 1]) << 24
        }
        return try inflate(input[...], limit: limit, guess: stated, gzip: true)
    }

    /// Raw deflate data (no header, one stream) inflated, at most `limit` bytes.
    static func inflateRaw(_ input: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [UInt8] {
        try inflate(input, limit: limit, guess: input.count * 4, gzip: false)
    }

    private enum Outcome { case done, short, corrupt }

    private static func inflate(_ input: ArraySlice<UInt8>, limit: Int, guess: Int, gzip: Bool) throws(Failure) -> [UInt8] {
        guard let decompressor = libdeflate_alloc_decompressor() else { throw .corrupt }
        defer { libdeflate_free_decompressor(decompressor) }
        // Deflate gives at most 1032 bytes a byte of input.
        var capacity = max(1, min(limit, input.count * 1032, max(guess, 4096)))
        while true {
            var outcome = Outcome.done
            let out = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                input.withUnsafeBufferPointer { inBuf in
                    outcome = decompress(decompressor, inBuf, into: buffer, &count, gzip: gzip)
                }
            }
            switch outcome {
            case .done: return out
            case .corrupt: throw .corrupt
            case .short:
                if capacity >= limit || capacity >= input.count * 1032 { throw capacity >= limit ? .tooLarge : .corrupt }
                capacity = min(limit, input.count * 1032, capacity * 2)
            }
        }
    }

    /// Every member of `input` (one raw stream when not `gzip`) inflated into `buffer` from `count` on.
    private static func decompress(_ d: OpaquePointer, _ input: UnsafeBufferPointer<UInt8>,
                                   into buffer: UnsafeMutableBufferPointer<UInt8>, _ count: inout Int, gzip: Bool) -> Outcome {
        var at = 0
        repeat {
            var used = 0, produced = 0
            let source = input.baseAddress.map { UnsafeRawPointer($0 + at) }
            let target = buffer.baseAddress.map { UnsafeMutableRawPointer($0 + count) }
            let result = gzip
                ? libdeflate_gzip_decompress_ex(d, source, input.count - at, target, buffer.count - count, &used, &produced)
                : libdeflate_deflate_decompress_ex(d, source, input.count - at, target, buffer.count - count, &used, &produced)
            switch result {
            case LIBDEFLATE_SUCCESS: break
            case LIBDEFLATE_INSUFFICIENT_SPACE: return .short
            default: return .corrupt
            }
            at += used
            count += produced
            if !gzip || used == 0 { return .done }
        } while at < input.count
        return .done
    }
}
