/// Phrases that point at another place, inside the text or outside it, and footnote markers.
///
/// Each phrase family has its own target rule:
/// - "the last/previous paragraph" → the paragraph before; "the next/following paragraph" → after;
/// - "see above", "discussed above", "as discussed earlier" … → the paragraph before (within 30)
///   that shares most with the sentence; "see below" … → likewise after;
/// - "as I have discussed previously", "as my colleague … has written", "in a previous article" … →
///   outside the text (nil), except that "I discussed this in a … article …" points at a reposted
///   article when the text contains one (a "first published by …" dateline after it);
/// - "since this was written" → what its annotation annotates (nil outside an annotation);
/// - "this is as good a point as any to discuss …" → the nearest earlier paragraph on that topic;
/// - "see paragraph 7" → the paragraph numbered "7.", else nil;
/// - footnote markers "[1]" → a paragraph that starts with the same marker, else nil; superscript
///   markers "¹⁷" → the note that starts with that number.
enum CrossReferences {
    enum Rule { case previous, next, above, below, outside, earlierWriting, sinceWritten, topic, numbered }

    struct Pattern {
        let words: [UInt8]
        let rule: Rule
        /// Extend the match to the end of the first of these words found later in the sentence.
        let extendTo: [[UInt8]]
    }

    /// Patterns by their first letter (a–z).
    /// Patterns by their first letter (a–z), each as its first eight bytes packed into an integer
    /// with a mask for shorter patterns, and its index in `patterns`: the text is compared eight
    /// bytes at a time before any pattern is looked at in full.
    static let byLetter: [[(key: UInt64, mask: UInt64, pattern: Int)]] = {
        var table = [[(key: UInt64, mask: UInt64, pattern: Int)]](repeating: [], count: 26)
        for (k, p) in patterns.enumerated() {
            let n = min(8, p.words.count)
            var key: UInt64 = 0
            for j in 0..<8 { key = key << 8 | (j < n ? UInt64(p.words[j]) : 0) }
            let mask: UInt64 = n == 8 ? ~0 : ~((1 << UInt64(8 * (8 - n))) - 1)
            table[Int(p.words[0] - UInt8(ascii: "a"))].append((key, mask, k))
        }
        return table
    }()

    /// The next eight bytes at `i`, lower-cased and packed like the pattern keys.
    @inline(__always) static func key(_ s: [UInt8], _ i: Int, _ limit: Int) -> UInt64 {
        if i + 8 <= limit {
            // All eight bytes at once (first byte most significant), capitals lower-cased together.
            return Bytes.lowered8(s.withUnsafeBytes { UInt64(bigEndian: $0.loadUnaligned(fromByteOffset: i, as: UInt64.self)) })
        }
        var key: UInt64 = 0
        for j in 0..<8 { key = key << 8 | (i + j < limit ? UInt64(Bytes.lower(s[i + j])) : 0) }
        return key
    }

    /// Which first two letters (26 × 26) can start a pattern: most words are rejected by one look-up.
    static let firstTwo: [Bool] = {
        var table = [Bool](repeating: false, count: 26 * 27)
        for p in patterns {
            let second = p.words[1] == UInt8(ascii: " ") ? 26 : Int(p.words[1] - UInt8(ascii: "a"))
            table[Int(p.words[0] - UInt8(ascii: "a")) * 27 + second] = true
        }
        return table
    }()

    static let patterns: [Pattern] = {
        func p(_ text: String, _ rule: Rule, _ extend: [String] = []) -> Pattern {
            Pattern(words: Array(text.utf8), rule: rule, extendTo: extend.map { Array($0.utf8) })
        }
        return [
            p("the last paragraph", .previous), p("the previous paragraph", .previous),
            p("the preceding paragraph", .previous), p("the paragraph above", .previous),
            p("the next paragraph", .next), p("the following paragraph", .next), p("the paragraph below", .next),
            p("see above", .above), p("as discussed above", .above), p("as mentioned above", .above),
            p("as noted above", .above), p("as described above", .above), p("as shown above", .above), p("discussed above", .above), p("mentioned above", .above),
            p("noted above", .above), p("described above", .above), p("quoted above", .above),
            p("cited above", .above), p("explained above", .above), p("outlined above", .above),
            p("as discussed earlier", .above), p("as mentioned earlier", .above), p("as noted earlier", .above),
            p("earlier in this article", .above), p("as we have seen", .above),
            p("see below", .below), p("discussed below", .below), p("described below", .below),
            p("explained below", .below), p("shown below", .below), p("later in this article", .below),
            p("as i have discussed previously", .outside), p("as i discussed previously", .outside),
            p("as i have previously discussed", .outside), p("i have previously set out", .outside),
            p("as i have written", .outside), p("as i wrote", .outside), p("as i have argued", .outside),
            p("as i have said before", .outside), p("as i have pointed out", .outside),
            p("as my colleague", .outside, ["written", "said", "argued", "pointed out", "reported", "noted", "shown"]),
            p("in a previous article", .earlierWriting), p("in an earlier article", .earlierWriting),
            p("i discussed this", .earlierWriting, ["ago", "article"]),
            p("i wrote about this", .earlierWriting, ["ago", "article"]),
            p("since this was written", .sinceWritten), p("since this article was written", .sinceWritten),
            p("since i wrote this", .sinceWritten), p("since writing this", .sinceWritten),
            p("this is as good a point as any to discuss", .topic),
            p("see paragraph", .numbered), p("see para.", .numbered), p("see paragraphs", .numbered),
            p("in paragraph", .numbered), p("at paragraph", .numbered),
        ]
    }()

    /// The distinct first words of the patterns ("the", "see", "as" …).
    static let firstWords: [[UInt8]] = {
        var out: [[UInt8]] = []
        for p in patterns {
            let word = Array(p.words.prefix { $0 != UInt8(ascii: " ") })
            if !out.contains(word) { out.append(word) }
        }
        return out
    }()

    /// The references in `article`; `index` is its search index (where the patterns' first words are).
    static func find(_ article: Article, _ terms: Terms, index: SearchIndex) -> [CrossReference] {
        let s = article.bytes
        let paragraphs = article.paragraphs
        var out: [CrossReference] = []
        var annotationOf: [Int: Annotation] = [:]
        for a in article.annotations { for p in a.paragraphs { annotationOf[p] = a } }
        // Reposted articles: the paragraph where one starts, and its end (the end of the text).
        let reposts = paragraphs.filter { $0.kind == .dateline && ParagraphClassifier.isPublicationDateline(s, $0.range, ParagraphShape(s, $0.range)) }.map(\.index)
        let footnotes = footnoteTargets(s, paragraphs)
        let numberedNotes = FootnoteMarkers.numberedNotes(s, paragraphs)
        // A closing note led by a star, for the star markers in the text.
        let starNote = paragraphs.last.flatMap { $0.kind == .note && $0.range.count > 0 && s[$0.range.start] == UInt8(ascii: "*") ? $0.index : nil }
        var reposted = RepostedArticles(article, starts: reposts)
        let all = Self.patterns
        var numberedParagraphs: [Int: Int]? // built on first use
        var cursors = PatternCursors(index)
        var candidates: [Int] = []
        for para in paragraphs where para.kind != .heading && para.kind != .title {
            let r = para.range
            // Superscript markers ("¹", "²¹"): only where there are numbered notes for them to point at.
            let superscripts = !numberedNotes.isEmpty && para.kind != .note
            collectCandidates(s, r, &cursors, superscripts: superscripts, stars: starNote.map { $0 != para.index } ?? false,
                              into: &candidates)
            var i = r.start
            for candidate in candidates {
                guard candidate >= i else { continue }
                i = candidate
                if let marker = footnoteMarker(s, at: i, in: r, spaced: true) {
                    // "[3]" points at the note "[3] …", else at the note "3 …"; " [3]" after a space only when one is there.
                    let number = Int(String(decoding: s[(marker.start + 1)..<(marker.end - 1)], as: UTF8.self)) ?? -1
                    let target = (footnotes[Array(s[marker.start..<marker.end])] ?? numberedNotes[number]).flatMap { $0 == para.index ? nil : [$0] }
                    if target != nil || !Bytes.isSpace(s[i - 1]) {
                        out.append(CrossReference(paragraph: para.index, range: marker, target: target))
                        i = marker.end; continue
                    }
                }
                if let starNote, para.index != starNote, FootnoteMarkers.isStar(s, at: i, limit: r.end) {
                    out.append(CrossReference(paragraph: para.index, range: TextRange(i, i + 1), target: [starNote]))
                    i += 1; continue
                }
                if superscripts, let marker = FootnoteMarkers.marker(s, at: i, in: r) {
                    out.append(CrossReference(paragraph: para.index, range: marker.range, target: numberedNotes[marker.number].map { [$0] }))
                    i = marker.range.end; continue
                }
                let (found, skipTo) = pattern(at: i, s, in: r)
                guard let matched = found else { i = skipTo; continue }
                let pat = all[matched]
                var end = i + pat.words.count
                if pat.rule == .numbered {
                    // "see paragraph 7": the paragraph numbered 7 ("7. …").
                    guard let (number, k) = number(s, after: end, limit: r.end) else { i = end; continue }
                    if numberedParagraphs == nil { numberedParagraphs = numbered(article) }
                    let target = numberedParagraphs?[number].map { [$0] }
                    out.append(CrossReference(paragraph: para.index, range: TextRange(i, k), target: target))
                    i = k
                    continue
                }
                // (Looked for within the 120 bytes the phrase may extend over: to the paragraph's end, a long
                // paragraph without full stops cost a scan per phrase, quadratic work.)
                let near = sentenceEnd(s, from: end, limit: min(r.end, end + 120))
                for word in pat.extendTo {
                    if let at = Bytes.find(s, word, in: TextRange(end, near)) { end = at + word.count; break }
                }
                // The whole sentence around the phrase says what it points at.
                let sentence = sentence(containing: i, para.sentences, article.sentences)
                    ?? TextRange(i, sentenceEnd(s, from: pat.words.count + i, limit: r.end))
                let target = resolve(pat.rule, article, terms, para.index, sentence, annotationOf, &reposted)
                out.append(CrossReference(paragraph: para.index, range: TextRange(i, end), target: target))
                i = end
            }
        }
        return out
    }

    /// The places in paragraph range `r` where a reference may start, in order: the patterns' first words,
    /// "[", and where asked the lead bytes of superscript digits and stars.
    static func collectCandidates(_ s: [UInt8], _ r: TextRange, _ cursors: inout PatternCursors, superscripts: Bool,
                                  stars: Bool, into candidates: inout [Int]) {
        candidates.removeAll(keepingCapacity: true)
        cursors.collect(in: r, into: &candidates)
        Bytes.forEach(UInt8(ascii: "["), in: s, r) { candidates.append($0) }
        if superscripts {
            Bytes.forEach(0xC2, in: s, r) { candidates.append($0) }
            Bytes.forEach(0xE2, in: s, r) { candidates.append($0) }
        }
        if stars { Bytes.forEach(UInt8(ascii: "*"), in: s, r) { candidates.append($0) } }
        // (The library's sort: it sorts a few by insertion itself, and a paragraph of 20,000 asides in n log n.)
        candidates.sort()
    }

    /// Paragraphs that start with a footnote marker ("[3] Smith, …"), by their marker: the markers' targets.
    static func footnoteTargets(_ s: [UInt8], _ paragraphs: [Paragraph]) -> [[UInt8]: Int] {
        var footnotes: [[UInt8]: Int] = [:]
        for q in paragraphs where q.range.count > 3 && s[q.range.start] == UInt8(ascii: "[") && Bytes.isDigit(s[q.range.start + 1]) {
            var k = q.range.start + 1
            while k < q.range.end, k - q.range.start <= 4, Bytes.isDigit(s[k]) { k += 1 }
            if k < q.range.end, s[k] == UInt8(ascii: "]"), footnotes[Array(s[q.range.start...k])] == nil { footnotes[Array(s[q.range.start...k])] = q.index }
        }
        return footnotes
    }

    /// A footnote marker "[12]" at `i`, attached to the word or punctuation before it ("agree:[2]");
    /// "30 [300]" is an editor's correction, not a marker.
    /// `spaced`: also one after a space, unless a number is before it.
    static func footnoteMarker(_ s: [UInt8], at i: Int, in r: TextRange, spaced: Bool = false) -> TextRange? {
        guard s[i] == UInt8(ascii: "["), i > r.start, i + 2 < r.end, Bytes.isDigit(s[i + 1]) else { return nil }
        if Bytes.isSpace(s[i - 1]) { guard spaced, i - 1 > r.start, !Bytes.isDigit(s[i - 2]), !Bytes.isSpace(s[i - 2]) else { return nil } }
        var k = i + 1
        while k < r.end, k - i <= 3, Bytes.isDigit(s[k]) { k += 1 }
        guard k < r.end, s[k] == UInt8(ascii: "]") else { return nil }
        return TextRange(i, k + 1)
    }

    /// The longest pattern that starts at the word at `i`, found by its first two letters and its
    /// key; else nil and where to look next.
    static func pattern(at i: Int, _ s: [UInt8], in r: TextRange) -> (pattern: Int?, skipTo: Int) {
        let fold = Bytes.asciiFold
        let first = fold[Int(s[i])]
        guard first >= UInt8(ascii: "a"), first != 0xFF, i == r.start || fold[Int(s[i - 1])] == 0, i + 1 < r.end else { return (nil, i + 1) }
        let c = Bytes.lower(s[i + 1])
        let second = c == UInt8(ascii: " ") ? 26 : Bytes.isLower(c) ? Int(c - UInt8(ascii: "a")) : -1
        guard second >= 0, firstTwo[Int(first - UInt8(ascii: "a")) * 27 + second] else {
            return (nil, Bytes.fastWordEnd(s, i, limit: r.end))
        }
        let here = key(s, i, r.end)
        var matched = -1
        for candidate in byLetter[Int(Bytes.lower(s[i]) - UInt8(ascii: "a"))] where here & candidate.mask == candidate.key {
            let words = patterns[candidate.pattern].words
            if matches(s, i, words, r.end), matched < 0 || words.count > patterns[matched].words.count { matched = candidate.pattern }
        }
        return matched >= 0 ? (matched, i) : (nil, Bytes.fastWordEnd(s, i, limit: r.end))
    }

    /// The number (up to four digits) after `end` and the spaces there, and where it ends.
    static func number(_ s: [UInt8], after end: Int, limit: Int) -> (Int, Int)? {
        var k = end
        while k < limit, s[k] == UInt8(ascii: " ") { k += 1 }
        var number = 0, digits = 0
        while k < limit, Bytes.isDigit(s[k]), digits < 4 { number = number * 10 + Int(s[k] - UInt8(ascii: "0")); k += 1; digits += 1 }
        return digits > 0 ? (number, k) : nil
    }

    /// Where the patterns' first words occur, read from the search index's postings (one cursor a
    /// word, in reading order): with the "[" of footnote markers, the only places a reference can
    /// start, so the text is not read word by word.
    struct PatternCursors {
        let index: SearchIndex
        var cursors: [(position: Int, at: Int, end: Int)] = []

        init(_ index: SearchIndex) {
            self.index = index
            for w in CrossReferences.firstWords {
                for rank in index.rankRange(w, prefix: false) {
                    var at = index.postingsByte[rank]
                    let end = index.postingsByte[rank + 1]
                    if at < end { let position = index.varint(&at); cursors.append((position, at, end)) }
                }
            }
        }

        /// The positions inside `r` (paragraphs come in reading order), appended to `out`.
        mutating func collect(in r: TextRange, into out: inout [Int]) {
            for c in cursors.indices {
                while cursors[c].position < r.end {
                    if cursors[c].position >= r.start { out.append(cursors[c].position) }
                    if cursors[c].at < cursors[c].end {
                        cursors[c].position += index.varint(&cursors[c].at)
                    } else {
                        cursors[c].position = Int.max
                    }
                }
            }
        }
    }

    /// Paragraphs that open with a number ("12. …"), by that number.
    static func numbered(_ article: Article) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for p in article.paragraphs {
            let r = p.range
            var k = r.start, number = 0
            while k < r.end, k - r.start < 4, Bytes.isDigit(article.bytes[k]) { number = number * 10 + Int(article.bytes[k] - UInt8(ascii: "0")); k += 1 }
            if k > r.start, k + 1 < r.end, article.bytes[k] == UInt8(ascii: ".") || article.bytes[k] == UInt8(ascii: ")"), article.bytes[k + 1] == UInt8(ascii: " "), out[number] == nil {
                out[number] = p.index
            }
        }
        return out
    }

    static func matches(_ s: [UInt8], _ i: Int, _ words: [UInt8], _ limit: Int) -> Bool {
        guard i + words.count <= limit else { return false }
        for k in 0..<words.count where Bytes.lower(s[i + k]) != words[k] { return false }
        return i + words.count == limit || !Bytes.isASCIILetter(s[i + words.count])
    }

    /// The range of the sentence among `range` (in text order) that holds byte `i`: a binary search, since a
    /// paragraph may have thousands of sentences and a phrase in each.
    static func sentence(containing i: Int, _ range: Range<Int>, _ sentences: [Sentence]) -> TextRange? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].range.end <= i { lo = mid + 1 } else { hi = mid }
        }
        guard lo < range.upperBound, sentences[lo].range.start <= i else { return nil }
        return sentences[lo].range
    }

    static func sentenceEnd(_ s: [UInt8], from i: Int, limit: Int) -> Int {
        var k = i
        while k < limit {
            if (s[k] == UInt8(ascii: ".") || s[k] == UInt8(ascii: "?") || s[k] == UInt8(ascii: "!")), k + 1 == limit || Bytes.isSpace(s[k + 1]) { return k + 1 }
            k += 1
        }
        return limit
    }

    static func content(_ p: Paragraph) -> Bool {
        p.kind == .body || p.kind == .quote || p.kind == .listItem || p.kind == .annotation
    }

    static func resolve(_ rule: Rule, _ article: Article, _ terms: Terms, _ p: Int, _ sentence: TextRange,
                        _ annotationOf: [Int: Annotation], _ reposted: inout RepostedArticles) -> [Int]? {
        let paragraphs = article.paragraphs
        switch rule {
        case .previous:
            return (0..<p).reversed().first { content(paragraphs[$0]) }.map { [$0] }
        case .next:
            return (p + 1..<paragraphs.count).first { content(paragraphs[$0]) }.map { [$0] }
        case .above, .topic:
            return best(article, terms, p, sentence, candidates: (max(0, p - 30)..<p).reversed())
                ?? (0..<p).reversed().first { content(paragraphs[$0]) }.map { [$0] }
        case .below:
            return best(article, terms, p, sentence, candidates: (p + 1)..<min(paragraphs.count, p + 31))
                ?? (p + 1..<paragraphs.count).first { content(paragraphs[$0]) }.map { [$0] }
        case .outside, .numbered:
            return nil
        case .earlierWriting:
            return reposted.after(p)
        case .sinceWritten:
            return annotationOf[p]?.annotates
        }
    }

    /// The reposted articles' paragraphs, by where each starts (a publication dateline). One runs
    /// to the end of its level-1 section when it starts one, else up to the next reposted article
    /// or the end of the text. Each list is made once and shared by every reference to it, so
    /// many references to one long article cost one list (a text repeated many times has an "I
    /// discussed this in an article" in each copy).
    struct RepostedArticles {
        let starts: [Int]
        /// Level-1 sections' last paragraph, by their first.
        let sectionEnd: [Int: Int]
        let paragraphCount: Int
        var made: [Int: [Int]] = [:]

        init(_ article: Article, starts: [Int]) {
            self.starts = starts
            var sectionEnd: [Int: Int] = [:]
            if !starts.isEmpty { for x in article.sections where x.level == 1 && sectionEnd[x.first] == nil { sectionEnd[x.first] = x.last } }
            self.sectionEnd = sectionEnd
            paragraphCount = article.paragraphs.count
        }

        /// The first reposted article that starts after paragraph `p`, nil when none does.
        mutating func after(_ p: Int) -> [Int]? {
            var lo = 0, hi = starts.count
            while lo < hi { let m = (lo + hi) / 2; if starts[m] > p { hi = m } else { lo = m + 1 } }
            guard lo < starts.count else { return nil }
            let start = starts[lo]
            if let known = made[start] { return known }
            let end = sectionEnd[start] ?? (lo + 1 < starts.count ? starts[lo + 1] - 1 : paragraphCount - 1)
            let list = Array(start...end)
            made[start] = list
            return list
        }
    }

    /// The candidate paragraph sharing most weighted terms with the sentence (ties: the nearest).
    static func best(_ article: Article, _ terms: Terms, _ paragraph: Int, _ sentence: TextRange, candidates: some Sequence<Int>) -> [Int]? {
        // Term ids of the sentence in the article's vocabulary: the sentence lies in one paragraph,
        // so use that paragraph's terms that occur in the sentence.
        let s = article.bytes
        let sentenceWords = Set(Bytes.words(s, in: sentence).map { Bytes.lowered(s, $0) })
        let ids = terms.byParagraph[paragraph].filter { id in
            let form = Bytes.lowered(s, terms.firstSeen(Int(id)))
            return sentenceWords.contains(form) || sentenceWords.contains(form + [UInt8(ascii: "s")])
        }
        var bestScore = 0.0, bestIndex: Int?
        for c in candidates where content(article.paragraphs[c]) {
            let score = terms.similarity(ids, terms.byParagraph[c])
            if score > bestScore { bestScore = score; bestIndex = c }
        }
        return bestIndex.map { [$0] }
    }
}
