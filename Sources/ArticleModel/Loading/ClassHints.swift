/// What an element's class and id say about it (Readability's word lists, matched as substrings of the
/// lowercased class and id).
struct ClassHints: OptionSet {
    let rawValue: UInt8
    static let negative = ClassHints(rawValue: 1)
    static let positive = ClassHints(rawValue: 2)
    static let unlikely = ClassHints(rawValue: 4)
    static let maybe = ClassHints(rawValue: 8)
    /// "byline" or "dateline": a line the metadata gives.
    static let byline = ClassHints(rawValue: 16)

    static let negativeWords = words(["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "tool", "widget", "social", "newsletter", "subscribe", "signup", "cookie", "consent",
        "advert", "recirc", "trending", "popular", "byline", "author", "caption", "credit"])
    static let positiveWords = words(["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
        "text", "blog", "story"])
    static let unlikelyWords = words(["-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community",
        "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies",
        "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "popup", "yom-remote", "newsletter", "cookie", "consent", "share", "subscribe", "promo", "recirc",
        "outbrain", "taboola", "navbar", "nav-", "-nav", "signup", "paywall", "btn", "button"])
    static let maybeWords = words(["and", "article", "body", "column", "content", "main", "shadow"])
    static let bylineWords = words(["byline", "dateline"])

    /// The hints of each element's class and id, worked out once for each distinct string.
    static func of(_ classAndID: [String]) -> [ClassHints] {
        var seen: [String: ClassHints] = [:]
        return classAndID.map { s in
            if s.isEmpty { return [] }
            if let h = seen[s] { return h }
            let h = ClassHints(s)
            seen[s] = h
            return h
        }
    }

    private static func words(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Every word of the lists with the flag it sets, bucketed by its first two bytes (one pass over a
    /// string checks only the words that can start at each position: mostly none).
    private static let buckets: [[(word: [UInt8], flag: UInt8)]] = {
        var b = [[(word: [UInt8], flag: UInt8)]](repeating: [], count: bucketCount)
        let lists: [([[UInt8]], ClassHints)] = [(negativeWords, .negative), (positiveWords, .positive),
                                                (unlikelyWords, .unlikely), (maybeWords, .maybe), (bylineWords, .byline)]
        for (words, flag) in lists { for w in words { b[bucket(w[0], w[1])].append((w, flag.rawValue)) } }
        return b
    }()

    private static let bucketCount = 1024
    @inline(__always) private static func bucket(_ a: UInt8, _ b: UInt8) -> Int { (Int(a) &* 31 &+ Int(b)) & (bucketCount - 1) }

    /// The hints of a lowercased "class id" string.
    init(_ classAndID: String) {
        var flags: UInt8 = 0
        let b = Array(classAndID.utf8)
        let buckets = ClassHints.buckets
        for i in b.indices.dropLast() {
            for (w, flag) in buckets[ClassHints.bucket(b[i], b[i + 1])] where flags & flag == 0 && i + w.count <= b.count {
                var k = 1
                while k < w.count, b[i + k] == w[k] { k += 1 }
                if k == w.count { flags |= flag }
            }
        }
        self.rawValue = flags
    }

    static func any(_ words: [[UInt8]], in b: [UInt8]) -> Bool {
        words.contains { w in contains(b, w) }
    }

    static func contains(_ b: [UInt8], _ w: [UInt8]) -> Bool {
        !w.isEmpty && Bytes.firstIndex(of: w, in: b) != nil
    }
}
