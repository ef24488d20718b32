/// Why a file cannot be read as an article.
public enum LoadError: Error, Equatable, Sendable {
    /// A NUL byte, or too many control bytes (see `Loader.isBinary`).
    case binary
}

/// Maps offsets in the normalised text back to byte offsets in the original input.
/// Stored as breakpoints: from normalised offset `n[i]` on, original = normalised + `d[i]`. A text with a
/// non-breaking space or a CRLF a line has a breakpoint a line, each one byte further from the input than
/// the one before: so the breakpoints are stored in 32 bits while offsets fit, and their deltas by runs of
/// such steps (4 bytes a breakpoint, not 16); past 4 GB, in full integers after them.
public struct SourceMap: Sendable, Hashable {
    var normalised: [UInt32] = [0]
    /// Runs of breakpoints whose deltas go up by one: the index of each run's first breakpoint, and its delta.
    var runStart: [UInt32] = [0]
    var runDelta: [Int32] = [0]
    var wideNormalised: [Int] = []
    var wideDelta: [Int] = []
    public init() {}

    /// The delta of narrow breakpoint `k`.
    func delta(_ k: Int) -> Int {
        var lo = 0, hi = runStart.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(runStart[mid]) <= k { lo = mid } else { hi = mid - 1 }
        }
        return Int(runDelta[lo]) + (k - Int(runStart[lo]))
    }
    var lastDelta: Int { wideDelta.last ?? Int(runDelta[runDelta.count - 1]) + (normalised.count - 1 - Int(runStart[runStart.count - 1])) }
    var lastNormalised: Int { wideNormalised.last ?? Int(normalised[normalised.count - 1]) }

    mutating func record(normalised n: Int, original o: Int) {
        let d = o - n, last = lastDelta
        if last == d { return }
        if lastNormalised == n {
            if !wideDelta.isEmpty { wideDelta[wideDelta.count - 1] = d; return }
            // The last breakpoint's delta changes: it starts a run of its own.
            normalised.removeLast()
            if Int(runStart[runStart.count - 1]) == normalised.count { runStart.removeLast(); runDelta.removeLast() }
        }
        if wideNormalised.isEmpty, let narrowN = UInt32(exactly: n), let narrowD = Int32(exactly: d) {
            if normalised.isEmpty || d != lastDelta + 1 { runStart.append(UInt32(normalised.count)); runDelta.append(narrowD) }
            normalised.append(narrowN)
        } else {
            wideNormalised.append(n); wideDelta.append(d)
        }
    }

    /// The byte offset in the original input of the normalised offset `offset`.
    public func original(_ offset: Int) -> Int {
        if let first = wideNormalised.first, offset >= first {
            var lo = 0, hi = wideNormalised.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if wideNormalised[mid] <= offset { lo = mid } else { hi = mid - 1 }
            }
            return offset + wideDelta[lo]
        }
        var lo = 0, hi = normalised.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(normalised[mid]) <= offset { lo = mid } else { hi = mid - 1 }
        }
        return offset + delta(lo)
    }
}

/// The result of loading bytes: normalised UTF-8 text, the map back to the input, and what was repaired.
public struct LoadedText: Sendable {
    public var bytes: [UInt8]
    public var source: SourceMap
    /// Number of invalid UTF-8 sequences replaced with U+FFFD.
    public var invalidSequences: Int
    public var hadBOM: Bool
    /// The structure a markup reader stated (nil for plain text, whose structure the model infers).
    public var markup: MarkupHints? = nil
    /// The input was UTF-16 with a byte-order mark, decoded to UTF-8 first (offsets count bytes of the UTF-8 text).
    public var decodedFromUTF16 = false
}

/// Bytes to normalised text: UTF-8 with or without BOM (UTF-16 with a BOM is decoded first); CRLF and lone CR become LF; invalid UTF-8
/// becomes U+FFFD; NBSP becomes a space; form feeds and U+2029 become blank lines, U+2028 a line feed;
/// a byte-order mark inside the text is dropped; tabs become a space; a DOS
/// end-of-file mark (Ctrl-Z) as the last byte is dropped. Other control characters are kept (the display layer shows them as placeholders).
/// A NUL byte anywhere makes the input binary (found while normalising, at no extra pass).
public enum Loader {
    public static func load(_ input: [UInt8]) throws(LoadError) -> LoadedText {
        if let order = UTF16Text.byteOrder(input) { return try UTF16Text.load(input, order) }
        if isBinary(input) { throw .binary }
        // (Over the buffer's bytes, not the array: indexing the array checked bounds on every byte.)
        return try input.withUnsafeBufferPointer { (buffer) throws(LoadError) in try normalise(input, buffer) }
    }

    private static func normalise(_ array: [UInt8], _ input: UnsafeBufferPointer<UInt8>) throws(LoadError) -> LoadedText {
        var out = [UInt8]()
        var map = SourceMap()
        var i = 0
        var hadBOM = false
        var invalid = 0
        // A DOS end-of-file mark (Ctrl-Z) as the last byte ends the text: it is not part of it.
        let n = input.count - (input.last == 0x1A ? 1 : 0)
        if n >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { i = 3; hadBOM = true }
        map.record(normalised: 0, original: i)
        // The longest prefix that normalising leaves as it is; most texts are all prefix, and then
        // the input itself is the text (no copy, so peak memory holds one text, not two).
        let kept = try unchangedPrefix(input, from: i, end: n)
        if kept == input.count && !hadBOM {
            return LoadedText(bytes: array, source: map, invalidSequences: 0, hadBOM: false)
        }
        out.reserveCapacity(input.count)
        out.append(contentsOf: input[i..<kept])
        i = kept
        while i < n {
            let b = input[i]
            // Runs of bytes kept as they are (printable ASCII, LF) are copied in one go.
            if b >= 0x20 && b < 0x80 || b == 0x0A {
                var j = i + 1
                while j < n, input[j] >= 0x20 && input[j] < 0x80 || input[j] == 0x0A { j += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<j]))
                i = j
                continue
            }
            if b < 0x80 {
                switch b {
                case 0x0D: // CR or CRLF -> LF
                    out.append(0x0A)
                    i += (i + 1 < n && input[i + 1] == 0x0A) ? 2 : 1
                    map.record(normalised: out.count, original: i)
                case 0x0C: // form feed: a paragraph break
                    out.append(0x0A); out.append(0x0A); i += 1
                    map.record(normalised: out.count, original: i)
                case 0x09:
                    out.append(0x20); i += 1
                case 0:
                    throw .binary
                default:
                    out.append(b); i += 1
                }
                continue
            }
            let len = validSequenceLength(input, i)
            if len == 0 {
                out.append(0xEF); out.append(0xBF); out.append(0xBD)
                invalid += 1
                i += 1
                map.record(normalised: out.count, original: i)
            } else if len == 2, b == 0xC2, input[i + 1] == 0xA0 { // NBSP -> space
                out.append(0x20); i += 2
                map.record(normalised: out.count, original: i)
            } else if len == 3, let breaks = separatorOrMark(input, i) {
                for _ in 0..<breaks { out.append(0x0A) }
                i += 3
                map.record(normalised: out.count, original: i)
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<(i + len)])); i += len
            }
        }
        return LoadedText(bytes: out, source: map, invalidSequences: invalid, hadBOM: hadBOM)
    }

    /// Where the first byte that normalising changes is, from `start` (`end` when there is none).
    private static func unchangedPrefix(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end n: Int) throws(LoadError) -> Int {
        var kept = start
        while kept < n {
            // Eight bytes at a time while they are all printable ASCII.
            if kept + 8 <= n, let base = input.baseAddress {
                let x = UnsafeRawPointer(base + kept).loadUnaligned(as: UInt64.self)
                if x & Loader.highBits == 0, Loader.hasByteBelow0x20(x) == false { kept += 8; continue }
            }
            let b = input[kept]
            if b < 0x80 {
                if b == 0x0D || b == 0x0C || b == 0x09 { break }
                if b == 0 { throw .binary }
                kept += 1
                continue
            }
            let len = validSequenceLength(input, kept)
            if len == 0 || len == 2 && b == 0xC2 && input[kept + 1] == 0xA0 || len == 3 && separatorOrMark(input, kept) != nil { break }
            kept += len
        }
        return kept
    }

    /// For U+FEFF (a byte-order mark inside the text, as left by joining files), U+2028 (line separator)
    /// and U+2029 (paragraph separator) at `i`: the line feeds that replace it (0, 1 and 2); else nil.
    @inline(__always) static func separatorOrMark(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        if s[i] == 0xEF, s[i + 1] == 0xBB, s[i + 2] == 0xBF { return 0 }
        if s[i] == 0xE2, s[i + 1] == 0x80, s[i + 2] == 0xA8 || s[i + 2] == 0xA9 { return Int(s[i + 2] - 0xA7) }
        return nil
    }

    /// Whether three 64 KiB samples (start, middle, end) say binary: a NUL byte, or more than 30 % of a
    /// sample in control bytes other than tab, line feed, CR, form feed and ESC. (`load` also finds a NUL
    /// anywhere else.) A text with some control characters stays text; they are shown as placeholders.
    public static func isBinary(_ input: [UInt8]) -> Bool {
        input.withUnsafeBufferPointer { all in
            samples(all.count).contains { isBinarySample(UnsafeBufferPointer(rebasing: all[$0])) }
        }
    }

    /// Three windows of `size` elements of a text of `count`: its start, middle and end (the whole text
    /// when it is no longer than `size`).
    public static func samples(_ count: Int, size: Int = 65_536) -> [Range<Int>] {
        if count <= size { return [0..<count] }
        let middle = (count - size) / 2
        return [0..<size, middle..<(middle + size), (count - size)..<count]
    }

    private static func isBinarySample(_ sample: UnsafeBufferPointer<UInt8>) -> Bool {
        if sample.isEmpty { return false }
        var control = 0
        var i = 0
        while i < sample.count {
            // Eight bytes at a time when none of them is a control byte (most of a text).
            if i + 8 <= sample.count, let base = sample.baseAddress,
               !hasByteBelow0x20(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let b = sample[i]
            i += 1
            guard b < 0x20 else { continue }
            if b == 0 { return true }
            if b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C, b != 0x1B { control += 1 }
        }
        return control * 10 > sample.count * 3
    }

    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes of `x` is below 0x20 (a control byte). Exact for whether there is
    /// one, though not for which: `(x - 0x20…) & ~x & 0x80…` is non-zero exactly when some byte is below 0x20.
    @inline(__always) static func hasByteBelow0x20(_ x: UInt64) -> Bool {
        (x &- 0x2020_2020_2020_2020) & ~x & highBits != 0
    }

    /// Length of a valid UTF-8 sequence starting at `i`, or 0 when it is invalid.
    static func validSequenceLength(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = s[i], n = s.count
        func cont(_ k: Int) -> Bool { k < n && s[k] & 0xC0 == 0x80 }
        switch b {
        case 0xC2...0xDF: return cont(i + 1) ? 2 : 0
        case 0xE0:
            return i + 2 < n && (0xA0...0xBF).contains(s[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xED:
            return i + 2 < n && (0x80...0x9F).contains(s[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(i + 1) && cont(i + 2) ? 3 : 0
        case 0xF0:
            return i + 3 < n && (0x90...0xBF).contains(s[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF4:
            return i + 3 < n && (0x80...0x8F).contains(s[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        default: return 0
        }
    }
}
