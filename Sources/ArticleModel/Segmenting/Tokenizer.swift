/// Splits a span of UTF-8 text into word and punctuation tokens for the entity recognizer, in one
/// pass over the bytes; every word carries a 64-bit hash of its lower-cased text so that lookups
/// into the knowledge tables never build a String.
enum Tokenizer {
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    /// Length of the UTF-8 sequence starting with lead byte `b`.
    @inline(__always) static func seqLength(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    /// Decodes the scalar at `i` (assumes valid UTF-8, which the loader guarantees).
    static func scalar(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Unicode.Scalar?, Int) {
        let b = s[i]
        let n = seqLength(b)
        guard i + n <= end else { return (nil, 1) }
        var v: UInt32
        switch n {
        case 1: v = UInt32(b)
        case 2: v = UInt32(b & 0x1F)
        case 3: v = UInt32(b & 0x0F)
        default: v = UInt32(b & 0x07)
        }
        if n > 1 { for k in 1..<n { v = (v << 6) | UInt32(s[i + k] & 0x3F) } }
        return (Unicode.Scalar(v), n)
    }

    /// Whether the multi-byte character at `i` is a letter or mark (part of a word).
    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
        if v == 0xD7 || v == 0xF7 { return false }
        if v >= 0x2000 && v <= 0x2BFF { return false }      // punctuation, symbols, arrows
        if v >= 0x3000 && v <= 0x303F { return false }      // CJK punctuation
        if v >= 0xFE00 && v <= 0xFE0F { return true }       // variation selectors
        if v >= 0xFF00 && v <= 0xFF0F { return false }
        let p = c.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    /// Tokens of `s[range]`.
    static func tokens(_ bytes: [UInt8], _ range: TextRange, into out: inout [Token]) {
        bytes.withUnsafeBufferPointer { tokens($0, range, into: &out) }
    }

    static func tokens(_ s: UnsafeBufferPointer<UInt8>, _ range: TextRange, into out: inout [Token]) {
        var i = range.start
        let end = range.end
        var space = true
        var gap = false
        var pendingJoin: UInt8 = 0
        while i < end {
            if !space { gap = false }
            let b = s[i]
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                // Two spaces, a tab, or a line break followed by indentation: a gap between table cells or lines.
                if b == UInt8(ascii: "\t") || (i + 1 < end && (s[i + 1] == UInt8(ascii: " ") || s[i + 1] == UInt8(ascii: "\t")) && (b == UInt8(ascii: " ") || b == UInt8(ascii: "\n"))) { gap = true }
                space = true; pendingJoin = 0; i += 1; continue
            }
            if b < 0x80 {
                if isASCIILetter(b) || isDigit(b) {
                    // (The bracket before is looked at only for a word starting "h" or "w".)
                    if b == UInt8(ascii: "h") || b == UInt8(ascii: "w"),
                       space || i > range.start && (s[i - 1] == UInt8(ascii: "(") || s[i - 1] == UInt8(ascii: "<") || s[i - 1] == UInt8(ascii: "[")),
                       let after = urlEnd(s, i, end) { // a URL is not words
                        out.append(punctToken(i, after, Punct.other, space))
                        i = after; space = false; pendingJoin = 0
                        continue
                    }
                    i = word(s, i, end, space: space, gap: gap, joined: pendingJoin, into: &out)
                    space = false; pendingJoin = 0
                    continue
                }
                // Hyphen or slash joining two words without spaces.
                if (b == UInt8(ascii: "-") || b == UInt8(ascii: "/")), !space, i + 1 < end, let last = out.last, last.isWord, last.fullEnd == i,
                   startsWord(s, i + 1, end) {
                    pendingJoin = b == UInt8(ascii: "/") ? UInt8(ascii: "/") : UInt8(ascii: "-")
                    i += 1
                    continue
                }
                out.append(punctToken(i, i + 1, b, space))
                space = false; pendingJoin = 0
                i += 1
                continue
            }
            let (c, n) = scalar(s, i, end)
            guard let c else { i += 1; continue }
            if c.value == 0xA0 || c.value == 0x2009 || c.value == 0x202F { space = true; i += n; continue }
            if isWordScalar(c) {
                i = word(s, i, end, space: space, gap: gap, joined: pendingJoin, into: &out)
                space = false; pendingJoin = 0
                continue
            }
            if c.value == 0x2013, !space, let last = out.last, last.isWord, last.fullEnd == i, startsWord(s, i + n, end) {
                pendingJoin = UInt8(ascii: "-") // en dash between words: "Oder–Neisse"
                i += n
                continue
            }
            let code: UInt8
            switch c.value {
            case 0x201C, 0x2018, 0x00AB: code = Punct.openQuote
            case 0x201D, 0x2019, 0x00BB: code = Punct.closeQuote
            case 0x2013, 0x2014, 0x2015: code = Punct.dash
            case 0x2026: code = Punct.ellipsis
            default: code = Punct.other
            }
            out.append(punctToken(i, i + n, code, space))
            space = false; pendingJoin = 0
            i += n
        }
    }

    static let urlPrefixes: [[UInt8]] = ["http://", "https://", "www."].map { Array($0.utf8) }

    /// The end of a URL starting at `i` ("https://…", "www.…"), or nil.
    static func urlEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        for p in urlPrefixes where i + p.count < end {
            var ok = true
            for (o, c) in p.enumerated() where s[i + o] != c { ok = false; break }
            guard ok else { continue }
            var j = i + p.count
            while j < end, s[j] > UInt8(ascii: " "), s[j] != UInt8(ascii: ")"), s[j] != UInt8(ascii: "]"), s[j] != UInt8(ascii: ">"), s[j] != UInt8(ascii: "\"") { j += 1 }
            while j > i + p.count, s[j - 1] == UInt8(ascii: ".") || s[j - 1] == UInt8(ascii: ",") || s[j - 1] == UInt8(ascii: ";") { j -= 1 }
            return j
        }
        return nil
    }

    static func startsWord(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i < end else { return false }
        let b = s[i]
        if b < 0x80 { return isASCIILetter(b) || isDigit(b) }
        let (c, _) = scalar(s, i, end)
        return c.map(isWordScalar) ?? false
    }

    static func punctToken(_ a: Int, _ b: Int, _ code: UInt8, _ space: Bool) -> Token {
        Token(start: a, end: b, fullEnd: b, punct: code, joined: 0, isWord: false, isCapitalised: false, isAllCaps: false,
              isPossessive: false, hasDigit: false, spaceBefore: space, hash: 0)
    }

    /// Reads one word starting at `start`; returns the index after it.
    static func word(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, space: Bool, gap: Bool, joined: UInt8,
                     into out: inout [Token]) -> Int {
        // Most words are ASCII letters and digits ended by a space or a mark: one pass, hashing as it goes.
        // A word going on with an apostrophe, a period or a non-ASCII character takes the general way below.
        var hash = TextHash.seed
        var upper = 0, lower = 0
        var digit = false
        var j = start
        while j < end {
            let b = s[j]
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { upper += 1; hash = TextHash.add(hash, b | 0x20) }
            else if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { lower += 1; hash = TextHash.add(hash, b) }
            else if isDigit(b) { digit = true; hash = TextHash.add(hash, b) }
            else { break }
            j += 1
        }
        if j == end || !(s[j] >= 0x80 || s[j] == UInt8(ascii: "'") || s[j] == UInt8(ascii: ".")) {
            let b = s[start]
            out.append(Token(start: start, end: j, fullEnd: j, punct: 0, joined: joined, isWord: true,
                             isCapitalised: b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"), isAllCaps: upper >= 2 && lower == 0,
                             isPossessive: false, hasDigit: digit, spaceBefore: space, gapBefore: gap, hash: hash))
            return j
        }
        return generalWord(s, start, end, space: space, gap: gap, joined: joined, into: &out)
    }

    static func generalWord(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, space: Bool, gap: Bool,
                            joined: UInt8, into out: inout [Token]) -> Int {
        var i = start
        var ascii = true
        var upper = 0, lower = 0, letters = 0
        var digit = false
        var firstUpper = false
        var first = true
        var possessive = false
        var wordEnd = -1
        while i < end {
            let b = s[i]
            if b < 0x80 {
                if isASCIILetter(b) {
                    letters += 1
                    if b <= UInt8(ascii: "Z") { upper += 1; if first { firstUpper = true } } else { lower += 1 }
                    first = false
                    i += 1
                    continue
                }
                if isDigit(b) { digit = true; first = false; i += 1; continue }
                if b == UInt8(ascii: "'") { // apostrophe
                    if let r = apostrophe(s, i, 1, end) { if r.possessive { possessive = true; wordEnd = i; i = r.next; break } else { i = r.next; continue } }
                    break
                }
                if b == UInt8(ascii: "."), i - start == 2, upper == 1, lower == 1, i + 2 < end, s[i + 1] == UInt8(ascii: " "),
                   (s[start] == UInt8(ascii: "S") && s[start + 1] == UInt8(ascii: "t")) || (s[start] == UInt8(ascii: "M") && s[start + 1] == UInt8(ascii: "t"))
                    || (s[start] == UInt8(ascii: "F") && s[start + 1] == UInt8(ascii: "t")), s[i + 2] >= UInt8(ascii: "A") && s[i + 2] <= UInt8(ascii: "Z") {
                    i += 1 // "St. Petersburg", "Mt. Everest": the abbreviation keeps its period
                    break
                }
                if b == UInt8(ascii: "."), letters == 1, i - start == 1, upper == 1, i + 2 < end, isASCIILetter(s[i + 1]), s[i + 2] == UInt8(ascii: ".") {
                    // Dotted abbreviation: U.S., U.S.A., P.M., D.C.
                    var j = i
                    while j + 2 < end, s[j] == UInt8(ascii: "."), isASCIILetter(s[j + 1]), s[j + 2] == UInt8(ascii: ".") {
                        letters += 1
                        if s[j + 1] <= UInt8(ascii: "Z") { upper += 1 } else { lower += 1 }
                        j += 2
                    }
                    i = j + 1
                    break
                }
                break
            }
            let (c, n) = scalar(s, i, end)
            guard let c else { break }
            if c.value == 0x2019 {
                ascii = false
                if let r = apostrophe(s, i, n, end) { if r.possessive { possessive = true; wordEnd = i; i = r.next; break } else { i = r.next; continue } }
                break
            }
            if !isWordScalar(c) { break }
            ascii = false
            let p = c.properties
            if p.isAlphabetic {
                letters += 1
                if p.isUppercase { upper += 1; if first { firstUpper = true } } else if p.isLowercase { lower += 1 }
            }
            first = false
            i += n
        }
        let wEnd = wordEnd >= 0 ? wordEnd : i
        var hash = TextHash.seed
        if ascii {
            if firstUpper || upper > 0 {
                for k in start..<wEnd {
                    let b = s[k]
                    hash = TextHash.add(hash, (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) ? b | 0x20 : b)
                }
            } else {
                for k in start..<wEnd { hash = TextHash.add(hash, s[k]) }
            }
        } else {
            hash = TextHash.of(straightApostrophes(s[start..<wEnd]).lowercased().utf8)
        }
        out.append(Token(start: start, end: wEnd, fullEnd: i, punct: 0, joined: joined, isWord: true,
                         isCapitalised: firstUpper, isAllCaps: upper >= 2 && lower == 0,
                         isPossessive: possessive, hasDigit: digit, spaceBefore: space, gapBefore: gap, hash: hash))
        return i
    }

    /// Curly apostrophes as straight ones: "I’m" is "I'm". (On the bytes: mapping the Characters of a
    /// String broke every non-ASCII word into graphemes, most of the tokenizer's time on such words.)
    static func straightApostrophes(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == 0xE2, i + 2 < bytes.endIndex, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                out.append(UInt8(ascii: "'")); i += 3
            } else {
                out.append(bytes[i]); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Hash of a word as written (curly apostrophes straight), 0 for punctuation: the key of forms that
    /// match only as written ("US", "NATO").
    static func exactHash(_ s: UnsafeBufferPointer<UInt8>, _ t: Token) -> UInt64 {
        guard t.isWord else { return 0 }
        var h = TextHash.seed
        for k in t.start..<t.end {
            let b = s[k]
            if b >= 0x80 { return TextHash.of(straightApostrophes(s[t.start..<t.end]).utf8) }
            h = TextHash.add(h, b)
        }
        return h
    }

    static func exactHash(_ bytes: [UInt8], _ t: Token) -> UInt64 {
        bytes.withUnsafeBufferPointer { exactHash($0, t) }
    }

    /// An apostrophe of byte length `n` at `i` inside a word: possessive "'s" / "’s" / plural "s'",
    /// or an inner apostrophe ("don't", "O'Brien", "d'Ivoire").
    static func apostrophe(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int, _ end: Int) -> (possessive: Bool, next: Int)? {
        let j = i + n
        if j < end, s[j] == UInt8(ascii: "s") || s[j] == UInt8(ascii: "S") { // 's
            if j + 1 >= end || !startsWord(s, j + 1, end) { return (true, j + 1) }
        }
        if j < end, startsWord(s, j, end) { return (false, j) }
        // Plural possessive "countries’": treat as possessive with no s.
        if i > 0, s[i - 1] == UInt8(ascii: "s") { return (true, j) }
        return nil
    }

    /// Lower-cased phrase hash of a sequence of tokens, the way knowledge forms are keyed.
    static func phraseHash(_ tokens: ArraySlice<Token>) -> UInt64 {
        var h = TextHash.seed
        var prevPossessive = false
        var first = true
        for t in tokens where t.isWord {
            let sep: UInt8 = first ? 0 : (prevPossessive ? UInt8(ascii: "'") : (t.joined != 0 ? t.joined : UInt8(ascii: " ")))
            h = TextHash.combine(h, sep, t.hash)
            prevPossessive = t.isPossessive
            first = false
        }
        return h
    }

    /// Lower-cased phrase hash of the tokens at `indices` (as `Tokenizer.phraseHash`, without copying tokens).
    static func phraseHash(_ tokens: [Token], _ indices: ArraySlice<Int>) -> UInt64 {
        var h = TextHash.seed
        var prevPossessive = false
        var first = true
        for i in indices where tokens[i].isWord {
            let t = tokens[i]
            let sep: UInt8 = first ? 0 : (prevPossessive ? UInt8(ascii: "'") : (t.joined != 0 ? t.joined : UInt8(ascii: " ")))
            h = TextHash.combine(h, sep, t.hash)
            prevPossessive = t.isPossessive
            first = false
        }
        return h
    }
}
