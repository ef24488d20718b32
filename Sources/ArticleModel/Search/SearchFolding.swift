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
public enum SearchFolding {
    static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let letters = special[scalar.value] { return letters }
        var out: [UInt8] = []
        for u in decomposition(of: scalar) {
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

    /// The scalar's compatibility decomposition (NFKD), or the scalar itself where it has none.
    static func decomposition(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let v = scalar.value
        if (0xAC00...0xD7A3).contains(v) {
            // A Hangul syllable: its leading consonant, vowel and (when there is one) trailing consonant.
            let s = v - 0xAC00
            let l = 0x1100 + s / 588, vowel = 0x1161 + (s % 588) / 28, t = 0x11A7 + s % 28
            return (t == 0x11A7 ? [l, vowel] : [l, vowel, t]).compactMap(Unicode.Scalar.init)
        }
        guard let parts = decompositionParts(v) else { return [scalar] }
        return parts.compactMap(Unicode.Scalar.init)
    }

    /// Where each entry of `decompositionTable` (generated at build time, in ascending order of its
    /// scalar) starts: one pass over its bytes on the first character that needs it, so that a lookup
    /// is a binary search and no dictionary of arrays is built at every start.
    static let entryStarts: [Int32] = {
        var table = decompositionTable
        return table.withUTF8 { t in
            guard !t.isEmpty else { return [] }
            var starts: [Int32] = [0]
            for i in t.indices.dropLast() where t[i] == UInt8(ascii: ";") { starts.append(Int32(i + 1)) }
            return starts
        }
    }()

    /// The decomposition of the scalar with value `v` from the table, or nil where it has none there.
    static func decompositionParts(_ v: UInt32) -> [UInt32]? {
        var table = decompositionTable
        return table.withUTF8 { t -> [UInt32]? in
            var (lo, hi) = (0, entryStarts.count)
            while lo < hi {
                let mid = (lo + hi) / 2
                var i = Int(entryStarts[mid])
                let key = hexNumber(t, &i)
                if key < v { lo = mid + 1; continue }
                if key > v { hi = mid; continue }
                var parts: [UInt32] = []
                while i < t.count, t[i] != UInt8(ascii: ";") {
                    i += 1 // the ':' or the ' ' before each part
                    parts.append(hexNumber(t, &i))
                }
                return parts
            }
            return nil
        }
    }

    /// The hexadecimal number at `i`, which is left on the first byte after it.
    static func hexNumber(_ t: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32 {
        var n: UInt32 = 0
        while i < t.count {
            let b = t[i]
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            default: return n
            }
            n = n << 4 | UInt32(d)
            i += 1
        }
        return n
    }

    /// A name or query folded as search folds text: lower case, without accents or compatibility forms.
    public static func folded(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        var folder = SearchIndex.Folder()
        folder.fold(bytes, 0..<bytes.count, into: &out)
        return String(decoding: out, as: UTF8.self)
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

#if DOSSIER_FUZZ
extension SearchFolding {
    /// (The fuzzing build has no build-time generator: no compatibility decompositions there.)
    static let decompositionTable = ""
}
#endif
