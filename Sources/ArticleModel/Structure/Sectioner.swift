/// The outline a reader browses: level-1 sections in reading order that together cover every
/// paragraph exactly once, some split into level-2 sections that cover the rest of their parent once
/// from the first subheading on: the parent's own heading and intro before it are the parent's alone.
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

    /// `levels`: heading levels the markup states (else read from the heading's text).
    static func sections(_ table: ParagraphTable, _ terms: Terms, _ annotations: [Annotation], levels: [UInt8]? = nil) -> [Section] {
        let n = table.count
        guard n > 0 else { return [] }
        let kinds = table.kinds
        var glued = gluedGaps(table, annotations)
        // An interview's topics change at a question.
        if let questions = questionTurns(table) { for p in 0..<n where !questions[p] { glued[p] = true } }
        let (starts, subheadings) = levelOne(table, levels: levels)
        var out: [Section] = []
        var countA = [Int32](repeating: 0, count: terms.weight.count)
        var countB = countA
        var partNames = HashMap<String>()
        // A text whose running text is one section (beside its front matter and notes) has its topic parts as its top level.
        let front = frontMatterEnd(table)
        let content = starts.indices.filter { k in
            let last = k + 1 < starts.count ? starts[k + 1].start - 1 : n - 1
            return !(front > 0 && last <= front) && !mostlyApparatus(kinds, starts[k].start...last) && starts[k].title != aboutTheAuthor
        }
        let flat = content.count == 1 && subheadings.isEmpty
        for (k, b) in starts.enumerated() {
            let last = k + 1 < starts.count ? starts[k + 1].start - 1 : n - 1
            let title = short(b.title ?? leadingTerms(table, terms, b.start...last, &countA))
            var parts: [ClosedRange<Int>] = []
            if flat, content == [k], last - b.start + 1 > splitAbove {
                parts = topicParts(b.start...last, table, terms, glued, &countA, &countB)
            }
            if !parts.isEmpty {
                for part in parts {
                    let partName = partTitle(part, sectionTitle: "", sectionStart: -1, table, terms, &countA, &partNames)
                    out.append(Section(title: partName, level: 1, first: part.lowerBound, last: part.upperBound))
                }
                continue
            }
            out.append(Section(title: title, level: 1, first: b.start, last: last))
            let subs = subheadings.keys.filter { $0 > b.start && $0 <= last }.sorted()
            if !subs.isEmpty {
                // Level 2 from the subheadings, each from its own heading, as a reader outlines it; the
                // heading's own text before its first subheading (its intro) is the level-1 section's alone.
                for (k, h) in subs.enumerated() {
                    let end = k + 1 < subs.count ? subs[k + 1] - 1 : last
                    out.append(Section(title: short(subheadings[h]!), level: 2, first: h, last: end))
                }
            } else if last - b.start + 1 > splitAbove, !mostlyApparatus(table.kinds, b.start...last) {
                let parts = topicParts(b.start...last, table, terms, glued, &countA, &countB)
                // Room for all the parts at once: a text of a million one-line paragraphs has a hundred
                // thousand, and doubling to fit them held the old and the new array at the build's peak.
                if out.count + parts.count > out.capacity { out.reserveCapacity(max(out.count + parts.count, 2 * out.capacity)) }
                for part in parts {
                    let partName = partTitle(part, sectionTitle: title, sectionStart: b.start, table, terms, &countA, &partNames)
                    out.append(Section(title: partName, level: 2, first: part.lowerBound, last: part.upperBound))
                }
            }
        }
        return out
    }

    /// Whether most of the paragraphs are notes, captions or asides (a run of endnotes has no topics).
    static func mostlyApparatus(_ kinds: [ParagraphKind], _ range: ClosedRange<Int>) -> Bool {
        let apparatus = range.lazy.filter { kinds[$0] == .note || kinds[$0] == .caption || kinds[$0] == .aside }.count
        return 2 * apparatus > range.count
    }

    /// Gaps that must not start a section: inside annotation runs and multi-paragraph quotes, before
    /// a caption, and right after a paragraph that introduces what follows (`glued[p]`: the gap before `p`).
    static func gluedGaps(_ table: ParagraphTable, _ annotations: [Annotation]) -> [Bool] {
        let n = table.count, kinds = table.kinds, shapes = table.shapes
        var glued = [Bool](repeating: false, count: n)
        for a in annotations where a.paragraphs.count > 1 { for p in a.paragraphs.dropFirst() { glued[p] = true } }
        for p in 1..<max(1, n) {
            if kinds[p] == .quote && (kinds[p - 1] == .quote || shapes[p - 1].endsWithColon || !shapes[p - 1].endsWithTerminal) { glued[p] = true }
            if shapes[p - 1].endsWithColon || kinds[p] == .caption { glued[p] = true }
        }
        return glued
    }

    /// Where the level-1 sections start and their titles (nil: named later by their terms), and the
    /// subheadings that start level-2 sections.
    static func levelOne(_ table: ParagraphTable, levels: [UInt8]? = nil) -> (starts: [(start: Int, title: String?)], subheadings: [Int: String]) {
        let s = table.text, kinds = table.kinds, n = table.count
        var level1: [(start: Int, title: String?)] = []
        // A subject line is the document's subtitle, not the start of a part.
        let headings = (0..<n).filter { kinds[$0] == .heading && !DocumentMatter.isSubjectLine(s, table.ranges[$0], table.shapes[$0]) && !isSubtitle(kinds, $0) }
        let transcript = table.shapes.lazy.filter { $0.speakerLabel > 2 }.count >= 3
        // Subheadings (Markdown "##" under "#", "2.1" under "2") start level-2 sections.
        var subheadings: [Int: String] = [:]
        // One heading is enough when it comes after some running text ("Notes" under a chapter).
        if headings.count >= 2 || headings.count == 1 && headings[0] > frontMatterEnd(table) + 1 {
            level1 = headingStarts(table, headings, levels: levels, &subheadings)
        } else if transcript {
            // An interview is one text split by its topics (see `questionTurns`), not by speaker.
            level1 = questionTurns(table) == nil ? speakerStarts(table) : [(0, nil)]
        } else {
            level1.append((0, nil))
            for p in 1..<max(1, n) {
                if isPublication(s, table.ranges[p], kinds[p]) { level1.append((p, "Reposted article")) }
                else if p > n / 2, isClosing(s, table.ranges[p]), kinds[p] == .body { level1.append((p, "Closing remarks")) }
            }
        }
        // Endnotes at the end with no heading over them are a section of their own; a lone closing
        // source line ("This post was originally published on …") stays in the section it closes.
        var notes = n
        while notes > 1, kinds[notes - 1] == .note { notes -= 1 }
        if notes == n - 1, ParagraphClassifier.isPublicationDateline(s, table.ranges[notes], table.shapes[notes]) { notes = n }
        if notes < n, notes > 1, kinds[notes - 1] != .heading, !level1.contains(where: { $0.start >= notes }) { level1.append((notes, "Notes")) }
        // So is the author's bio at the end.
        if let bio = authorBio(table, before: notes), !level1.contains(where: { $0.start == bio }) { level1.append((bio, aboutTheAuthor)); level1.sort { $0.start < $1.start } }
        // Front matter (the title with its byline, dateline, subtitle …) is a section of its own.
        let front = frontMatterEnd(table)
        if front > 0, front + 1 < n, !level1.contains(where: { (1...front).contains($0.start) }) {
            let rest = level1.count > 1 && level1[1].start == front + 1 ? level1[0].title : (level1.count > 1 ? "Introduction" : nil)
            if level1.count == 1 || level1[1].start > front + 1 { level1.insert((front + 1, rest), at: 1) }
            level1[0].title = Bytes.string(s, table.ranges[titleIndex(kinds) ?? 0])
        }
        // The first section's title.
        if level1[0].title == nil {
            level1[0].title = level1.count > 1 ? "Introduction" : (kinds[0] == .title ? Bytes.string(s, table.ranges[0]) : nil)
        }
        // Drop empty starts (two boundaries on one paragraph).
        var starts: [(start: Int, title: String?)] = []
        for b in level1 { if let last = starts.last, last.start >= b.start { starts[starts.count - 1].title = last.title ?? b.title } else { starts.append(b) } }
        return (starts, subheadings)
    }

    /// The last paragraph of the front matter: the title (under a chapter number) and the bylines, datelines, asides,
    /// captions and annotations right under it (0 when there is only the title, or none).
    static func frontMatterEnd(_ table: ParagraphTable) -> Int {
        let kinds = table.kinds
        guard let title = titleIndex(kinds), title + 1 < table.count else { return 0 }
        var k = title + 1
        while k < table.count, [.byline, .dateline, .aside, .caption, .annotation, .note].contains(kinds[k]) || isSubtitle(kinds, k) { k += 1 }
        return k - 1
    }

    /// A heading right under the title and over a byline or dateline: the subtitle, front matter.
    static func isSubtitle(_ kinds: [ParagraphKind], _ p: Int) -> Bool {
        p > 0 && p + 1 < kinds.count && kinds[p] == .heading && kinds[p - 1] == .title && (kinds[p + 1] == .byline || kinds[p + 1] == .dateline)
    }

    /// The title paragraph: the first, or one under a chapter number or document-type and classification lines (asides).
    static func titleIndex(_ kinds: [ParagraphKind]) -> Int? {
        guard let t = kinds.prefix(4).firstIndex(of: .title) else { return nil }
        return kinds.prefix(t).allSatisfy { $0 == .aside } ? t : nil
    }

    /// Level-1 starts at the top-level headings (text before the first is "Introduction"); deeper
    /// headings go to `subheadings`.
    static func headingStarts(_ table: ParagraphTable, _ headings: [Int], levels: [UInt8]?,
                              _ subheadings: inout [Int: String]) -> [(start: Int, title: String?)] {
        let s = table.text, shapes = table.shapes
        var level1: [(start: Int, title: String?)] = []
        var raw = headings.map { h in levels.map { Int($0[h]) } ?? headingLevel(s, table.ranges[h]) }
        // A heading right under another heading is its child ("Spending and revenue" → "Spending in
        // the first year"), unless the one above is a chapter number the second one names.
        if levels == nil {
            let ranges = table.ranges
            // Numbered headings ("6. War criminals") under an unnumbered one ("Protocol") are its parts.
            let numbered = headings.map { LayoutRules.isNumbered(s, ranges[$0], shapes[$0]) }
            if let first = numbered.firstIndex(of: true),
               headings.indices.prefix(first).contains(where: { !ParagraphClassifier.isStandardHeading(s, ranges[headings[$0]]) }) {
                for k in raw.indices where numbered[k] { raw[k] += 1 }
            }
            // The headings under a document's own heading that repeats the title are its parts.
            if let title = titleIndex(table.kinds),
               let doc = headings.firstIndex(where: { DocumentMatter.repeatsTitle(s, ranges[$0], shapes[$0], title: ranges[title]) }) {
                for k in raw.indices where k > doc { raw[k] += 1 }
            }
            let unraised = raw
            for k in raw.indices.dropFirst() where headings[k - 1] == headings[k] - 1 && raw[k] <= raw[k - 1]
                && !ParagraphClassifier.isChapterHeading(s, ranges[headings[k - 1]], shapes[headings[k - 1]])
                && !(ParagraphClassifier.isStandardHeading(s, ranges[headings[k - 1]]) && ParagraphClassifier.isStandardHeading(s, ranges[headings[k]])) {
                raw[k] = raw[k - 1] + 1
            }
            shareLevelOverQuotes(table, headings, unraised, &raw)
            announcedLevels(table, headings, &raw)
            stoppedSiblings(table, headings, unraised, &raw)
            siblingRuns(table, headings, unraised, &raw)
        }
        let top = raw.min() ?? 1
        // A title set as a heading of the top level ("# Alpha" … "# Delta") names its section as the others do.
        let titled = levels.map { table.kinds[0] == .title && Int($0[0]) == top } ?? false
        if headings[0] > 1 { level1.append((0, titled ? headingText(s, table.ranges[0]) : "Introduction")) }
        for (k, h) in headings.enumerated() {
            let text = headingText(s, table.ranges[h])
            if raw[k] > top {
                if level1.isEmpty { level1.append((0, text)) } else { subheadings[h] = text }
                continue
            }
            // A subtitle under a chapter heading belongs to the chapter's title.
            if k > 0, headings[k - 1] == h - 1, ParagraphClassifier.isChapterHeading(s, table.ranges[h - 1], shapes[h - 1]),
               !ParagraphClassifier.isChapterHeading(s, table.ranges[h], shapes[h]) {
                level1[level1.count - 1].title = (level1[level1.count - 1].title ?? "") + ": " + text
                continue
            }
            level1.append((k == 0 && headings[0] <= 1 ? 0 : h, text))
        }
        return level1
    }

    /// Level-1 starts of a transcript: each speaker's opening statement, then "Questions and answers".
    static func speakerStarts(_ table: ParagraphTable) -> [(start: Int, title: String?)] {
        let s = table.text, shapes = table.shapes
        var level1: [(start: Int, title: String?)] = [(0, nil)]
        var speaker: [UInt8] = []
        var questions = false
        for p in 0..<table.count where shapes[p].speakerLabel > 0 {
            let label = Array(s[table.ranges[p].start..<(table.ranges[p].start + shapes[p].speakerLabel)])
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
        return level1
    }

    /// A long section's parts, split where the vocabulary changes most (see `cohesion`, `adjust`, `split`).
    static func topicParts(_ range: ClosedRange<Int>, _ table: ParagraphTable, _ terms: Terms, _ glued: [Bool],
                           _ countA: inout [Int32], _ countB: inout [Int32]) -> [ClosedRange<Int>] {
        var scores = cohesion(range, terms, &countA, &countB)
        adjust(&scores, range, table.shapes, table.kinds)
        // Parts are counted in paragraphs of running text: captions, notes and asides between them add no topic.
        var text = [Int32](repeating: 0, count: range.count + 1)
        for p in range { text[p - range.lowerBound + 1] = text[p - range.lowerBound] + (isApparatus(table.kinds[p]) ? 0 : 1) }
        let parts = joiningSmallParts(split(range, base: range.lowerBound, scores, glued, text: text), table)
        return parts.count > 1 ? parts : []
    }

    /// The fewest words of running text a part has: a few short lines ("I assume this is simultaneous?",
    /// "All right.", "Thank you so much.") are no topic, whatever their count of paragraphs.
    static let minPartWords = 60

    /// Parts with fewer than `minPartWords` words join the part before them (the first, the part after it).
    static func joiningSmallParts(_ parts: [ClosedRange<Int>], _ table: ParagraphTable) -> [ClosedRange<Int>] {
        guard parts.count > 1 else { return parts }
        func words(_ r: ClosedRange<Int>) -> Int {
            var n = 0
            for p in r where !isApparatus(table.kinds[p]) { n += table.shapes[p].words }
            return n
        }
        var out: [ClosedRange<Int>] = []
        out.reserveCapacity(parts.count)
        var pending: ClosedRange<Int>? = nil  // a small first part, waiting for the part after it
        for part in parts {
            let merged = pending.map { $0.lowerBound...part.upperBound } ?? part
            pending = nil
            if let last = out.last, words(part) < minPartWords {
                out[out.count - 1] = last.lowerBound...merged.upperBound
            } else if out.isEmpty, words(merged) < minPartWords {
                pending = merged
            } else {
                out.append(merged)
            }
        }
        if let pending { out.append(pending) }
        return out
    }

    /// A part's title: its heading or short list item, else its leading names or terms (after its
    /// first paragraph when that repeats the section's title). Parts named alike share one string
    /// (`partNames`): a long text has a part every eight paragraphs, and their names recur.
    static func partTitle(_ part: ClosedRange<Int>, sectionTitle: String, sectionStart: Int, _ table: ParagraphTable,
                          _ terms: Terms, _ counts: inout [Int32], _ partNames: inout HashMap<String>) -> String {
        var partName = partTitle(table, terms, part, &counts)
        if partName == sectionTitle || part.lowerBound == sectionStart && table.kinds[sectionStart] == .heading {
            partName = leadingTerms(table, terms, (part.lowerBound + 1 <= part.upperBound ? part.lowerBound + 1 : part.lowerBound)...part.upperBound, &counts)
        }
        partName = short(partName)
        // (Alike byte for byte: Swift's `==` on strings would take canonically equivalent ones as one.)
        if partName.utf8.count > 15 {
            let named = partNames.entry(TextHash.of(partName.utf8), orAdd: partName)
            let earlier = partNames.value(entry: named.entry)
            if !named.added, earlier.utf8.elementsEqual(partName.utf8) { partName = earlier }
        }
        return partName
    }

    /// A heading's level as written: Markdown "#" count, or the depth of a section number
    /// ("2.1 Methods" → 2); 1 otherwise.
    static func headingLevel(_ s: [UInt8], _ r: TextRange) -> Int {
        let hashes = ParagraphClassifier.markdownLevel(s, r)
        if hashes > 0 { return hashes }
        var k = r.start, dots = 0
        while k < r.end, Bytes.isDigit(s[k]) || s[k] == UInt8(ascii: ".") && k + 1 < r.end && Bytes.isDigit(s[k + 1]) { if s[k] == UInt8(ascii: ".") { dots += 1 }; k += 1 }
        return k > r.start && k < r.end && s[k] == UInt8(ascii: " ") ? dots + 1 : 1
    }

    /// A heading without Markdown marks ("## Findings ##" → "Findings").
    static func headingText(_ s: [UInt8], _ r: TextRange) -> String {
        var a = r.start, b = r.end
        while a < b, s[a] == UInt8(ascii: "#") { a += 1 }
        while b > a, s[b - 1] == UInt8(ascii: "#") { b -= 1 }
        return Bytes.string(s, Bytes.trimmed(s, TextRange(a, b)))
    }

    static func speakerName(_ label: [UInt8]) -> String {
        // "PRESIDENT BIDEN: " -> "President Biden"
        var text = String(decoding: label, as: UTF8.self)
        while text.last == " " || text.last == ":" { text.removeLast() }
        return text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    static func isPublication(_ s: [UInt8], _ r: TextRange, _ kind: ParagraphKind) -> Bool {
        kind == .dateline && ParagraphClassifier.isPublicationDateline(s, r, ParagraphShape(s, r))
    }

    static func isClosing(_ s: [UInt8], _ r: TextRange) -> Bool {
        for c in closingCues where Bytes.hasPrefix(s, at: r.start, c, limit: r.end) { return true }
        return false
    }
    static let closingCues: [StaticString] = [
        "In conclusion", "To conclude", "To sum up", "In summary", "In sum,", "Let me close",
        "All in all", "In closing", "Concluding remarks", "To summarise", "To summarize",
    ]

    /// Lexical cohesion at every gap of `range` (gap g lies between paragraphs g-1 and g): the
    /// weighted overlap of the terms of the three paragraphs before and the three after, as a
    /// cosine. Windows slide one paragraph at a time with per-term counts, so this is linear in
    /// the number of terms; `countA`/`countB` are zeroed buffers of the vocabulary's size, left zeroed.
    static func cohesion(_ range: ClosedRange<Int>, _ terms: Terms, _ countA: inout [Int32], _ countB: inout [Int32]) -> [Double] {
        let lo = range.lowerBound, hi = range.upperBound
        var scores = [Double](repeating: 1, count: range.count)
        var shared = 0.0, wa = 0.0, wb = 0.0
        let w = terms.weight
        func addA(_ p: Int) { for t in terms.byParagraph[p] { let k = Int(t); if countA[k] == 0 { wa += w[k]; if countB[k] > 0 { shared += w[k] } }; countA[k] += 1 } }
        func removeA(_ p: Int) { for t in terms.byParagraph[p] { let k = Int(t); countA[k] -= 1; if countA[k] == 0 { wa -= w[k]; if countB[k] > 0 { shared -= w[k] } } } }
        func addB(_ p: Int) { for t in terms.byParagraph[p] { let k = Int(t); if countB[k] == 0 { wb += w[k]; if countA[k] > 0 { shared += w[k] } }; countB[k] += 1 } }
        func removeB(_ p: Int) { for t in terms.byParagraph[p] { let k = Int(t); countB[k] -= 1; if countB[k] == 0 { wb -= w[k]; if countA[k] > 0 { shared -= w[k] } } } }
        guard lo < hi else { return scores }
        // Gap lo+1: A = {lo}, B = {lo+1 … lo+3}.
        addA(lo)
        for p in (lo + 1)...min(hi, lo + 3) { addB(p) }
        var g = lo + 1
        while true {
            scores[g - lo] = wa > 0 && wb > 0 ? max(0, shared) / (wa * wb).squareRoot() : 0
            guard g < hi else { break }
            // Slide: paragraph g moves from B to A; g-3 leaves A; g+3 joins B.
            removeB(g)
            addA(g)
            if g - 3 >= lo { removeA(g - 3) }
            if g + 3 <= hi { addB(g + 3) }
            g += 1
        }
        // Leave the buffers zeroed: now A = [hi-3, hi) and B = {hi}.
        for p in max(lo, hi - 3)..<hi { removeA(p) }
        removeB(hi)
        return scores
    }

    /// Weighs each gap's cohesion score (indexed from `range`'s start) by what follows it: a
    /// numbered item, a question or a heading is a likelier start, a quotation, an annotation or
    /// an aside a less likely one. Lower scores split first.
    static func adjust(_ scores: inout [Double], _ range: ClosedRange<Int>, _ shapes: [ParagraphShape], _ kinds: [ParagraphKind]) {
        let base = range.lowerBound
        for g in range {
            var score = scores[g - base]
            if shapes[g].listMarker > 0 && shapes[g].firstByte >= UInt8(ascii: "0") && shapes[g].firstByte <= UInt8(ascii: "9") { score *= 0.5 }
            if shapes[g].speakerLabel == 2 { score *= 0.3 }
            if kinds[g] == .heading { score *= 0.3 }
            if kinds[g] == .annotation || kinds[g] == .quote || kinds[g] == .aside { score += 0.2 }
            scores[g - base] = score
        }
    }

    /// Splits `range` into parts at the weakest lexical links (`adjust`ed cohesion scores, indexed
    /// from `base`), aiming at `targetSize` paragraphs a part and splitting long parts again; no parts
    /// when it is not split. The candidate gaps are sorted as 32-bit indices into the scores (a section of
    /// a million paragraphs has a million of them).
    static func isApparatus(_ kind: ParagraphKind) -> Bool { kind == .caption || kind == .note || kind == .aside }

    /// `text`: running-text paragraphs before each gap (from `base`); nil counts every paragraph.
    static func split(_ range: ClosedRange<Int>, base: Int, _ scores: [Double], _ glued: [Bool], text: [Int32]? = nil) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        // Room for the most parts there can be (each has at least three paragraphs), so that the array of
        // a section of a million paragraphs never doubles (old and new arrays held at once would be the sectioner's peak).
        out.reserveCapacity(range.count / 3 + 1)
        _ = split(range, base: base, scores, glued, text: text, into: &out)
        return out
    }

    /// Appends the parts of `range` to `out`, parts still far too long split again; false (and nothing
    /// appended) when it is not split. (Into one array, and each level's sorted gaps gone before the next:
    /// for a section of a million paragraphs, copies of the parts and the gaps held at once would be the peak.)
    static func split(_ range: ClosedRange<Int>, base: Int, _ scores: [Double], _ glued: [Bool], text: [Int32]? = nil,
                      into out: inout [ClosedRange<Int>]) -> Bool {
        let size = range.count
        func textSize(_ r: ClosedRange<Int>) -> Int { text.map { Int($0[r.upperBound - base + 1] - $0[r.lowerBound - base]) } ?? r.count }
        let parts = max(2, Int((Double(textSize(range)) / Double(targetSize)).rounded()))
        let minSize = 3
        let lo = range.lowerBound, hi = range.upperBound
        guard size >= 2 * minSize else { return false }
        var chosen: [Int] = []
        do {
            var candidates: [Int32] = []
            candidates.reserveCapacity(size)
            for g in (lo + minSize)...(hi - minSize + 1) where !glued[g] { candidates.append(Int32(g - base)) }
            candidates.sort { scores[Int($0)] < scores[Int($1)] || scores[Int($0)] == scores[Int($1)] && $0 < $1 }
            var blocked = [Bool](repeating: false, count: size + 1)
            for c in candidates where chosen.count < parts - 1 && !blocked[Int(c) + base - lo] {
                let gap = Int(c) + base
                chosen.append(gap)
                for k in max(0, gap - lo - minSize + 1)...min(size, gap - lo + minSize - 1) { blocked[k] = true }
            }
        }
        guard !chosen.isEmpty else { return false }
        chosen.sort()
        var start = lo
        for k in 0...chosen.count {
            let end = k < chosen.count ? chosen[k] - 1 : hi
            let part = start...end
            if textSize(part) <= 2 * targetSize || !split(part, base: base, scores, glued, text: text, into: &out) { out.append(part) }
            start = end + 1
        }
        return true
    }
}
