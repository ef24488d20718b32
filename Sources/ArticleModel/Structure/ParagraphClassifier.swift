/// The first pass over paragraph kinds, from each paragraph's own shape and its neighbours:
/// title, byline, dateline, heading, list-item, note, aside or body. Quotes and annotations are
/// marked afterwards by `Quotes` and `Annotations`, which need wider context.
enum ParagraphClassifier {
    static func classify(_ table: ParagraphTable) -> [ParagraphKind] {
        let s = table.text, ranges = table.ranges, shapes = table.shapes
        let n = ranges.count
        var kinds = [ParagraphKind](repeating: .body, count: n)
        guard n > 0 else { return kinds }
        let transcript = shapes.lazy.filter { $0.speakerLabel > 2 }.count >= 3

        let firstBody = frontMatter(table, &kinds)
        let title = kinds.prefix(Article.titleReach).firstIndex(of: .title).map { ranges[$0] }
        for i in firstBody..<n {
            let r = ranges[i], sh = shapes[i]
            // "This post was originally published on the … blog.": the source note when it closes the text.
            if isPublicationDateline(s, r, sh) { kinds[i] = i == n - 1 && i > firstBody ? .note : .dateline; continue }
            if isTimeLine(s, r, sh) { kinds[i] = .dateline; continue }
            if let kind = DocumentMatter.kind(s, r, sh, index: i, title: title) { kinds[i] = kind; continue }
            if isAside(s, r, sh) { kinds[i] = LayoutRules.isClosingCall(shapes, i) ? .heading : .aside; continue }
            if LayoutRules.isCreditLine(s, r, sh) || LayoutRules.isEditorialLabel(s, r, sh) || LayoutRules.isNamesLine(s, r, sh) { kinds[i] = .aside; continue }
            if sh.onlyParentheses && (sh.words < 12 || transcript) { kinds[i] = .note; continue }
            if sh.words <= 4, isStandardHeading(s, r) || isChapterHeading(s, r, sh) { kinds[i] = .heading; continue }
            if sh.words <= 16, markdownLevel(s, r) > 0 { kinds[i] = .heading; continue }
            // A subtitle in capitals right after a heading: "CHAPTER I" / "A FACE ON WHICH TIME …".
            // An old-style heading in capitals with a full stop: "A PROCLAMATION.", "INTRODUCTION.".
            if i > 0, kinds[i - 1] == .heading && isCapitalsLine(s, r, sh) || LayoutRules.isStoppedCapitalsHeading(s, r, sh),
               i + 1 < n, isBodyLike(shapes[i + 1]) { kinds[i] = .heading; continue }
            if LayoutRules.isCaption(s, r, sh) { kinds[i] = .caption; continue }
            if isNote(s, r, sh) { kinds[i] = .note; continue }
            // Under a notes heading, lines that start with a bare number are the notes.
            if i > 0, kinds[i - 1] == .note && LayoutRules.isNumberedNote(s, ranges[i - 1])
                || kinds[i - 1] == .heading && LayoutRules.isNotesHeading(s, ranges[i - 1]),
               LayoutRules.isNumberedNote(s, r) { kinds[i] = .note; continue }
            let after = i + 1 < n ? shapes[i + 1] : nil
            if LayoutRules.isNumberedHeading(s, r, sh, after: after, next: i + 1 < n ? ranges[i + 1] : nil) { kinds[i] = .heading; continue }
            if sh.listMarker > 0 { kinds[i] = sh.words <= 60 ? .listItem : .body; continue }
            if isHeadingCandidate(s, r, sh) {
                if isStandardHeading(s, r) {
                    kinds[i] = .heading; continue
                }
                if i + 1 < n, isBodyLike(shapes[i + 1]) {
                    kinds[i] = .heading; continue
                }
            }
            // (A transcript's short lines are spoken: "My turn, huh?")
            // (Nor are the entries under "External links" or "See also".)
            // A caption between them is not the text: the line stands after what came before it.
            var b = i - 1
            while b > firstBody, kinds[b] == .caption { b -= 1 }
            if i > 0, !transcript, !(kinds[b] == .heading && isListHeading(s, ranges[b])), LayoutRules.isLayoutHeading(s, r, sh, before: shapes[b], after: after, afterNext: i + 2 < n ? shapes[i + 2] : nil,
                                                             underHeading: kinds[b] == .heading) { kinds[i] = .heading; continue }
        }
        wholeTextPasses(table, &kinds, firstBody: firstBody, transcript: transcript)
        return kinds
    }

    /// Marks the front matter (a chapter number, document-type and classification lines over the title, the
    /// title, a subtitle, bylines and datelines) and returns the first paragraph after it.
    static func frontMatter(_ table: ParagraphTable, _ kinds: inout [ParagraphKind]) -> Int {
        let s = table.text, ranges = table.ranges, shapes = table.shapes
        let n = ranges.count
        // Front matter: after a short first line, the short unpunctuated lines before the first
        // sentence-like paragraph are bylines and datelines.
        var firstBody = 0
        // A chapter number alone above the title ("XI", "12") is an aside.
        if n > 2, isChapterNumber(s, ranges[0], shapes[0]), isTitleLike(shapes[1]), !isBodyLike(shapes[1]) {
            kinds[0] = .aside
            firstBody = 1
        }
        // A document-type line ("BRIEFING NOTE", "Telegram 212") or a classification line over the real
        // title is an aside: the title is the line in mixed case below them.
        var lead = firstBody
        while lead < min(n - 1, firstBody + 3), isDocumentTypeLine(s, ranges[lead], shapes[lead])
                || DocumentMatter.isClassification(s, ranges[lead], shapes[lead]) { lead += 1 }
        if lead > firstBody, isTitleLike(shapes[lead]), !isBodyLike(shapes[lead]), hasLowercase(s, ranges[lead]) {
            for i in firstBody..<lead { kinds[i] = .aside }
            firstBody = lead
        }
        if isTitleLike(shapes[firstBody]) {
            kinds[firstBody] = .title
            firstBody += 1
            if firstBody + 1 < n, DocumentMatter.isSubtitle(s, ranges, shapes, firstBody) { kinds[firstBody] = .heading; firstBody += 1 }
            while firstBody < n, firstBody <= 6, isFrontMatterLine(s, ranges[firstBody], shapes[firstBody]) {
                // A heading right after the title ("Summary", "CHAPTER I", "# Background") ends the front matter.
                let r = ranges[firstBody], sh = shapes[firstBody]
                if isChapterHeading(s, r, sh) || sh.words <= 4 && isStandardHeading(s, r) || markdownLevel(s, r) > 0 { break }
                if isHeadingCandidate(s, r, sh), firstBody + 1 < n, isBodyLike(shapes[firstBody + 1]), !isTimeLine(s, r, sh), !hasDigit(s, r) { break }
                kinds[firstBody] = isByline(s, r) ? .byline : DocumentMatter.isClassification(s, r, sh) ? .aside : .dateline
                firstBody += 1
            }
        }
        return firstBody
    }

    /// The passes that look at runs of paragraphs once each has its kind: lists, numbered and lettered
    /// paragraphs, question headings, captions, notes, signatures.
    static func wholeTextPasses(_ table: ParagraphTable, _ kinds: inout [ParagraphKind], firstBody: Int, transcript: Bool) {
        let s = table.text, ranges = table.ranges, shapes = table.shapes
        let n = ranges.count
        // Short unpunctuated lines next to each other (flattened bullet lists, "See also" entries)
        // that are not headings are list items.
        for i in firstBody..<n where kinds[i] == .body && isShortLine(shapes[i]) {
            let prev = i > firstBody && (isShortLine(shapes[i - 1]) && kinds[i - 1] != .heading || kinds[i - 1] == .listItem)
            let next = i + 1 < n && isShortLine(shapes[i + 1]) && kinds[i + 1] != .heading
            let afterListHeading = i > 0 && kinds[i - 1] == .heading && isListHeading(s, ranges[i - 1])
            if prev || next || afterListHeading { kinds[i] = .listItem }
        }
        numberedParagraphs(s, ranges, shapes, &kinds)
        letteredSiblings(s, ranges, shapes, &kinds)
        for i in firstBody..<max(firstBody, n - 1) where !transcript && kinds[i] == .body && LayoutRules.isQuestionHeading(s, ranges[i], shapes[i], next: ranges[i + 1]) { kinds[i] = .heading }
        if transcript { InterviewQuestions.mark(table, &kinds, firstBody: firstBody) }
        LayoutRules.placeholderCaptions(s, ranges, shapes, &kinds)
        if !transcript { LayoutRules.colonLists(s, ranges, shapes, &kinds); LayoutRules.announcedHeadings(s, ranges, shapes, &kinds) }
        LayoutRules.parallelLists(s, ranges, shapes, &kinds)
        if !transcript { LayoutRules.verblessCaptions(s, ranges, shapes, &kinds) }
        if !transcript, let p = DocumentMatter.authorNote(table, kinds, firstBody: firstBody) { kinds[p] = .aside }
        for p in FootnoteMarkers.trailingNotes(s, ranges, kinds) + DocumentMatter.sourceLines(s, ranges, kinds) { kinds[p] = .note }
        if n > 2, let p = FootnoteMarkers.starNote(s, ranges, kinds) { kinds[p] = .note }
        if n > 3 { DocumentMatter.markSignatures(s, ranges, shapes, &kinds); DocumentMatter.markSignatureBlocks(s, ranges, shapes, &kinds) }
        if !transcript, firstBody > 0, firstBody + 1 < n { LayoutRules.firstOfTheHeadings(s, ranges, shapes, &kinds, firstBody) }
    }

    /// Numbered paragraphs of a paper ("1. Summary. …", a heading, "2. The talks …"): when the
    /// numbering runs on across a heading, the numbers are the paper's paragraph numbers, and its
    /// numbered paragraphs are body, whatever their length. So are those of a run numbered one after
    /// another ("4. The Government believes …", "5. …") most of which are sentences of twelve words or more.
    static func numberedParagraphs(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ kinds: inout [ParagraphKind]) {
        LayoutRules.lastItemsOfLists(s, ranges, shapes, &kinds)
        var numbered: [(index: Int, number: Int)] = []
        for (p, sh) in shapes.enumerated() where sh.listMarker > 0 && Bytes.isDigit(sh.firstByte) && (kinds[p] == .listItem || kinds[p] == .body) {
            numbered.append((p, LayoutRules.leadingNumber(s, ranges[p])))
        }
        let acrossHeading = zip(numbered, numbered.dropFirst()).contains { a, b in
            b.number == a.number + 1 && (a.index + 1..<b.index).contains { kinds[$0] == .heading }
        }
        if acrossHeading {
            for (p, _) in numbered where kinds[p] == .listItem { kinds[p] = .body }
            return
        }
        var first = 0
        while first < numbered.count {
            var last = first
            while last + 1 < numbered.count, numbered[last + 1].number == numbered[last].number + 1 { last += 1 }
            let run = numbered[first...last].map(\.index)
            let prose = run.filter { shapes[$0].words >= 12 && (shapes[$0].endsWithTerminal || shapes[$0].endsWithColon) }.count
            if run.count >= 2, 2 * prose > run.count { for p in run where kinds[p] == .listItem { kinds[p] = .body } }
            first = last + 1
        }
    }

    /// "(a) that funding be kept;", "(b) Import policy …" (a long one), "(c) …": lettered items that
    /// follow one another in the alphabet are siblings, all list items when any of them is one.
    static func letteredSiblings(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ kinds: inout [ParagraphKind]) {
        func letter(_ p: Int) -> UInt8? {
            let r = ranges[p], m = shapes[p].listMarker
            guard m >= 3, kinds[p] == .body || kinds[p] == .listItem else { return nil }
            let k = s[r.start] == UInt8(ascii: "(") ? r.start + 1 : r.start
            return Bytes.isLower(s[k]) && s[k + 1] == UInt8(ascii: ")") ? s[k] : nil
        }
        var p = 0
        while p < ranges.count {
            guard let first = letter(p) else { p += 1; continue }
            var end = p
            while end + 1 < ranges.count, letter(end + 1) == first + UInt8(end + 1 - p) { end += 1 }
            if end > p, (p...end).contains(where: { kinds[$0] == .listItem }) { for q in p...end { kinds[q] = .listItem } }
            p = end + 1
        }
    }

    /// A line that is only a number: "XI", "12", "IV.".
    static func isChapterNumber(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words == 1, r.count <= 6 else { return false }
        var e = r.end
        if s[e - 1] == UInt8(ascii: ".") { e -= 1 }
        let token = Array(s[r.start..<e])
        return !token.isEmpty && (token.allSatisfy(Bytes.isDigit) || ListMarker.isRoman(token) && token.allSatisfy(Bytes.isUpper))
    }

    /// "BRIEFING NOTE", "MEMORANDUM", "Telegram 212": up to three words in capitals, or a word and a number.
    static func isDocumentTypeLine(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard (1...3).contains(sh.words), r.count <= 30, !sh.endsWithTerminal, !sh.endsWithColon, sh.listMarker == 0 else { return false }
        let words = Bytes.words(s, in: r)
        if words.count == 2, Bytes.isUpper(s[words[0].start]), (words[1].start..<words[1].end).allSatisfy({ Bytes.isDigit(s[$0]) }) { return true }
        return !hasLowercase(s, r) && words.allSatisfy { !Bytes.isDigit(s[$0.start]) }
    }

    static func hasLowercase(_ s: [UInt8], _ r: TextRange) -> Bool {
        (r.start..<r.end).contains { Bytes.isLower(s[$0]) }
    }

    static func isTitleLike(_ sh: ParagraphShape) -> Bool {
        sh.words >= 1 && sh.words <= 25 && !sh.endsWithColon && sh.speakerLabel <= 2 && sh.listMarker == 0
    }

    /// A line of up to ten words without a final full stop, or a byline.
    static func isFrontMatterLine(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        if isByline(s, r) { return true }
        if sh.speakerLabel > 0 || sh.listMarker > 0 || sh.opensQuote || sh.firstByte == UInt8(ascii: "(") { return false }
        if isTimeLine(s, r, sh) { return true }
        return sh.words <= 10 && !sh.endsWithTerminal && !sh.endsWithColon && (sh.capitalisedShare >= 0.75 || hasDigit(s, r))
    }

    static func isByline(_ s: [UInt8], _ r: TextRange) -> Bool {
        guard Bytes.hasPrefix(s, at: r.start, "By ") || Bytes.hasPrefix(s, at: r.start, "Posted by ")
            || Bytes.hasPrefix(s, at: r.start, "Written by ") || Bytes.hasPrefix(s, at: r.start, "Author:") else { return false }
        return Bytes.wordCount(s, in: r) <= 12
    }

    static func hasDigit(_ s: [UInt8], _ r: TextRange) -> Bool {
        for i in r.start..<r.end where Bytes.isDigit(s[i]) { return true }
        return false
    }

    /// "This article was first published by … on …", "Originally published …", "First appeared in …".
    static func isPublicationDateline(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words <= 25 else { return false }
        return publicationCues.first(s, in: TextRange(r.start, min(r.end, r.start + 60))) != nil
    }
    static let publicationCues = Bytes.Needles([
        "first published", "originally published", "first appeared", "originally appeared", "was published by",
        "reposted from", "republished from", "this article appeared",
    ])

    /// A line that is only a time or a date: "4:44 P.M. EST", "1:40 P.M. ICT", "July 5, 2016".
    static func isTimeLine(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words <= 4, r.count > 0, Bytes.isDigit(s[r.start]) else { return false }
        if Bytes.find(s, Array("a.m".utf8), in: r) != nil || Bytes.find(s, Array("p.m".utf8), in: r) != nil { return true }
        // "14:05", "4:44 EST": a colon between digits.
        for i in (r.start + 1)..<max(r.start + 1, r.end - 1) where s[i] == UInt8(ascii: ":") && Bytes.isDigit(s[i - 1]) && Bytes.isDigit(s[i + 1]) { return true }
        return false
    }

    /// Adverts, navigation and sharing lines: short, unpunctuated, led by a call to action.
    static func isAside(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words <= 10, !sh.endsWithColon, sh.speakerLabel == 0 else { return false }
        // The leads are 3 to 13 letters: other first words need no lower-cased copy or look-up.
        let firstEnd = Bytes.wordEnd(s, r.start, limit: r.end)
        if (3...13).contains(firstEnd - r.start), isAsideLead(s, r.start, firstEnd),
           sh.capitalisedShare >= 0.6 || sh.words <= 4 { return true }
        return asidePhrases.first(s, in: r) != nil
    }
    /// Whether `s[a..<e]`, lower-cased, is one of `asideLeads` (compared in place: no lower-cased
    /// copy and no hashing for every short paragraph).
    static func isAsideLead(_ s: [UInt8], _ a: Int, _ e: Int) -> Bool {
        lead: for w in asideLeads where w.count == e - a {
            for k in 0..<w.count where Bytes.lower(s[a + k]) != w[k] { continue lead }
            return true
        }
        return false
    }
    static let asideLeads: [[UInt8]] = [
        "buy", "subscribe", "donate", "shop", "click", "advertisement", "sponsored", "advertising", "sign",
        "share", "follow", "download", "order", "get", "save", "join", "support", "register", "tweet",
    ].map { Array($0.utf8) }
    static let asidePhrases = Bytes.Needles([
        "read more", "continue reading", "sign up", "click here", "related articles", "related:", "share this",
        "subscribe to", "discounted prices", "free shipping", "advertisement",
    ])

    /// Editorial pointers: "See …", "Main article …", "Further information: …", footnote text "[1] …".
    static func isNote(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        if sh.words <= 20 {
            if Bytes.hasPrefix(s, at: r.start, "See ") && !Bytes.hasPrefix(s, at: r.start, "See also ") { return true }
            if Bytes.hasPrefix(s, at: r.start, "Main article") || Bytes.hasPrefix(s, at: r.start, "Further information")
                || Bytes.hasPrefix(s, at: r.start, "Source:") || Bytes.hasPrefix(s, at: r.start, "Photo:") { return true }
        }
        // Footnote text: "[1] …" or "1 …" lines are not detected here; "[1] Text" is.
        if r.count > 3, s[r.start] == UInt8(ascii: "["), Bytes.isDigit(s[r.start + 1]) {
            var k = r.start + 1
            while k < r.end, Bytes.isDigit(s[k]) { k += 1 }
            if k < r.end, s[k] == UInt8(ascii: "]"), k + 1 < r.end { return true }
        }
        return false
    }

    /// A short line that could be a heading: up to eight words, no final punctuation, no comma, no
    /// list marker or speaker label, mostly capitalised or very short, not opening a sentence.
    static func isHeadingCandidate(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words >= 1, sh.words <= 8, r.count <= 80 else { return false }
        guard !sh.endsWithTerminal, !sh.endsWithColon, !sh.endsWithComma, !sh.hasComma else { return false }
        guard sh.listMarker == 0, sh.speakerLabel == 0, !sh.opensQuote, sh.firstByte != UInt8(ascii: "("), sh.firstByte != UInt8(ascii: "[") else { return false }
        let c = sh.firstByte
        guard Bytes.isUpper(c) || Bytes.isDigit(c) || c >= 0xC3 else { return false }
        // The openers are 1 to 5 letters: longer first words need no look-up.
        let firstEnd = Bytes.wordEnd(s, r.start, limit: r.end)
        if firstEnd - r.start <= 5, sentenceOpeners.contains(Bytes.lowered(s, TextRange(r.start, firstEnd))), sh.capitalisedShare < 0.9 { return false }
        return sh.words <= 3 || sh.capitalisedShare >= 0.5
    }
    static let sentenceOpeners: Set<[UInt8]> = Set([
        "this", "these", "that", "those", "it", "they", "we", "he", "she", "i", "there", "and", "but", "so",
        "the", "a", "an", "if", "when", "as", "you",
    ].map { Array($0.utf8) })

    /// The number of "#" before a Markdown heading ("## Findings" → 2), else 0.
    static func markdownLevel(_ s: [UInt8], _ r: TextRange) -> Int {
        var k = r.start
        while k < r.end, s[k] == UInt8(ascii: "#"), k - r.start < 6 { k += 1 }
        return k > r.start && k < r.end && s[k] == UInt8(ascii: " ") ? k - r.start : 0
    }

    /// "CHAPTER I", "Chapter 12", "Part Two", "BOOK III.", "Appendix A", "Act 2": a heading wherever it is.
    static func isChapterHeading(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words >= 2, sh.words <= 6, sh.listMarker == 0 else { return false }
        // The chapter words are 3 to 8 letters.
        let firstEnd = Bytes.wordEnd(s, r.start, limit: r.end)
        guard (3...8).contains(firstEnd - r.start) else { return false }
        let first = Bytes.lowered(s, TextRange(r.start, firstEnd))
        guard chapterWords.contains(first) else { return false }
        var k = r.start + first.count
        while k < r.end, s[k] == UInt8(ascii: " ") { k += 1 }
        guard k < r.end else { return false }
        let e = Bytes.wordEnd(s, k, limit: r.end)
        let word = Bytes.lowered(s, TextRange(k, e))
        return Bytes.isDigit(s[k]) || ListMarker.isRoman(word) || word.count == 1 || numberWords.contains(word)
    }
    static let chapterWords: Set<[UInt8]> = Set(["chapter", "part", "book", "section", "appendix", "annex", "act", "scene", "volume", "canto", "letter"].map { Array($0.utf8) })
    static let numberWords: Set<[UInt8]> = Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "last", "the"].map { Array($0.utf8) })

    /// A line in capitals (a subtitle), up to fourteen words, commas allowed.
    static func isCapitalsLine(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words <= 14, !sh.endsWithTerminal || s[r.end - 1] == UInt8(ascii: ".") && sh.words <= 14, sh.speakerLabel == 0 else { return false }
        var letters = 0
        for i in r.start..<r.end {
            if Bytes.isLower(s[i]) { return false }
            if Bytes.isUpper(s[i]) { letters += 1 }
        }
        return letters >= 3
    }

    /// Headings that need no following text: "See also", "References", "Notes", "External links" …
    static func isStandardHeading(_ s: [UInt8], _ r: TextRange) -> Bool {
        // The headings are 5 to 16 bytes: other lines need no lower-cased copy or look-up.
        guard (5...16).contains(r.count) else { return false }
        let t = Bytes.lowered(s, r)
        return standardHeadings.contains(t)
    }
    static let standardHeadings: Set<[UInt8]> = Set([
        "see also", "references", "notes", "external links", "further reading", "bibliography", "sources",
        "footnotes", "contents", "introduction", "conclusion", "conclusions", "summary", "abstract",
        "acknowledgements", "acknowledgments", "background", "endnotes", "citations", "works cited",
    ].map { Array($0.utf8) })

    static func isListHeading(_ s: [UInt8], _ r: TextRange) -> Bool {
        let t = Bytes.lowered(s, r)
        return t == Array("see also".utf8) || t == Array("external links".utf8) || t == Array("further reading".utf8)
            || t == Array("references".utf8) || t == Array("bibliography".utf8) || t == Array("sources".utf8)
    }

    /// A paragraph of running text: a sentence that ends, or a long one.
    static func isBodyLike(_ sh: ParagraphShape) -> Bool {
        (sh.endsWithTerminal || sh.endsWithColon || sh.endsWithClosingQuote || sh.closesParenthesis) && sh.words >= 6 || sh.words >= 15
    }

    static func isShortLine(_ sh: ParagraphShape) -> Bool {
        sh.words <= 14 && !sh.endsWithTerminal && !sh.endsWithColon && sh.speakerLabel == 0 && sh.firstByte != UInt8(ascii: "(")
    }
}
