import Foundation // compatibility decomposition (once per distinct non-ASCII character: the folder caches it)

/// How search folds a character that is not ASCII, in the index and in the query alike: Unicode
/// compatibility decomposition (NFKD: a ligature becomes its letters, a full-width or circled letter its
/// plain one), then marks and format characters dropped (accents, the soft hyphen), then lower case
/// with the full case foldings that lower-casing misses (ß → ss, final ς → σ) and a few letters read as
/// others (ø → o, ł → l). Compatibility forms of ASCII punctuation or spaces (a full-width comma) fold
/// to nothing, as ASCII punctuation is no part of a word.
///
/// A folded character is at most three times its own length (as a Hangul syllable's letters are), so the
/// index's vocabulary stays within three times the text and its 32-bit offsets: the few compatibility
/// forms that spell a whole phrase (the Arabic ligature U+FDFA, 33 bytes from 3) fold as themselves.
enum SearchFolding {
    static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let letters = special[scalar.value] { return letters }
        var out: [UInt8] = []
        for u in String(Character(scalar)).decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch u.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            default: break
            }
            if u.isASCII {
                let b = UInt8(u.value)
                if Bytes.isASCIILetter(b) || Bytes.isDigit(b) { out.append(Bytes.lower(b)) }
            } else if let letters = special[u.value] {
                out += letters
            } else {
                out += String(u).lowercased().utf8
            }
        }
        if out.count > 3 * UTF8.width(scalar) { return Array(String(scalar).lowercased().utf8) }
        return out
    }

    /// The folded form of the scalar with value `v` (nothing for a value that is not a scalar).
    static func fold(_ v: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(v) else { return [] }
        return fold(scalar)
    }

    static let special: [UInt32: [UInt8]] = [
        0x111: Array("d".utf8), 0x110: Array("d".utf8),   // đ Đ
        0xF8: Array("o".utf8), 0xD8: Array("o".utf8),     // ø Ø
        0x142: Array("l".utf8), 0x141: Array("l".utf8),   // ł Ł
        0xDF: Array("ss".utf8), 0x1E9E: Array("ss".utf8), // ß ẞ
        0xE6: Array("ae".utf8), 0xC6: Array("ae".utf8),   // æ Æ
        0x153: Array("oe".utf8), 0x152: Array("oe".utf8), // œ Œ
        0x3C2: Array("σ".utf8),                           // ς (final sigma)
    ]
}
