/// Checks on how a single word token is written, read from the text's bytes: the recognizer uses
/// them to tell names from numbers, plurals and common nouns.
enum WordShape {
    /// "II", "XIV": a Roman numeral (part of a name such as "World War II", never a name alone).
    static func isRoman(_ text: [UInt8], _ t: Token) -> Bool {
        for i in t.start..<t.end where !isRomanDigit(text[i]) { return false }
        return true
    }

    @inline(__always) private static func isRomanDigit(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "I") || b == UInt8(ascii: "V") || b == UInt8(ascii: "X") || b == UInt8(ascii: "L")
    }

    /// "10th", "21st", "2nd": a number with an ordinal suffix.
    static func isOrdinal(_ text: [UInt8], _ t: Token) -> Bool {
        guard t.isWord, t.hasDigit, t.end - t.start >= 3, Bytes.isDigit(text[t.start]) else { return false }
        let a = Bytes.lower(text[t.end - 2]), b = Bytes.lower(text[t.end - 1])
        return (a == UInt8(ascii: "s") && b == UInt8(ascii: "t")) || (a == UInt8(ascii: "n") && b == UInt8(ascii: "d"))
            || (a == UInt8(ascii: "r") && b == UInt8(ascii: "d")) || (a == UInt8(ascii: "t") && b == UInt8(ascii: "h"))
    }

    /// Hash of a capitalised word without its plural "s" ("Commissions" → "commission").
    static func singularHash(_ text: [UInt8], _ t: Token) -> UInt64? {
        guard t.end - t.start >= 4, text[t.end - 1] == UInt8(ascii: "s"), text[t.end - 2] != UInt8(ascii: "s") else { return nil }
        var h = TextHash.seed
        for i in t.start..<(t.end - 1) {
            let b = text[i]
            if b >= 0x80 { return nil }
            h = TextHash.add(h, Bytes.lower(b))
        }
        return h
    }

    /// "Demilitarization", "Disarmament": a single capitalised word with a common-noun ending.
    static func hasCommonSuffix(_ text: [UInt8], _ t: Token) -> Bool {
        for suffix in commonSuffixes where t.end - t.start > suffix.count + 2 {
            var matches = true
            for (o, b) in suffix.enumerated() where text[t.end - suffix.count + o] != b { matches = false; break }
            if matches { return true }
        }
        return false
    }

    static let commonSuffixes: [[UInt8]] = ["tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence"].map { Array($0.utf8) }

    /// "MIAs", "UXOs": a plural of an acronym, a common noun.
    static func isPluralAcronym(_ text: [UInt8], _ t: Token) -> Bool {
        guard t.end - t.start >= 3, text[t.end - 1] == UInt8(ascii: "s") else { return false }
        for i in t.start..<(t.end - 1) where !Bytes.isUpper(text[i]) { return false }
        return true
    }

    /// "PayScale", "InsideTrack": a word of ASCII letters with a capital after two or more lower-case
    /// letters ("McDonald", "DeWitt" have fewer before theirs; "MacArthur" is a surname).
    static func isCamelCase(_ text: [UInt8], _ r: TextRange) -> Bool {
        guard r.count >= 5, Bytes.isUpper(text[r.start]),
              !(text[r.start + 1] == UInt8(ascii: "a") && text[r.start + 2] == UInt8(ascii: "c")) else { return false }
        var lower = 0
        for i in (r.start + 1)..<r.end {
            let b = text[i]
            if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { lower += 1 }
            else if Bytes.isUpper(b) { if lower >= 2, i + 1 < r.end { return true }; lower = 0 }
            else { return false }
        }
        return false
    }
}
