/// The outline a reader browses: level-1 sections in reading order that together cover every
/// paragraph exactly once, some split into level-2 sections that cover their parent exactly once.
///
/// Level 1 comes from, in order of preference:
/// - headings (two or more): each heading starts a section; text before the first is "Introduction";
/// - transcripts (speaker labels): each speaker's opening statement, then "Questions and answers";
/// - cues: a publication dateline ("This article was first published by … on …") starts a
///   "Reposted article"; "In conclusion", "To sum up", "Finally," … start "Closing remarks".
/// Level 2: a level-1 section longer than fourteen paragraphs is split where the vocabulary of
/// the three paragraphs before a gap and the three after it overlap least (topic shifts), aiming at
/// about eight paragraphs a part, never inside a quotation or an annotation, and preferring gaps
/// before numbered items and questions. Untitled parts are named by their leading names or terms.
enum Sectioner {
    static let splitAbove = 14
    static let targetSize = 8

    static func sections(_ s: [UInt8], _ paragraphs: [Paragraph], _ shapes: [ParagraphShape], _ terms: Terms, _ annotations: [Annotation]) -> [Section] {
        let n = paragraphs.count
        guard n > 0 else { return [] }
        let kinds = paragraphs.map(\.kind)
        // Gaps that must not start a section: inside annotation runs and multi-paragraph quotes,
        // and right after a paragraph that introduces what follows.
        var glued = [Bool](repeating: false, count: n)
        for a in annotations where a.paragraphs.count > 1 { for p in a.paragraphs.dropFirst() { glued[p] = true } }
        for p in 1..<max(1, n) {
            if kinds[p] == .quote && (kinds[p - 1] == .quote || shapes[p - 1].endsWithColon || !shapes[p - 1].endsWithTerminal) { glued[p] = true }
            if shapes[p - 1].endsWithColon { glued[p] = true }
        }

        var level1: [(start: Int, title: String?)] = []
        let headings = (0..<n).filter { kinds[$0] == .heading }
        let transcript = shapes.lazy.filter { $0.speakerLabel > 2 }.count >= 3
        if headings.count >= 2 {
            if headings[0] > 1 { level1.append((0, "Introduction")) }
            for (k, h) in headings.enumerated() {
                let text = Bytes.string(s, paragraphs[h].range)
                // A subtitle under a chapter heading belongs to the chapter's title.
                if k > 0, headings[k - 1] == h - 1, ParagraphClassifier.isChapterHeading(s, paragraphs[h - 1].range, shapes[h - 1]) {
                    level1[level1.count - 1].title = (level1[level1.count - 1].title ?? "") + ": " + text
                    continue
                }
                level1.append((k == 0 && headings[0] <= 1 ? 0 : h, text))
            }
        } else if transcript {
            level1.append((0, nil))
            var speaker: [UInt8] = []
            var questions = false
            for p in 0..<n where shapes[p].speakerLabel > 0 {
                let label = Array(s[paragraphs[p].range.start..<(paragraphs[p].range.start + shapes[p].speakerLabel)])
                if shapes[p].speakerLabel == 2 {
                    if !questions { questions = true; level1.append((p, "Questions and answers")) }
                    continue
                }
                if !questions, label != speaker {
                    speaker = label
                    if p - (level1.last?.start ?? 0) >= 3 || level1.count == 1 && p > 0 {
                        level1.append((p, speakerName(label)))
                    } else if level1.count > 1 {
                        // The previous turn was too short for a section of its own: merge, name it after this speaker.
                        level1[level1.count - 1].title = speakerName(label)
                    }
                }
            }
            if level1.count > 1, level1[0].start == level1[1].start { level1.removeFirst() }
        } else {
            level1.append((0, nil))
            for p in 1..<max(1, n) {
                if isPublication(s, paragraphs[p], kinds[p]) { level1.append((p, "Reposted article")) }
                else if p > n / 2, isClosing(s, paragraphs[p].range), kinds[p] == .body { level1.append((p, "Closing remarks")) }
            }
        }
        // The first section's title.
        if level1[0].title == nil {
            level1[0].title = level1.count > 1 ? "Introduction" : (kinds[0] == .title ? Bytes.string(s, paragraphs[0].range) : nil)
        }
        // Drop empty starts (two boundaries on one paragraph).
        var starts: [(start: Int, title: String?)] = []
        for b in level1 { if let last = starts.last, last.start >= b.start { starts[starts.count - 1].title = last.title ?? b.title } else { starts.append(b) } }

        var out: [Section] = []
        for (k, b) in starts.enumerated() {
            let last = k + 1 < starts.count ? starts[k + 1].start - 1 : n - 1
            let title = short(b.title ?? leadingTerms(s, paragraphs, terms, b.start...last))
            out.append(Section(title: title, level: 1, first: b.start, last: last))
            if last - b.start + 1 > splitAbove {
                for part in split(b.start...last, shapes, terms, glued, kinds) {
                    var partName = partTitle(s, paragraphs, shapes, terms, part)
                    if partName == title || part.lowerBound == b.start && kinds[b.start] == .heading {
                        partName = leadingTerms(s, paragraphs, terms, (part.lowerBound + 1 <= part.upperBound ? part.lowerBound + 1 : part.lowerBound)...part.upperBound)
                    }
                    out.append(Section(title: short(partName), level: 2, first: part.lowerBound, last: part.upperBound))
                }
            }
        }
        return out
    }

    static func speakerName(_ label: [UInt8]) -> String {
        // "PRESIDENT BIDEN: " -> "President Biden"
        var text = String(decoding: label, as: UTF8.self)
        while text.last == " " || text.last == ":" { text.removeLast() }
        return text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    static func isPublication(_ s: [UInt8], _ p: Paragraph, _ kind: ParagraphKind) -> Bool {
        kind == .dateline && ParagraphClassifier.isPublicationDateline(s, p.range, ParagraphShape(s, p.range))
    }

    static func isClosing(_ s: [UInt8], _ r: TextRange) -> Bool {
        for c in closingCues where Bytes.hasPrefix(s, at: r.start, c, limit: r.end) { return true }
        return false
    }
    static let closingCues: [StaticString] = [
        "In conclusion", "To conclude", "To sum up", "In summary", "In sum,", "Let me close",
        "All in all", "In closing", "Concluding remarks", "To summarise", "To summarize",
    ]

    /// Splits `range` into parts at the weakest lexical links.
    static func split(_ range: ClosedRange<Int>, _ shapes: [ParagraphShape], _ terms: Terms, _ glued: [Bool], _ kinds: [ParagraphKind]) -> [ClosedRange<Int>] {
        let size = range.count
        let parts = max(2, Int((Double(size) / Double(targetSize)).rounded()))
        let minSize = 3
        var candidates: [(gap: Int, score: Double)] = []
        let lo = range.lowerBound, hi = range.upperBound
        guard size >= 2 * minSize else { return [] }
        for g in (lo + minSize)...(hi - minSize + 1) where !glued[g] {
            let before = terms.union(max(lo, g - 3)..<g)
            let after = terms.union(g..<min(hi + 1, g + 3))
            let shared = terms.similarity(before, after)
            let wa = before.reduce(0.0) { $0 + terms.weight[Int($1)] }
            let wb = after.reduce(0.0) { $0 + terms.weight[Int($1)] }
            var score = wa > 0 && wb > 0 ? shared / (wa * wb).squareRoot() : 0
            if shapes[g].listMarker > 0 && shapes[g].firstByte >= 0x30 && shapes[g].firstByte <= 0x39 { score *= 0.5 }
            if shapes[g].speakerLabel == 2 { score *= 0.3 }
            if kinds[g] == .heading { score *= 0.3 }
            if kinds[g] == .annotation || kinds[g] == .quote || kinds[g] == .aside { score += 0.2 }
            candidates.append((g, score))
        }
        candidates.sort { $0.score < $1.score || $0.score == $1.score && $0.gap < $1.gap }
        // Best gaps first, none closer than minSize to one already chosen: a blocked-gap table
        // keeps this linear (testing each candidate against every chosen gap was quadratic).
        var chosen: [Int] = []
        var blocked = [Bool](repeating: false, count: size + 1)
        for c in candidates where chosen.count < parts - 1 && !blocked[c.gap - lo] {
            chosen.append(c.gap)
            for b in max(0, c.gap - lo - minSize + 1)...min(size, c.gap - lo + minSize - 1) { blocked[b] = true }
        }
        chosen.sort()
        var out: [ClosedRange<Int>] = []
        var start = lo
        for g in chosen { out.append(start...(g - 1)); start = g }
        out.append(start...hi)
        guard out.count > 1 else { return [] }
        // Parts still far too long are split again.
        return out.flatMap { part -> [ClosedRange<Int>] in
            guard part.count > 2 * targetSize else { return [part] }
            let again = split(part, shapes, terms, glued, kinds)
            return again.isEmpty ? [part] : again
        }
    }

    static func partTitle(_ s: [UInt8], _ paragraphs: [Paragraph], _ shapes: [ParagraphShape], _ terms: Terms, _ part: ClosedRange<Int>) -> String {
        let first = paragraphs[part.lowerBound]
        if first.kind == .heading || first.kind == .listItem && shapes[part.lowerBound].words <= 10 {
            return Bytes.string(s, first.range)
        }
        return leadingTerms(s, paragraphs, terms, part)
    }

    /// The two names (else terms) that best characterise the paragraphs: frequent in them, rare elsewhere.
    static func leadingTerms(_ s: [UInt8], _ paragraphs: [Paragraph], _ terms: Terms, _ part: ClosedRange<Int>) -> String {
        var all: [Int32] = []
        for p in part { all.append(contentsOf: terms.byParagraph[p]) }
        all.sort()
        // The three best (term, score) by one pass over the runs of equal ids.
        var ranked: [(Int32, Double)] = []
        var k = 0
        while k < all.count {
            var e = k
            while e < all.count, all[e] == all[k] { e += 1 }
            let t = all[k], c = e - k
            let name = terms.isName[Int(t)] ? 1.5 : 1.0
            let score = Double(c) * terms.weight[Int(t)] * name * (c >= 2 ? 1.5 : 1)
            if ranked.count < 3 || score > ranked[ranked.count - 1].1 {
                ranked.append((t, score))
                ranked.sort { $0.1 > $1.1 || $0.1 == $1.1 && $0.0 < $1.0 }
                if ranked.count > 3 { ranked.removeLast() }
            }
            k = e
        }
        var picked: [String] = []
        for (t, _) in ranked where picked.count < 2 {
            let name = nameRun(s, paragraphs, part, terms.display[Int(t)]) ?? terms.display[Int(t)]
            if !picked.contains(where: { $0.contains(name) || name.contains($0) }) { picked.append(name) }
        }
        guard var title = picked.first.map({ _ in picked.joined(separator: ", ") }) else { return "Text" }
        if let first = title.first, first.isLowercase { title = first.uppercased() + title.dropFirst() }
        return title
    }

    /// The capitalised run of words around the first occurrence of `word` in the part
    /// ("Shanghai" -> "Shanghai Cooperation Organisation"), up to three words.
    static func nameRun(_ s: [UInt8], _ paragraphs: [Paragraph], _ part: ClosedRange<Int>, _ word: String) -> String? {
        let needle = Array(word.utf8).map(Bytes.lower)
        for p in part {
            let r = paragraphs[p].range
            guard let at = Bytes.find(s, needle, in: r) else { continue }
            let words = Bytes.words(s, in: r)
            guard let k = words.firstIndex(where: { $0.start <= at && at < $0.end }) else { continue }
            func capital(_ w: TextRange) -> Bool { let c = s[w.start]; return Bytes.isUpper(c) || c >= 0xC3 && c < 0xE0 }
            guard capital(words[k]) else { return Bytes.string(s, words[k]) }
            func joined(_ a: Int, _ b: Int) -> Bool { words[b].start - words[a].end == 1 && s[words[a].end] == 0x20 }
            var a = k, b = k
            while a > 0, b - a < 2, capital(words[a - 1]), joined(a - 1, a), !ParagraphClassifier.sentenceOpeners.contains(Bytes.lowered(s, words[a - 1])), !Terms.stopwords.contains(Bytes.lowered(s, words[a - 1])) { a -= 1 }
            while b + 1 < words.count, b - a < 2, capital(words[b + 1]), joined(b, b + 1) { b += 1 }
            return Bytes.string(s, TextRange(words[a].start, words[b].end))
        }
        return nil
    }

    /// At most 60 characters, cut at a word.
    static func short(_ title: String) -> String {
        let flat = title.split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
        guard flat.count > 60 else { return flat }
        var cut = String(flat.prefix(60))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}
