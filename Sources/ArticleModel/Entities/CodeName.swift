/// Names made of digits and capital letters: "18F", "17N", "3M" (digits first), "4-H", "F-16", "S-400" (a
/// hyphen between digits and capitals). Not amounts ("$3M", "5KM"), times ("9PM", "1425Z": four digits or more),
/// eras ("300BC"), dimensions ("3D"), nor the numbers of paragraphs, notes and sections ("paragraph 12B", "4A."
/// opening a sentence).
enum CodeName {
    /// Tokens the code name at `i` spans (1 or 2), nil without one. `limit`: the end of the sentence.
    static func length(_ text: [UInt8], _ tokens: [Token], _ i: Int, limit: Int, sentenceStart: Int) -> Int? {
        let t = tokens[i]
        guard t.isWord, !isAfterNumbering(text, tokens, i, sentenceStart: sentenceStart) else { return nil }
        var n: Int? = nil
        if Bytes.isDigit(text[t.start]) {
            let (upper, lower, digits) = counts(text, t)
            if upper >= 1, lower == 0, digits <= 3, t.end - t.start <= 6, Bytes.isUpper(text[t.end - 1]),
               !isUnit(text, t, digits: digits) {
                n = 1
            } else if upper == 0, lower == 0, digits <= 2, i + 1 < limit, tokens[i + 1].isWord, tokens[i + 1].joined == UInt8(ascii: "-"),
                      tokens[i + 1].end - tokens[i + 1].start == 1, tokens[i + 1].isCapitalised {
                n = 2 // "4-H"
            }
        } else if t.isCapitalised, !t.hasDigit, t.end - t.start <= 3, t.isAllCaps || t.end - t.start == 1,
                  i + 1 < limit, tokens[i + 1].isWord, tokens[i + 1].joined == UInt8(ascii: "-") {
            let (upper, lower, digits) = counts(text, tokens[i + 1])
            if upper == 0, lower == 0, (1...4).contains(digits) { n = 2 } // "F-16", "S-400"
        }
        guard let n else { return nil }
        // Not part of a longer joined word ("4-H-style" is fine, "F-16-2" a part number) nor amounts ("$3M").
        if i + n < limit, tokens[i + n].isWord, tokens[i + n].joined != 0, tokens[i + n].hasDigit { return nil }
        if isAfterCurrency(text, t.start) { return nil }
        return n
    }

    /// "EUR/SE", "NEA/ARP": two words of two to five capitals joined by a slash, an office's symbol (an
    /// organisation), not two names; not part of a longer joined word.
    static func isOfficeSymbol(_ text: [UInt8], _ tokens: [Token], _ i: Int, limit: Int) -> Bool {
        guard i + 1 < limit else { return false }
        let t = tokens[i], u = tokens[i + 1]
        guard t.isWord, t.isAllCaps, !t.hasDigit, t.joined == 0, u.isWord, u.joined == UInt8(ascii: "/"), u.isAllCaps, !u.hasDigit,
              (2...5).contains(t.end - t.start), (2...5).contains(u.end - u.start) else { return false }
        guard text[t.start..<u.end].allSatisfy({ Bytes.isUpper($0) || $0 == UInt8(ascii: "/") }) else { return false }
        return !(i + 2 < limit && tokens[i + 2].isWord && tokens[i + 2].joined != 0)
    }

    /// Capitals, lower-case letters and digits in a token.
    static func counts(_ text: [UInt8], _ t: Token) -> (upper: Int, lower: Int, digits: Int) {
        var upper = 0, lower = 0, digits = 0
        for b in text[t.start..<t.end] {
            if Bytes.isDigit(b) { digits += 1 } else if Bytes.isUpper(b) { upper += 1 } else { lower += 1 }
        }
        return (upper, lower, digits)
    }

    /// "5KM", "9PM", "300BC", "3D", "12V", "4K": digits then a unit, a time, an era or an amount's letter (not "M",
    /// which "3M" names as often as it counts millions; "$3M" is an amount by its currency sign).
    static func isUnit(_ text: [UInt8], _ t: Token, digits: Int) -> Bool {
        var letters = text[t.start..<t.end].drop { Bytes.isDigit($0) }
        guard letters.allSatisfy({ Bytes.isUpper($0) }) else { return true } // "3G2" and the like
        letters = letters.prefix(4)
        return CodeName.units.contains(Array(letters))
    }

    static let units: [[UInt8]] = ["K", "B", "BN", "MN", "KB", "MB", "GB", "TB", "KM", "KG", "MM", "CM", "HP", "KW", "MW", "GW",
                                   "KWH", "MWH", "AM", "PM", "BC", "AD", "BCE", "CE", "D", "V", "W", "X"].map { Array($0.utf8) }

    /// Whether a currency sign stands right before `start` ("$3M", "£4B", "€2M").
    static func isAfterCurrency(_ text: [UInt8], _ start: Int) -> Bool {
        guard start > 0 else { return false }
        if text[start - 1] == UInt8(ascii: "$") { return true }
        if start >= 2, text[start - 2] == 0xC2, text[start - 1] == 0xA3 || text[start - 1] == 0xA5 { return true } // £ ¥
        return start >= 3 && text[start - 3] == 0xE2 && text[start - 2] == 0x82 && text[start - 1] == 0xAC // €
    }

    /// "paragraph 12B", "note 4A", or "12B." / "4A)" opening a sentence: a number, not a name.
    static func isAfterNumbering(_ text: [UInt8], _ tokens: [Token], _ i: Int, sentenceStart: Int) -> Bool {
        if i > 0, tokens[i - 1].isWord, CodeName.numberingWords.contains(tokens[i - 1].hash) { return true }
        guard i == sentenceStart || (i > 0 && !tokens[i - 1].isWord && tokens[i - 1].punct == UInt8(ascii: "(")) else { return false }
        return i + 1 < tokens.count && !tokens[i + 1].isWord
            && (tokens[i + 1].punct == UInt8(ascii: ".") || tokens[i + 1].punct == UInt8(ascii: ")"))
    }

    static let numberingWords: [UInt64] = ["paragraph", "para", "paras", "paragraphs", "section", "sections", "note", "notes",
                                           "footnote", "page", "pages", "chapter", "article", "figure", "fig", "table", "room",
                                           "item", "annex", "appendix", "clause", "part", "line", "box", "exhibit", "no", "number",
                                           "form", "schedule", "rule", "title", "volume", "vol", "p", "pp"].map { TextHash.of($0.utf8) }
}
