/// Small byte-level helpers shared by the model stages. Everything works on UTF-8 bytes of the
/// normalised text; non-ASCII bytes (>= 0x80) count as letters, which is right for words in
/// Latin, Cyrillic, Vietnamese and CJK text and keeps every scan a single linear pass.
enum Bytes {
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    /// A byte that belongs to a word: ASCII letter or digit, or any byte of a multi-byte character
    /// other than typographic punctuation (checked by `wordEnd`).
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { isASCIILetter(b) || isDigit(b) || b >= 0x80 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

    /// Per byte: an ASCII letter or digit lower-cased, 0 for other ASCII, 0xFF for bytes >= 0x80
    /// (one look-up for "is it a word byte, and which letter" in per-byte loops).
    static let asciiFold: [UInt8] = (0..<256).map { b in
        let b = UInt8(b)
        return b >= 0x80 ? 0xFF : isASCIILetter(b) || isDigit(b) ? lower(b) : 0
    }

    /// Whether the three bytes at `i` are the UTF-8 of a General Punctuation character (U+2000–U+206F:
    /// dashes, curly quotes, ellipsis, bidi controls), which never belongs to a word.
    @inline(__always) static func isGeneralPunctuation(_ s: [UInt8], _ i: Int) -> Bool {
        s[i] == 0xE2 && i + 1 < s.count && (s[i + 1] == 0x80 || s[i + 1] == 0x81)
    }

    /// Whether the character at `i` starts a word.
    @inline(__always) static func startsWord(_ s: [UInt8], _ i: Int) -> Bool {
        let b = s[i]
        if b < 0x80 { return isASCIILetter(b) || isDigit(b) }
        if b < 0xC0 { return false }
        if isGeneralPunctuation(s, i) { return false }
        if b == 0xC2 { return false } // Latin-1 punctuation: « » § ¶ etc.
        return true
    }

    /// Length in bytes of the UTF-8 character starting at `i`.
    @inline(__always) static func charLength(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    /// End of the word that starts at `i` (letters, digits, non-ASCII letters; apostrophes and
    /// hyphens end it, but not a soft hyphen, which only marks where the word may break).
    @inline(__always) static func wordEnd(_ s: [UInt8], _ i: Int, limit: Int) -> Int {
        var j = i
        while j < limit {
            let b = s[j]
            if b < 0x80 {
                if isASCIILetter(b) || isDigit(b) { j += 1; continue }
                return j
            }
            if b < 0xC0 { j += 1; continue } // continuation byte (only when input starts mid-character)
            if isGeneralPunctuation(s, j) || b == 0xC2 && !(j + 1 < limit && s[j + 1] == 0xAD) { return j }
            j += charLength(b)
        }
        return min(j, limit)
    }

    /// `wordEnd`, with a run of ASCII letters and digits skipped by look-ups in `asciiFold` (0: a byte
    /// that ends a word; 0xFF: a byte >= 0x80, where `wordEnd` decides).
    @inline(__always) static func fastWordEnd(_ s: [UInt8], _ i: Int, limit: Int) -> Int {
        let end: Int? = s.withUnsafeBufferPointer { p in asciiFold.withUnsafeBufferPointer { fold in
            var j = i
            while j < limit {
                let f = fold[Int(p[j])]
                if f == 0 { return j }
                if f == 0xFF { return nil }
                j += 1
            }
            return limit
        } }
        return end ?? wordEnd(s, i, limit: limit)
    }

    /// Eight ASCII bytes with their capitals lower-cased, all at once (other bytes unchanged).
    @inline(__always) static func lowered8(_ x: UInt64) -> UInt64 {
        let low = x & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low &+ 0x3F3F_3F3F_3F3F_3F3F   // high bit set where the byte is >= "A"
        let pastZ = low &+ 0x2525_2525_2525_2525      // high bit set where the byte is > "Z"
        let capitals = atLeastA & ~pastZ & ~x & 0x8080_8080_8080_8080
        return x | capitals >> 2                       // 0x80 >> 2 = 0x20, the case bit
    }

    /// Calls `body` with each offset of `byte` in `s[range]`, in order. The bytes are read eight at
    /// a time: a word with no byte equal to `byte` is passed over at once.
    static func forEach(_ byte: UInt8, in s: [UInt8], _ range: TextRange, _ body: (Int) -> Void) {
        s.withUnsafeBytes { p in
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let pattern = ones &* UInt64(byte)
            var i = range.start
            while i + 8 <= range.end {
                let x = p.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ pattern
                // Non-zero when some byte of x is zero (a byte equal to `byte`), sometimes also
                // otherwise: the eight bytes are then checked one by one.
                if (x &- ones) & ~x & highs != 0 {
                    for k in i..<(i + 8) where p[k] == byte { body(k) }
                }
                i += 8
            }
            while i < range.end { if p[i] == byte { body(i) }; i += 1 }
        }
    }

    /// Word ranges in `range`, in order.
    static func words(_ s: [UInt8], in range: TextRange) -> [TextRange] {
        var out: [TextRange] = []
        var i = range.start
        while i < range.end {
            if startsWord(s, i) {
                let e = wordEnd(s, i, limit: range.end)
                out.append(TextRange(i, e))
                i = e
            } else {
                i += 1
            }
        }
        return out
    }

    /// The length of the dash that opens `range` in an attribution or signature line: an en, em or
    /// horizontal dash, or "--" (not a single hyphen, which opens plain-text list items); nil when none.
    static func leadingDash(_ s: [UInt8], _ range: TextRange) -> Int? {
        let dashes: [[UInt8]] = [[0xE2, 0x80, 0x93], [0xE2, 0x80, 0x94], [0xE2, 0x80, 0x95], [0x2D, 0x2D]]
        return dashes.first { range.count > $0.count && s[range.start..<(range.start + $0.count)].elementsEqual($0) }?.count
    }

    static func wordCount(_ s: [UInt8], in range: TextRange) -> Int {
        var n = 0
        var i = range.start
        var inWord = false
        while i < range.end {
            let b = s[i]
            if isSpace(b) { inWord = false } else if !inWord { inWord = true; n += 1 }
            i += 1
        }
        return n
    }

    /// ASCII-lower-cased copy of `s[range]`.
    static func lowered(_ s: [UInt8], _ range: TextRange) -> [UInt8] {
        var out = [UInt8](); out.reserveCapacity(range.count)
        for i in range.start..<range.end { out.append(lower(s[i])) }
        return out
    }

    static func string(_ s: [UInt8], _ range: TextRange) -> String {
        String(decoding: s[range.start..<range.end], as: UTF8.self)
    }

    /// Whether `s` at `i` starts with `prefix` (ASCII, case-insensitive).
    static func hasPrefix(_ s: [UInt8], at i: Int, _ prefix: StaticString, limit: Int? = nil) -> Bool {
        let end = limit ?? s.count
        let n = prefix.utf8CodeUnitCount
        guard i + n <= end else { return false }
        let p = prefix.utf8Start
        for k in 0..<n where lower(s[i + k]) != lower(p[k]) { return false }
        return true
    }

    /// Whether `bytes` (ASCII lower case) occur in `s[range]`, case-insensitively; returns the offset.
    static func find(_ s: [UInt8], _ needle: [UInt8], in range: TextRange) -> Int? {
        guard !needle.isEmpty, range.count >= needle.count else { return nil }
        let first = needle[0]
        var i = range.start
        let last = range.end - needle.count
        while i <= last {
            if lower(s[i]) == first {
                var k = 1
                while k < needle.count, lower(s[i + k]) == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The range with surrounding whitespace removed.
    static func trimmed(_ s: [UInt8], _ r: TextRange) -> TextRange {
        var a = r.start, b = r.end
        while a < b, isSpace(s[a]) { a += 1 }
        while b > a, isSpace(s[b - 1]) { b -= 1 }
        return TextRange(a, b)
    }

    /// Closing quotation marks and brackets: " ' ) ] ” ’ »
    static func closingMarkLength(_ s: [UInt8], _ i: Int, limit: Int) -> Int {
        let b = s[i]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { return 1 }
        if b == 0xE2, i + 2 < limit, s[i + 1] == 0x80, s[i + 2] == 0x9D || s[i + 2] == 0x99 { return 3 }
        if b == 0xC2, i + 1 < limit, s[i + 1] == 0xBB { return 2 }
        return 0
    }

    /// Opening double quotation mark at `i` (" “ «), its length, else 0.
    static func openingQuoteLength(_ s: [UInt8], _ i: Int, limit: Int) -> Int {
        let b = s[i]
        if b == UInt8(ascii: "\"") { return 1 }
        if b == 0xE2, i + 2 < limit, s[i + 1] == 0x80, s[i + 2] == 0x9C { return 3 }
        if b == 0xC2, i + 1 < limit, s[i + 1] == 0xAB { return 2 }
        return 0
    }

    /// Several needles (ASCII lower case, non-empty) looked for in one pass over the text instead
    /// of one pass each: most bytes are rejected by one table look-up of their lower-cased value.
    struct Needles: Sendable {
        let needles: [[UInt8]]
        /// Whether some needle starts with this (lower-case) byte.
        let starts: [Bool]

        init(_ words: [String]) {
            needles = words.map { Array($0.utf8) }
            var starts = [Bool](repeating: false, count: 256)
            for n in needles { starts[Int(n[0])] = true }
            self.starts = starts
        }

        /// The first offset in `range` where a needle occurs (case-insensitively, like `find`);
        /// with `wordBounded`, only an occurrence with no word byte just before or after it counts.
        func first(_ s: [UInt8], in range: TextRange, wordBounded: Bool = false) -> Int? {
            var i = range.start
            while i < range.end {
                let b = lower(s[i])
                if starts[Int(b)], !wordBounded || i == range.start || !isWordByte(s[i - 1]) {
                    for n in needles where n[0] == b && i + n.count <= range.end {
                        var k = 1
                        while k < n.count, lower(s[i + k]) == n[k] { k += 1 }
                        guard k == n.count else { continue }
                        if !wordBounded || i + n.count == range.end || !isWordByte(s[i + n.count]) { return i }
                    }
                }
                i += 1
            }
            return nil
        }
    }
}

extension Array {
    /// `removeAll(keepingCapacity: true)`, skipped when the list is already empty: the call is not
    /// inlined and costs some 70 instructions even then (the recognizer clears its scratch lists a
    /// few times a name, most of them empty).
    @inline(__always) mutating func clear() { if !isEmpty { removeAll(keepingCapacity: true) } }
}

extension Bytes {
    /// Whether `needle` occurs in `s`, compared as UTF-8 bytes.
    static func contains(_ s: String, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        return s.utf8.withContiguousStorageIfAvailable { firstIndex(of: n, in: $0) != nil } ?? (firstIndex(of: n, in: Array(s.utf8)) != nil)
    }

    /// Where `needle` first occurs in `haystack` at or after `from` (a plain scan: the generic
    /// `firstRange(of:)` costs tens of thousands of instructions a call on byte arrays).
    static func firstIndex<C: RandomAccessCollection>(of needle: [UInt8], in haystack: C, from: C.Index? = nil) -> C.Index?
    where C.Element == UInt8 {
        guard let first = needle.first else { return from ?? haystack.startIndex }
        var i = from ?? haystack.startIndex
        if i > haystack.endIndex { return nil }
        while let at = haystack[i...].firstIndex(of: first) {
            if haystack.distance(from: at, to: haystack.endIndex) < needle.count { return nil }
            var k = 1, j = haystack.index(after: at)
            while k < needle.count, haystack[j] == needle[k] { k += 1; j = haystack.index(after: j) }
            if k == needle.count { return at }
            i = haystack.index(after: at)
        }
        return nil
    }
}
