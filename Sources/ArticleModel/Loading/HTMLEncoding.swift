/// The character encoding of an HTML page: a byte-order mark, else the `meta` charset or XML
/// declaration near the top, else UTF-8 (a page with invalid UTF-8 but no valid multi-byte sequence
/// is read as Windows-1252, as browsers do with undeclared Latin text).
enum HTMLEncoding {
    /// The encoding to tell the parser (nil: UTF-8, offsets exact) and, when invalid UTF-8 had to be
    /// repaired first, the repaired bytes.
    static func prepare(_ bytes: [UInt8]) -> (encoding: String?, converted: [UInt8]?) {
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return ("UTF-16LE", nil) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return ("UTF-16BE", nil) }
        let declared = declaredCharset(bytes).map(canonical)
        if let declared, declared != "UTF-8" {
            // A pure ASCII page reads the same in any ASCII-compatible encoding, with exact offsets.
            if declared != "UTF-16LE", declared != "UTF-16BE", !bytes.contains(where: { $0 >= 0x80 }) { return (nil, nil) }
            return (declared, nil)
        }
        let (valid, multiByte) = utf8Validity(bytes)
        if valid { return (nil, nil) }
        if !multiByte && declared == nil { return ("WINDOWS-1252", nil) }
        return (nil, repaired(bytes))
    }

    /// The charset named in the first 4 KB: `<meta charset=…>`, `content="…; charset=…"` or `<?xml … encoding="…"?>`.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        // ASCII bytes, letters lowered: the labels are ASCII (searching a String here cost more than the parse).
        let head = bytes.prefix(4096).map(Bytes.lower)
        for marker in ["charset=", "encoding="] {
            var search = head.startIndex
            while let at = Bytes.firstIndex(of: Array(marker.utf8), in: head, from: search) {
                search = at + marker.utf8.count
                var value = head[search...].drop { $0 == 0x22 || $0 == 0x27 || $0 == 0x20 }
                value = value.prefix { b in b &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x2D || b == 0x5F || b == 0x3A }
                if !value.isEmpty { return String(decoding: value, as: UTF8.self) }
            }
        }
        return nil
    }

    /// WHATWG aliases: Latin-1 and ASCII labels mean Windows-1252.
    static func canonical(_ label: String) -> String {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "latin1", "iso8859-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252":
            return "WINDOWS-1252"
        case "shift_jis", "sjis", "x-sjis", "shift-jis", "ms_kanji", "windows-31j": return "SHIFT_JIS"
        case "utf-16", "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        default: return label.uppercased()
        }
    }

    /// Whether the bytes are valid UTF-8, and whether they hold at least one valid multi-byte sequence.
    static func utf8Validity(_ bytes: [UInt8]) -> (valid: Bool, multiByte: Bool) {
        bytes.withUnsafeBufferPointer { s in
            var i = 0, valid = true, multi = false
            while i < s.count {
                // Eight ASCII bytes at a time: most of a page is markup.
                while i + 8 <= s.count,
                      UnsafeRawPointer(s.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                guard i < s.count else { break }
                if s[i] < 0x80 { i += 1; continue }
                let n = Loader.validSequenceLength(s, i)
                if n == 0 { valid = false; i += 1 } else { multi = true; i += n }
                if !valid && multi { break }
            }
            return (valid, multi)
        }
    }

    /// Invalid UTF-8 bytes replaced with U+FFFD.
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { s in
            var out: [UInt8] = []
            out.reserveCapacity(s.count + 16)
            var i = 0
            while i < s.count {
                if s[i] < 0x80 { out.append(s[i]); i += 1; continue }
                let n = Loader.validSequenceLength(s, i)
                if n == 0 { out.append(contentsOf: [0xEF, 0xBF, 0xBD]); i += 1 } else {
                    out.append(contentsOf: s[i..<(i + n)]); i += n
                }
            }
            return out
        }
    }
}
