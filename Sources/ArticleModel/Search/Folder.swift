extension SearchIndex {
    /// Folds words: ASCII lower-cased; other characters as `SearchFolding` says, cached.
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
                    let folded = SearchFolding.fold(v)
                    cache[v] = folded
                    out.append(contentsOf: folded)
                }
                i += len
            }
        }
    }
}
