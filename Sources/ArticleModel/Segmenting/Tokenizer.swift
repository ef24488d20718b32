/// Word and punctuation tokens of a span of UTF-8 text, for the entity recognizer.
/// One pass over the bytes; every word carries a 64-bit hash of its lower-cased text so that
/// lookups into the knowledge tables never build a String.
struct Token {
    /// Word bytes, without a possessive "'s": `start..<end`.
    var start: Int
    private var length: UInt32
    /// Bytes of a possessive suffix after `end` ("'s", "’s", "’"): at most 4.
    private var suffix: UInt8
    /// For punctuation: the character (ASCII byte, or a code below for some multi-byte marks).
    var punct: UInt8
    /// Separator before this token: 0 none/space, `-` hyphen or en dash joined to the previous word,
    /// `/` slash joined to the previous word.
    var joined: UInt8
    private var flags: UInt8
    /// Hash of the lower-cased word. (The hash of the word as written, needed only for the few forms
    /// matched as written, is `Tokenizer.exactHash`, computed when asked.)
    var hash: UInt64
    // 24 bytes a token (it was 56 with Int offsets, a Bool a flag and a stored exact hash): the recognizer
    // holds one per word and punctuation mark of the whole text, so this is most of its memory.

    init(start: Int, end: Int, fullEnd: Int, punct: UInt8, joined: UInt8, isWord: Bool, isCapitalised: Bool,
         isAllCaps: Bool, isPossessive: Bool, hasDigit: Bool, spaceBefore: Bool, gapBefore: Bool = false,
         hash: UInt64) {
        self.start = start
        // (A token of 4 GB or more, which only a URL without spaces could be, is cut at 4 GB.)
        length = UInt32(clamping: end - start)
        suffix = UInt8(clamping: fullEnd - end)
        self.punct = punct
        self.joined = joined
        var f: UInt8 = 0
        if isWord { f |= Token.wordFlag }
        if isCapitalised { f |= Token.capitalisedFlag }
        if isAllCaps { f |= Token.allCapsFlag }
        if isPossessive { f |= Token.possessiveFlag }
        if hasDigit { f |= Token.digitFlag }
        if spaceBefore { f |= Token.spaceFlag }
        if gapBefore { f |= Token.gapFlag }
        flags = f
        self.hash = hash
    }

    private static let wordFlag: UInt8 = 1, capitalisedFlag: UInt8 = 2, allCapsFlag: UInt8 = 4, possessiveFlag: UInt8 = 8
    private static let digitFlag: UInt8 = 16, spaceFlag: UInt8 = 32, gapFlag: UInt8 = 64

    @inline(__always) private func flag(_ f: UInt8) -> Bool { flags & f != 0 }
    @inline(__always) private mutating func set(_ f: UInt8, _ on: Bool) { if on { flags |= f } else { flags &= ~f } }

    var end: Int { @inline(__always) get { start + Int(length) } }
    /// End including a possessive suffix, if any.
    var fullEnd: Int { @inline(__always) get { start + Int(length) + Int(suffix) } }
    var isWord: Bool { @inline(__always) get { flag(Token.wordFlag) } }
    /// First letter upper case.
    var isCapitalised: Bool {
        @inline(__always) get { flag(Token.capitalisedFlag) }
        set { set(Token.capitalisedFlag, newValue) }
    }
    /// Two or more letters, none lower case ("NATO", "U.S.", "THƯỞNG").
    var isAllCaps: Bool { @inline(__always) get { flag(Token.allCapsFlag) } }
    var isPossessive: Bool { @inline(__always) get { flag(Token.possessiveFlag) } }
    var hasDigit: Bool { @inline(__always) get { flag(Token.digitFlag) } }
    var spaceBefore: Bool { @inline(__always) get { flag(Token.spaceFlag) } }
    /// The space before is a column or layout gap (two spaces, a tab, an indented new line): no name crosses it.
    var gapBefore: Bool {
        @inline(__always) get { flag(Token.gapFlag) }
        set { set(Token.gapFlag, newValue) }
    }
}

enum Punct {
    static let openQuote: UInt8 = 1     // “ ‘
    static let closeQuote: UInt8 = 2    // ” ’
    static let dash: UInt8 = 3          // — – used as a clause break
    static let ellipsis: UInt8 = 4      // …
    static let other: UInt8 = 5
}

enum TextHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func add(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    /// Combines a phrase hash so far with the next token's hash and the separator before it.
    @inline(__always) static func combine(_ h: UInt64, _ sep: UInt8, _ token: UInt64) -> UInt64 {
        var x = add(h, sep)
        x = (x ^ token) &* 0x9E37_79B9_7F4A_7C15
        return x ^ (x >> 29)
    }
    static func of<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = seed
        for b in bytes { h = add(h, b) }
        return h
    }
}

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
}

/// A set of 64-bit word hashes, the keys kept in the open-addressing table itself: an insert or a
/// look-up is a probe or two of one array. (`HashSet` keeps an entry list behind its table and a
/// value per key, three arrays to check and grow a word; the recognizer asks a few times a word.)
/// Key 0 is kept aside, as 0 marks an empty slot.
struct WordSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private var count = 0
    private var hasZero = false

    /// A table of the power of two slots at least twice `capacity` (16 at least).
    init(capacity: Int = 256) {
        let bits = max(4, Int.bitWidth - (max(capacity * 2, 2) - 1).leadingZeroBitCount)
        mask = (1 << bits) - 1
        slots = [UInt64](repeating: 0, count: mask + 1)
    }

    @inline(__always) private static func start(_ key: UInt64, _ mask: Int) -> Int {
        let h = key &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h ^ (h &>> 32)) & mask
    }

    func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { s in
            var i = WordSet.start(key, mask)
            while true {
                let k = s[i]
                if k == key { return true }
                if k == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    mutating func insert(_ key: UInt64) {
        if key == 0 { hasZero = true; return }
        let mask = self.mask
        let added: Bool = slots.withUnsafeMutableBufferPointer { s in
            var i = WordSet.start(key, mask)
            while true {
                let k = s[i]
                if k == key { return false }
                if k == 0 { s[i] = key; return true }
                i = (i + 1) & mask
            }
        }
        if added {
            count += 1
            if count * 2 > mask { grow() }
        }
    }

    private mutating func grow() {
        let old = slots
        let n = (mask + 1) * 2
        slots = [UInt64](repeating: 0, count: n)
        mask = n - 1
        let mask = self.mask
        slots.withUnsafeMutableBufferPointer { s in
            for key in old where key != 0 {
                var i = WordSet.start(key, mask)
                while s[i] != 0 { i = (i + 1) & mask }
                s[i] = key
            }
        }
    }
}
