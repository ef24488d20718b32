/// Finds a page's article among its navigation, sidebars, related links, comments and adverts, in the
/// way of Mozilla Readability: paragraphs score their ancestors by their length and commas, scores are
/// cut by link density and moved by class/id hints and by `<article>`, `<main>` and schema.org
/// `articleBody`; the best container and its siblings that score alike are the article, and inside it
/// lists, tables and divs that look like clutter (mostly links, forms, images without text) are left out.
struct ContentExtractor {
    let doc: HTMLDocument
    /// Left out before scoring: dropped, hidden, navigation, and elements whose class/id says clutter.
    private(set) var dead: [Bool]
    private(set) var textLength: [Int32]
    private(set) var linkLength: [Int32]
    private(set) var commas: [Int32]
    private(set) var paragraphs: [Int32]
    private(set) var images: [Int32]
    private(set) var items: [Int32]
    private(set) var inputs: [Int32]
    private(set) var embeds: [Int32]
    private(set) var hasBlockChild: [Bool]
    /// Text of the paragraphs in the subtree that read as prose (80+ characters, few links).
    private(set) var goodText: [Int32]
    private(set) var score: [Double]
    private(set) var scored: [Bool]
    private(set) var hints: [ClassHints]
    /// Whether the subtree holds an `<article>`, `<main>` or schema.org `articleBody` (never clutter then).
    private(set) var holdsArticle: [Bool]

    init(_ doc: HTMLDocument) {
        self.doc = doc
        let n = doc.count
        dead = [Bool](repeating: false, count: n)
        textLength = [Int32](repeating: 0, count: n); linkLength = textLength; commas = textLength
        paragraphs = textLength; images = textLength; items = textLength; inputs = textLength; embeds = textLength
        hasBlockChild = [Bool](repeating: false, count: n)
        goodText = [Int32](repeating: 0, count: n)
        score = [Double](repeating: 0, count: n)
        scored = [Bool](repeating: false, count: n)
        hints = ClassHints.of(doc.classAndID)
        holdsArticle = [Bool](repeating: false, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            if doc.tag[i] == .article || doc.tag[i] == .main || isArticleBody(i) { holdsArticle[i] = true }
            let p = Int(doc.parent[i])
            if holdsArticle[i], p >= 0 { holdsArticle[p] = true }
        }
        markDead()
        measure()
        scoreParagraphs()
    }

    // MARK: hints

    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]

    func classWeight(_ i: Int) -> Double {
        var w = 0.0
        if hints[i].contains(.negative) { w -= 25 }
        if hints[i].contains(.positive) { w += 25 }
        if isArticleBody(i) { w += 50 }
        return w
    }

    func isArticleBody(_ i: Int) -> Bool {
        doc.attribute(i, "itemprop")?.lowercased() == "articlebody"
    }

    private func isUnlikely(_ i: Int) -> Bool {
        let tag = doc.tag[i]
        if tag == .nav { return true }
        if let role = doc.attribute(i, "role")?.lowercased(), ContentExtractor.unlikelyRoles.contains(role) { return true }
        guard tag != .body, tag != .article, tag != .main, tag != .a, tag != .html else { return false }
        return hints[i].contains(.unlikely) && !hints[i].contains(.maybe) && !holdsArticle[i]
    }

    // MARK: passes

    private mutating func markDead() {
        for i in 0..<doc.count {
            let p = Int(doc.parent[i])
            if p >= 0 && dead[p] || doc.tag[i].isDropped || doc.hidden[i] { dead[i] = true; continue }
            if doc.tag[i] != .text, isUnlikely(i) { dead[i] = true }
        }
    }

    /// Text length (whitespace runs count one), link text, commas and element counts, bottom-up.
    private mutating func measure() {
        var inLink = [Bool](repeating: false, count: doc.count)
        for i in 0..<doc.count {
            let p = Int(doc.parent[i])
            inLink[i] = doc.tag[i] == .a || p >= 0 && inLink[p]
        }
        for i in stride(from: doc.count - 1, through: 0, by: -1) where !dead[i] {
            let tag = doc.tag[i]
            switch tag {
            case .text:
                var len: Int32 = 0, c: Int32 = 0, space = true
                for k in Int(doc.textStart[i])..<Int(doc.textEnd[i]) {
                    let b = doc.text[k]
                    if b <= 0x20 { if !space { len += 1 }; space = true; continue }
                    space = false; len += 1
                    if b == 0x2C { c += 1 }
                }
                textLength[i] = len; commas[i] = c
                if inLink[i] { linkLength[i] = len }
            case .p: paragraphs[i] += 1
            case .img, .picture: images[i] += 1
            case .li: items[i] += 1
            case .input, .select, .textarea, .button: inputs[i] += 1
            case .iframe, .object, .embed, .video: embeds[i] += 1
            default: break
            }
            if tag == .p, textLength[i] >= 80, linkLength[i] * 10 < textLength[i] * 3 { goodText[i] = textLength[i] }
            let p = Int(doc.parent[i])
            guard p >= 0 else { continue }
            textLength[p] += textLength[i]; linkLength[p] += linkLength[i]; commas[p] += commas[i]; goodText[p] += goodText[i]
            paragraphs[p] += paragraphs[i]; images[p] += images[i]; items[p] += items[i]
            inputs[p] += inputs[i]; embeds[p] += embeds[i]
            if tag.isBlock { hasBlockChild[p] = true }
        }
    }

    func linkDensity(_ i: Int) -> Double {
        textLength[i] == 0 ? 0 : Double(linkLength[i]) / Double(textLength[i])
    }

    private func baseScore(_ i: Int) -> Double {
        var s: Double
        switch doc.tag[i] {
        case .div, .article, .main: s = 5
        case .pre, .td, .blockquote: s = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: s = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: s = -5
        default: s = 0
        }
        if doc.tag[i] == .article { s += 10 }
        return s + classWeight(i)
    }

    private func isScoringElement(_ i: Int) -> Bool {
        switch doc.tag[i] {
        case .p, .pre, .td, .h2, .h3, .h4, .h5, .h6: return true
        case .div, .section: return !hasBlockChild[i]
        default: return false
        }
    }

    private mutating func scoreParagraphs() {
        for i in 0..<doc.count where !dead[i] && isScoringElement(i) {
            let len = Int(textLength[i])
            guard len >= 25 else { continue }
            let s = 1 + Double(commas[i]) + min(Double(len / 100), 3)
            var a = Int(doc.parent[i]), level = 0
            while a >= 0, level < 5 {
                if !scored[a] { score[a] = baseScore(a); scored[a] = true }
                score[a] += level == 0 ? s : level == 1 ? s / 2 : s / Double(level * 3)
                a = Int(doc.parent[a]); level += 1
            }
        }
        for i in 0..<doc.count where scored[i] { score[i] *= 1 - linkDensity(i) }
    }

    // MARK: choosing

    /// The nodes whose blocks are the article, in document order.
    func roots() -> [Int] {
        let candidates = (0..<doc.count).filter { scored[$0] && doc.tag[$0] != .html && doc.tag[$0] != .body }
        guard var top = candidates.max(by: { score[$0] < score[$1] }) else {
            return (0..<doc.count).filter { doc.tag[$0] == .body }.prefix(1).map { $0 }
        }
        top = expanded(promoted(top, candidates))
        let parent = Int(doc.parent[top])
        guard parent >= 0 else { return [top] }
        let threshold = max(10, score[top] * 0.2)
        var out: [Int] = []
        var c = parent + 1
        while c < Int(doc.end[parent]) {
            defer { c = Int(doc.end[c]) }
            if c == top { out.append(c); continue }
            if dead[c] || doc.tag[c] == .text || doc.tag[c] == .header || doc.tag[c] == .footer { continue }
            var bonus = 0.0
            if !doc.classAndID[top].isEmpty, doc.classAndID[c] == doc.classAndID[top] { bonus = score[top] * 0.2 }
            if scored[c], score[c] + bonus >= threshold { out.append(c); continue }
            if doc.tag[c] == .p {
                let len = textLength[c], ld = linkDensity(c)
                if len > 80 && ld < 0.25 { out.append(c); continue }
                if len > 0, len <= 80, ld == 0, doc.plainText(c).hasSuffix(".") { out.append(c) }
            }
        }
        return out
    }

    /// Readability's moves up the tree: to an ancestor shared by several near-best candidates, to a parent
    /// that scores more, and through parents with a single child.
    private func promoted(_ best: Int, _ candidates: [Int]) -> Int {
        var top = best
        let topScore = score[top]
        let rivals = candidates.filter { $0 != top && score[$0] >= topScore * 0.75 }
            .sorted { score[$0] > score[$1] }.prefix(4)
        if rivals.count >= 3 {
            var p = Int(doc.parent[top])
            while p >= 0, doc.tag[p] != .body {
                let holding = rivals.filter { $0 > p && $0 < Int(doc.end[p]) }.count
                if holding >= 3 { top = p; break }
                p = Int(doc.parent[p])
            }
        }
        var last = score[top]
        var p = Int(doc.parent[top])
        while p >= 0, doc.tag[p] != .body {
            if !scored[p] { p = Int(doc.parent[p]); continue }
            if score[p] < score[top] / 3 { break }
            if score[p] > last { top = p; break }
            last = score[p]
            p = Int(doc.parent[p])
        }
        while true {
            let p = Int(doc.parent[top])
            guard p >= 0, doc.tag[p] != .body, doc.tag[p] != .html, elementChildren(p) == 1 else { break }
            top = p
        }
        return top
    }

    /// An article split into several containers (by figures, adverts, pull quotes): up to three levels
    /// up, an ancestor whose prose paragraphs hold a third more text than the chosen container's.
    private func expanded(_ top: Int) -> Int {
        var best = top
        var a = Int(doc.parent[top]), level = 0
        while a >= 0, level < 3, doc.tag[a] != .body, doc.tag[a] != .html, !dead[a] {
            if goodText[a] * 3 >= goodText[best] * 4, goodText[a] - goodText[best] >= 300 { best = a }
            a = Int(doc.parent[a]); level += 1
        }
        return best
    }

    private func elementChildren(_ p: Int) -> Int {
        var c = p + 1, n = 0
        while c < Int(doc.end[p]) {
            if doc.tag[c] != .text || textLength[c] > 0 { n += 1 }
            c = Int(doc.end[c])
        }
        return n
    }

    // MARK: cleaning

    /// Whether the element is left out of the article: clutter inside the chosen container.
    func isClutter(_ i: Int) -> Bool {
        if dead[i] { return true }
        let tag = doc.tag[i]
        if isMetadataLine(i) { return true }
        // An article's own header and footer hold its title, byline, date, share buttons and tags.
        if tag == .header || tag == .footer { return true }
        switch tag {
        case .form, .table, .ul, .ol, .div, .section, .header, .footer, .figure, .aside, .dl:
            break
        case .h1, .h2, .h3, .h4, .h5, .h6:
            return classWeight(i) < 0 || linkDensity(i) > 0.5
        case .p:
            // A short line of links, or a paragraph of several links and little else (related stories).
            let ld = linkDensity(i)
            return textLength[i] > 0 && (ld > 0.6 && textLength[i] < 200 || ld > 0.75 && links(in: i) >= 2)
        default:
            return false
        }
        let weight = classWeight(i)
        if weight + (scored[i] ? score[i] : 0) < 0 && !holdsOnlyMarkedProse(i) { return true }
        if commas[i] >= 10 { return false }
        let p = Double(paragraphs[i]), img = Double(images[i]), li = Double(items[i]) - 100
        let isList = tag == .ul || tag == .ol || tag == .dl
        let length = Int(textLength[i]), ld = linkDensity(i)
        if tag == .figure || tag == .aside { return ld > 0.5 }
        if img > 1 && p / img < 0.5 { return true }
        if !isList && li > p { return true }
        if Double(inputs[i]) > (p / 3).rounded(.down) { return true }
        if !isList && length < 25 && (img == 0 || img > 2) && !hasHeading(i) && !isLineBetweenParagraphs(i) { return true }
        if !isList && weight < 25 && ld > 0.2 { return true }
        if isList && ld > 0.5 { return true }
        if weight >= 25 && ld > 0.5 { return true }
        if embeds[i] == 1 && length < 75 || embeds[i] > 1 { return true }
        return false
    }

    /// The schema.org properties that mark a line of metadata (the date or the author) in the page.
    static let metadataProperties: Set<String> = ["datepublished", "datemodified", "datecreated", "author", "creator"]

    /// A byline or date line, which the metadata gives at the top: an element whose class says byline
    /// or dateline or whose schema.org property is a date or the author, or a `time` alone in its block
    /// (all of its parent's text, or loose among blocks).
    func isMetadataLine(_ i: Int) -> Bool {
        let tag = doc.tag[i]
        if tag != .text, textLength[i] < 200, hints[i].contains(.byline) { return true }
        if tag != .text, textLength[i] < 200, let property = doc.attribute(i, "itemprop")?.lowercased(),
           ContentExtractor.metadataProperties.contains(property) { return true }
        guard tag == .time else { return false }
        let p = Int(doc.parent[i])
        return p >= 0 && (textLength[p] == textLength[i] || hasBlockChild[p] && textLength[i] < 40)
    }

    /// A container whose class says clutter ("media") but whose text is all prose paragraphs whose own
    /// class says body text: the paragraphs' word is the nearer one.
    private func holdsOnlyMarkedProse(_ i: Int) -> Bool {
        guard goodText[i] > 0, goodText[i] * 10 >= textLength[i] * 9 else { return false }
        var marked: Int32 = 0
        for k in i..<Int(doc.end[i]) where doc.tag[k] == .p && hints[k].contains(.positive) && !hints[k].contains(.negative) {
            marked += goodText[k]
        }
        return marked * 10 >= textLength[i] * 9
    }

    /// A short line of plain text (no links, pictures or blocks inside) with a paragraph on either side:
    /// a subheading written as a `div`, part of the article's flow.
    private func isLineBetweenParagraphs(_ i: Int) -> Bool {
        guard !hasBlockChild[i], textLength[i] > 0, linkLength[i] == 0, images[i] == 0, embeds[i] == 0 else { return false }
        let p = Int(doc.parent[i])
        guard p >= 0 else { return false }
        // The previous sibling element: node i - 1 ends it (pre-order), climbed up to p's child.
        var before = i - 1
        while before > p {
            while Int(doc.parent[before]) != p { before = Int(doc.parent[before]) }
            if doc.tag[before] != .text { break }
            before -= 1
        }
        var after = Int(doc.end[i])
        while after < Int(doc.end[p]), doc.tag[after] == .text { after = Int(doc.end[after]) }
        return before > p && doc.tag[before] == .p && after < Int(doc.end[p]) && doc.tag[after] == .p
    }

    private func links(in i: Int) -> Int {
        (i..<Int(doc.end[i])).count { doc.tag[$0] == .a }
    }

    private func hasHeading(_ i: Int) -> Bool {
        (i..<Int(doc.end[i])).contains { doc.tag[$0].headingLevel > 0 }
    }
}
