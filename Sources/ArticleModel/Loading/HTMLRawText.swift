#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Script, style and inline SVG bodies cut out of a page before libxml2 reads it, and the long values of
/// attributes nothing reads (`data-*`, `srcset`, `sizes`). They are never text (JSON-LD scripts
/// excepted, which are kept), and on saved news pages they are most of the bytes, which libxml2's HTML
/// parser otherwise reads one character at a time.
///
/// The scan follows libxml2's own rules for these elements: comments and the quoted attribute values
/// of every start tag are skipped, and a script's body ends at the first `</script` (a style's at
/// `</style`, an SVG's at `</svg`), whatever follows. Offsets in the cut bytes map back to the
/// original with `original(_:)`.
struct HTMLRawText {
    /// The page with the bodies cut out.
    var bytes: [UInt8]
    /// Where each cut is in `bytes`, ascending, and how many bytes were cut there and before.
    private var cutAt: [Int] = []
    private var cutTotal: [Int] = []

    /// `keepNewlines` leaves a body's line breaks in place, so line numbers stay those of the original.
    init(_ s: [UInt8], keepNewlines: Bool = false) {
        bytes = []
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var copied = 0, removed = 0
        s.withUnsafeBufferPointer { s in
            var i = 0
            var unread: [Range<Int>] = []
            func cut(_ body: Range<Int>) {
                out.append(contentsOf: s[copied..<body.lowerBound])
                var cut = body.count
                if keepNewlines {
                    for b in s[body] where b == 0x0A { out.append(b); cut -= 1 }
                }
                removed += cut
                cutAt.append(out.count); cutTotal.append(removed)
                copied = body.upperBound
            }
            while let lt = Self.next(0x3C, s, from: i) {  // "<"
                i = lt
                guard let body = Self.rawBody(s, tagAt: i) else {
                    i = Self.afterMarkup(s, at: i, unread: &unread)
                    for value in unread { cut(value) }
                    unread.removeAll(keepingCapacity: true)
                    continue
                }
                cut(body)
                i = body.upperBound
            }
            out.append(contentsOf: s[copied..<s.count])
        }
        bytes = out
    }

    /// The offset in the original page of `offset` in the cut bytes.
    func original(_ offset: Int) -> Int {
        // The last cut at or before `offset`.
        var lo = 0, hi = cutAt.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cutAt[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? offset : offset + cutTotal[lo - 1]
    }

    private static let script = Array("script".utf8), style = Array("style".utf8), svg = Array("svg".utf8)

    /// Where the scan goes on after the markup starting at the "<" at `i`: past a comment, a
    /// declaration or a start tag with its attributes; one byte on for anything else. A start tag's
    /// unread attribute values go to `unread`.
    private static func afterMarkup(_ s: UnsafeBufferPointer<UInt8>, at i: Int, unread: inout [Range<Int>]) -> Int {
        guard i + 1 < s.count else { return s.count }
        if s[i + 1] == 0x21 {  // "<!"
            if i + 3 < s.count, s[i + 2] == 0x2D, s[i + 3] == 0x2D {
                return find(s, [0x2D, 0x2D, 0x3E], from: i + 4).map { $0 + 3 } ?? s.count
            }
            return find(s, [0x3E], from: i + 2).map { $0 + 1 } ?? s.count
        }
        if Bytes.isASCIILetter(s[i + 1]) { return startTagEnd(s, from: i + 1, unread: &unread) }
        return i + 1
    }

    /// The body of the script, style or svg element whose start tag begins at `i`, if that is one
    /// (not a JSON script, not written `<script/>`).
    private static func rawBody(_ s: UnsafeBufferPointer<UInt8>, tagAt i: Int) -> Range<Int>? {
        guard i + 6 < s.count, Bytes.isASCIILetter(s[i + 1]) else { return nil }
        var n = i + 1
        while n < s.count, Bytes.isASCIILetter(s[n]) || Bytes.isDigit(s[n]) { n += 1 }
        guard let name = [script, style, svg].first(where: { $0.count == n - i - 1 && matches(s, at: i + 1, $0) }) else { return nil }
        var unread: [Range<Int>] = []
        let tagEnd = startTagEnd(s, from: n, unread: &unread)
        guard tagEnd <= s.count, s[tagEnd - 1] == 0x3E, s[tagEnd - 2] != 0x2F else { return nil }
        if name == script, Bytes.firstIndex(of: Array("json".utf8), in: s[i..<tagEnd].map(Bytes.lower)) != nil { return nil }
        var k = tagEnd
        while let lt = find(s, [0x3C, 0x2F], from: k) {
            if matches(s, at: lt + 2, name) { return tagEnd..<lt }
            k = lt + 2
        }
        return tagEnd..<s.count
    }

    /// Just past the ">" closing the start tag whose name begins at `from`, quoted values skipped. The
    /// quoted values of unread attributes longer than `unreadLength` go to `unread` (quotes kept).
    private static func startTagEnd(_ s: UnsafeBufferPointer<UInt8>, from: Int, unread: inout [Range<Int>]) -> Int {
        var j = from, nameStart = from
        while j < s.count {
            switch s[j] {
            case 0x3E: return j + 1
            case 0x20, 0x0A, 0x09, 0x0D, 0x2F: j += 1; nameStart = j
            case 0x3D:  // "=": a value, perhaps quoted
                let name = nameStart..<j
                j += 1
                while j < s.count, s[j] == 0x20 || s[j] == 0x0A || s[j] == 0x09 || s[j] == 0x0D { j += 1 }
                if j < s.count, s[j] == 0x22 || s[j] == 0x27 {
                    let close = find(s, [s[j]], from: j + 1) ?? s.count
                    if close - j - 1 > unreadLength, isUnread(s, name) { unread.append((j + 1)..<close) }
                    j = close + 1
                }
                nameStart = j
            default: j += 1
            }
        }
        return s.count
    }

    /// Values no longer than this are left (a cut costs a place in the offset map).
    static let unreadLength = 32
    private static let dataPrefix = Array("data-".utf8), srcset = Array("srcset".utf8), sizes = Array("sizes".utf8)

    /// Whether the attribute named by `name` is one nothing reads: `data-*`, `srcset`, `sizes`.
    private static func isUnread(_ s: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        name.count > dataPrefix.count && matches(s, at: name.lowerBound, dataPrefix)
            || [srcset, sizes].contains { $0.count == name.count && matches(s, at: name.lowerBound, $0) }
    }

    /// Whether `word` (lower case) is at `at`, case-insensitively.
    private static func matches(_ s: UnsafeBufferPointer<UInt8>, at: Int, _ word: [UInt8]) -> Bool {
        guard at + word.count <= s.count else { return false }
        for (k, w) in word.enumerated() where s[at + k] | 0x20 != w { return false }
        return true
    }

    private static func find(_ s: UnsafeBufferPointer<UInt8>, _ word: [UInt8], from: Int) -> Int? {
        var i = from
        while let at = next(word[0], s, from: i) {
            guard at + word.count <= s.count else { return nil }
            if word.indices.dropFirst().allSatisfy({ s[at + $0] == word[$0] }) { return at }
            i = at + 1
        }
        return nil
    }

    /// The next `byte` at or after `from` (memchr: most of a page's bytes are passed over here).
    private static func next(_ byte: UInt8, _ s: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < s.count, let base = s.baseAddress, let p = memchr(base + from, Int32(byte), s.count - from) else { return nil }
        return UnsafeRawPointer(base).distance(to: p)
    }
}
