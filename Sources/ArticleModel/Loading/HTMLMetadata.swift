/// A page's title, byline and date, from (in order) its `meta` tags (Open Graph, `author`,
/// `article:published_time`), JSON-LD, `rel=author` links and `<time>`, and `<title>` or the first `h1`.
struct HTMLMetadata {
    var title: String?
    var byline: String?
    var date: String?

    init(_ doc: HTMLDocument) {
        var meta: [String: String] = [:]
        var pageTitle: String?, firstH1: String?, relAuthor: String?, time: String?, bylineClass: String?
        for i in 0..<doc.count {
            switch doc.tag[i] {
            case .meta:
                guard let key = (doc.attribute(i, "property") ?? doc.attribute(i, "name"))?.lowercased(),
                      let content = doc.attribute(i, "content"), meta[key] == nil else { continue }
                meta[key] = content
            case .title where pageTitle == nil:
                pageTitle = doc.plainText(i)
            case .h1 where firstH1 == nil && !doc.hidden[i]:
                firstH1 = doc.plainText(i)
            case .a where relAuthor == nil && (doc.attribute(i, "rel") ?? "").lowercased().split(separator: " ").contains("author"):
                relAuthor = doc.plainText(i)
            case .time where time == nil:
                time = doc.attribute(i, "datetime") ?? doc.plainText(i)
            default:
                if bylineClass == nil, doc.tag[i] != .text, !doc.classAndID[i].isEmpty,
                   ClassHints.any(ClassHints.bylineWords, in: Array(doc.classAndID[i].utf8)), doc.textLengthBelow(i, 200) {
                    bylineClass = doc.plainText(i)
                }
            }
        }
        let ld = JSONLDFields(doc.jsonLD)
        let candidates = [meta["og:title"], meta["twitter:title"], ld.headline].compactMap { $0 }.filter { !$0.isEmpty }
        if let h1 = firstH1, !h1.isEmpty, h1.count < 300,
           candidates.contains(where: { MarkupText.same(Array($0.utf8), Array(h1.utf8)) }) || candidates.isEmpty && (pageTitle ?? "").contains(h1) {
            title = h1
        } else if let first = candidates.first {
            title = first
        } else if let t = pageTitle, !t.isEmpty {
            title = HTMLMetadata.withoutSiteName(t)
        } else {
            title = firstH1
        }
        var author = meta["author"] ?? meta["article:author"] ?? meta["dc.creator"] ?? ld.author ?? relAuthor ?? bylineClass
        if let a = author, a.hasPrefix("http") { author = ld.author ?? relAuthor ?? bylineClass }
        if let a = author, !a.isEmpty {
            byline = a.trimmingSpaces
        }
        date = meta["article:published_time"] ?? meta["date"] ?? meta["dc.date"] ?? meta["pubdate"] ?? ld.datePublished ?? time
        date = date?.trimmingSpaces
        title = title?.trimmingSpaces
    }

    /// "Story title | Site" → "Story title" (the longest part, when separators split it).
    static func withoutSiteName(_ t: String) -> String {
        for sep in [" | ", " - ", " – ", " — ", " :: "] where t.contains(sep) {
            let parts = t.parts(separatedBy: sep)
            if let longest = parts.max(by: { $0.count < $1.count }), longest.split(separator: " ").count >= 3 { return longest }
        }
        return t
    }
}

extension HTMLDocument {
    func textLengthBelow(_ node: Int, _ limit: Int) -> Bool {
        var n = 0
        for k in node..<Int(end[node]) where tag[k] == .text {
            n += Int(textEnd[k] - textStart[k])
            if n >= limit { return false }
        }
        return true
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    func parts(separatedBy sep: String) -> [String] {
        var out: [String] = []
        var rest = Substring(self)
        while let r = rest.firstRange(of: sep) {
            out.append(String(rest[..<r.lowerBound])); rest = rest[r.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}

/// The fields of a page's JSON-LD that name its headline, author and date: read by a small scanner
/// for `"key": "value"` pairs (an author object's `name` too), not a full JSON parser.
struct JSONLDFields {
    var headline: String?
    var author: String?
    var datePublished: String?

    init(_ scripts: [String]) {
        for s in scripts {
            let b = Array(s.utf8)
            if headline == nil { headline = JSONLDFields.value(b, "headline") }
            if datePublished == nil { datePublished = JSONLDFields.value(b, "datePublished") }
            if author == nil, let at = JSONLDFields.find(b, "\"author\"", from: 0) {
                // "author": "Name" or "author": {"name": "Name"} or [{"name": …}]
                author = JSONLDFields.value(b, "author", near: at) ?? JSONLDFields.value(Array(b[at...].prefix(400)), "name")
            }
        }
    }

    static func find(_ b: [UInt8], _ needle: String, from: Int) -> Int? {
        let n = Array(needle.utf8)
        guard b.count >= n.count else { return nil }
        var i = from
        while i + n.count <= b.count {
            if b[i] == n[0], b[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    /// The string value of the first `"key": "…"`.
    static func value(_ b: [UInt8], _ key: String, near: Int? = nil) -> String? {
        guard let at = near ?? find(b, "\"\(key)\"", from: 0) else { return nil }
        var i = at + key.utf8.count + 2
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
        guard i < b.count, b[i] == 0x3A else { return nil }
        i += 1
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
        guard i < b.count, b[i] == 0x22 else { return nil }
        i += 1
        var out: [UInt8] = []
        while i < b.count, b[i] != 0x22 {
            if b[i] == 0x5C, i + 1 < b.count {
                i += 1
                switch b[i] {
                case 0x6E: out.append(0x20)
                case 0x75:
                    if i + 4 < b.count, let v = UInt32(String(decoding: b[(i + 1)...(i + 4)], as: UTF8.self), radix: 16),
                       let u = Unicode.Scalar(v) { out.append(contentsOf: Array(String(Character(u)).utf8)); i += 4 }
                default: out.append(b[i])
                }
                i += 1
                continue
            }
            out.append(b[i]); i += 1
        }
        let s = String(decoding: out, as: UTF8.self).trimmingSpaces
        return s.isEmpty ? nil : s
    }
}
