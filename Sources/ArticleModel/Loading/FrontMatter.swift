/// A Markdown file's front matter: a `---` fenced block of `key: value` lines at the very top.
struct FrontMatter {
    var title: String?
    var author: String?
    var date: String?
    /// Bytes the block takes (the Markdown starts after them) and the lines it spans.
    var length = 0
    var lines = 0

    init(_ bytes: [UInt8]) {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard bytes.count >= start + 4, bytes[start..<(start + 4)].elementsEqual(Array("---\n".utf8)) else { return }
        // Lines up to the closing "---" or "..." (within the first 64 KB).
        var i = start + 4, lineCount = 1
        var fields: [(String, String)] = []
        while i < min(bytes.count, 65_536) {
            var j = i
            while j < bytes.count, bytes[j] != 0x0A { j += 1 }
            let line = String(decoding: bytes[i..<j], as: UTF8.self).trimmingSpaces
            lineCount += 1
            if line == "---" || line == "..." {
                length = min(bytes.count, j + 1); lines = lineCount
                for (k, v) in fields {
                    switch k {
                    case "title": title = v
                    case "author", "authors", "by": author = v
                    case "date", "published": date = v
                    default: break
                    }
                }
                return
            }
            if let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].trimmingSpaces.lowercased()
                var value = line[line.index(after: colon)...].trimmingSpaces
                if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f { value = String(value.dropFirst().dropLast()) }
                if value.hasPrefix("[") && value.hasSuffix("]") { value = String(value.dropFirst().dropLast()).trimmingSpaces }
                fields.append((key, value))
            }
            i = j + 1
        }
    }
}

extension Substring {
    var trimmingSpaces: String { String(self).trimmingSpaces }
}
