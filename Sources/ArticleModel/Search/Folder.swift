import Foundation // canonical decomposition for accent folding (once per distinct non-ASCII letter)

extension SearchIndex {
    /// Folds words: ASCII lower-cased; other letters decomposed, marks dropped, lower-cased.
    struct Folder {
        var cache: [UInt32: [UInt8]] = [:]

        mutating func fold(_ s: [UInt8], _ r: Range<Int>, into out: inout [UInt8]) {
            var i = r.lowerBound
            while i < r.upperBound {
                let b = s[i]
                if b < 0x80 { out.append(Bytes.lower(b)); i += 1; continue }
                let len = min(Bytes.charLength(b), r.upperBound - i)
                var v: UInt32 = 0
                switch len {
                case 2: v = UInt32(b & 0x1F) << 6 | UInt32(s[i + 1] & 0x3F)
                case 3: v = UInt32(b & 0x0F) << 12 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F)
                case 4: v = UInt32(b & 0x07) << 18 | UInt32(s[i + 1] & 0x3F) << 12 | UInt32(s[i + 2] & 0x3F) << 6 | UInt32(s[i + 3] & 0x3F)
                default: i += 1; continue
                }
                if let known = cache[v] { out.append(contentsOf: known) } else {
                    let folded = Folder.foldScalar(v)
                    cache[v] = folded
                    out.append(contentsOf: folded)
                }
                i += len
            }
        }

        static func foldScalar(_ v: UInt32) -> [UInt8] {
            guard let scalar = Unicode.Scalar(v) else { return [] }
            switch v {
            case 0x111, 0x110: return Array("d".utf8) // đ Đ
            case 0xF8, 0xD8: return Array("o".utf8)   // ø Ø
            case 0x142, 0x141: return Array("l".utf8) // ł Ł
            case 0xDF: return Array("ss".utf8)        // ß
            case 0xE6, 0xC6: return Array("ae".utf8)  // æ Æ
            case 0x153, 0x152: return Array("oe".utf8) // œ Œ
            default: break
            }
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark { return [] }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
            var kept = String.UnicodeScalarView()
            for u in decomposed.unicodeScalars where u.properties.generalCategory != .nonspacingMark { kept.append(u) }
            return Array(String(kept).lowercased().utf8)
        }
    }
}
