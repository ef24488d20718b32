/// What an element's class and id say about it (Readability's word lists, matched as substrings of the
/// lowercased class and id).
struct ClassHints: OptionSet {
    let rawValue: UInt8
    static let negative = ClassHints(rawValue: 1)
    static let positive = ClassHints(rawValue: 2)
    static let unlikely = ClassHints(rawValue: 4)
    static let maybe = ClassHints(rawValue: 8)

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
        "outbrain", "taboola", "navbar", "nav-", "-nav", "signup", "paywall"])
    static let maybeWords = words(["and", "article", "body", "column", "content", "main", "shadow"])

    private static func words(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The hints of a lowercased "class id" string.
    init(_ classAndID: String) {
        var flags: UInt8 = 0
        guard !classAndID.isEmpty else { self.rawValue = 0; return }
        let b = Array(classAndID.utf8)
        if ClassHints.any(ClassHints.negativeWords, in: b) { flags |= ClassHints.negative.rawValue }
        if ClassHints.any(ClassHints.positiveWords, in: b) { flags |= ClassHints.positive.rawValue }
        if ClassHints.any(ClassHints.unlikelyWords, in: b) { flags |= ClassHints.unlikely.rawValue }
        if ClassHints.any(ClassHints.maybeWords, in: b) { flags |= ClassHints.maybe.rawValue }
        self.rawValue = flags
    }

    static func any(_ words: [[UInt8]], in b: [UInt8]) -> Bool {
        words.contains { w in contains(b, w) }
    }

    static func contains(_ b: [UInt8], _ w: [UInt8]) -> Bool {
        guard b.count >= w.count, let first = w.first else { return false }
        var i = 0
        let last = b.count - w.count
        while i <= last {
            if b[i] == first {
                var k = 1
                while k < w.count, b[i + k] == w[k] { k += 1 }
                if k == w.count { return true }
            }
            i += 1
        }
        return false
    }
}
