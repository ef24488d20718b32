/// Lines a page's article container often holds that are not the article: a byline the template
/// repeats, "Advertisement" and "Read more" labels, and an author's bio, newsletter or copyright
/// notice at the end. They are kept, as the kinds the export contract has for them (byline, aside),
/// so the body is the article's own text.
enum BoilerplateLines {
    static let labels: Set<String> = ["advertisement", "advertisements", "ad", "don't miss", "read more", "related",
        "related articles", "related stories", "share this article", "share", "comments", "continue reading",
        "story continues below advertisement", "more on this story", "recommended", "sponsored", "trending",
        "learn more", "next article", "previous article", "next story", "click to tweet", "filed under"]
    static let closing = ["follow him on", "follow her on", "follow them on", "follow us on", "join our", "sign up for",
        "subscribe to", "newsletter", "all rights reserved", "subject to copyright", "citation:", "copyright", "© 20",
        "if you enjoyed this article", "filed under"].map { Array($0.utf8) }

    /// How a news page's picture caption ends or starts when the page's markup does not say it is one:
    /// "… (Image: Getty)", "Photo: AP", "Credit: Reuters".
    static let creditEndings = ["(image:", "(photo:", "(picture:", "(photograph:", "(pic:", "(credit:"].map { Array($0.utf8) }
    static let creditStarts = ["photo:", "image:", "picture:", "photograph:", "credit:", "photo credit:"].map { Array($0.utf8) }

    /// A short block that ends in a picture credit in brackets or starts with one.
    /// (Compared as bytes, lower-cased in ASCII: the words are ASCII, and String's lowercased() costs
    /// some hundred instructions a character.)
    static func isCaption(_ text: [UInt8]) -> Bool {
        guard text.count < 400 else { return false }
        let lower = text.map(Bytes.lower)
        if lower.last == UInt8(ascii: ")"), let open = lower.lastIndex(of: UInt8(ascii: "(")),
           creditEndings.contains(where: { lower[open...].starts(with: $0) }) { return true }
        return creditStarts.contains { lower.starts(with: $0) }
    }

    /// Labels that introduce other stories: after the article's last long paragraph, such a label and
    /// everything after it are not the article.
    static let elsewhere: Set<String> = ["next article", "next story", "previous article", "related", "related articles",
        "related stories", "more on this story", "recommended", "more stories", "you may also like", "you might also like",
        "read next", "up next", "more from", "read more"]

    static func mark(_ blocks: inout [MarkupBlock]) {
        markTail(&blocks)
        for k in blocks.indices where blocks[k].kind == .body && isCaption(blocks[k].text) { blocks[k].kind = .caption }
        for k in blocks.indices where blocks[k].kind == .body {
            let closingPlace = k >= blocks.count - 4 && blocks[k].text.count < 400
            guard k < 6 || blocks[k].text.count < 60 || closingPlace else { continue }
            let text = blocks[k].text
            let words = Bytes.wordCount(text, in: TextRange(0, text.count))
            if k < 6, words <= 20, text.starts(with: "By ".utf8) { blocks[k].kind = .byline; continue }
            if words <= 6, labels.contains(String(decoding: text, as: UTF8.self).lowercased().trimming(" :.!|›»")) {
                blocks[k].kind = .aside
                continue
            }
            guard closingPlace else { continue }
            // (Searched as bytes: String's contains(_:) costs tens of thousands of instructions a call.)
            let lowerBytes = text.map(Bytes.lower)
            if closing.contains(where: { Bytes.firstIndex(of: $0, in: lowerBytes) != nil }) || lowerBytes.starts(with: "follow ".utf8) {
                blocks[k].kind = .aside
            }
        }
    }

    /// The blocks from a label of other stories ("Next article", "Related stories") on, when the label
    /// comes after the article's last long paragraph, become asides.
    static func markTail(_ blocks: inout [MarkupBlock]) {
        guard let lastLong = blocks.lastIndex(where: { $0.kind == .body && $0.text.count >= 200 }) else { return }
        for k in blocks.index(after: lastLong)..<blocks.endIndex where blocks[k].kind == .body || blocks[k].kind == .heading {
            guard blocks[k].text.count < 40 else { continue }
            let label = String(decoding: blocks[k].text, as: UTF8.self).lowercased().trimming(" :.!|›»")
            guard elsewhere.contains(label) else { continue }
            for j in k..<blocks.endIndex { blocks[j].kind = .aside }
            return
        }
    }
}

extension String {
    /// The string without the given characters at either end.
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
