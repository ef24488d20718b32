/// A word or punctuation mark of the text, as the entity recognizer reads it (made by `Tokenizer`).
/// 24 bytes: the recognizer holds one per word and mark of the paragraph at hand.
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

/// Codes for the punctuation marks that are not one ASCII byte (`Token.punct`).
enum Punct {
    static let openQuote: UInt8 = 1     // “ ‘
    static let closeQuote: UInt8 = 2    // ” ’
    static let dash: UInt8 = 3          // — – used as a clause break
    static let ellipsis: UInt8 = 4      // …
    static let other: UInt8 = 5
}
