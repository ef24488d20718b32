/// Lines of a document's front and back matter that a short-line rule would take for headings or
/// list items: source notes, "Cited in …" lines, classification lines, place and date lines,
/// "Subject:" lines, a document-type line that repeats the title, and a closing signature.
enum DocumentMatter {
    /// How many paragraphs from the top the front-matter lines are looked for.
    static let reach = 10

    /// The kind of paragraph `i` when it is one of these lines, else nil. `title`: the title's range.
    static func kind(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape, index i: Int, title: TextRange?) -> ParagraphKind? {
        if Bytes.hasPrefix(s, at: r.start, "Source:", limit: r.end) || Bytes.hasPrefix(s, at: r.start, "Sources:", limit: r.end) { return .note }
        if ParagraphClassifier.isByline(s, r) { return .byline }
        if isClassification(s, r, sh) { return .aside }
        if sh.words <= 40, !sh.endsWithTerminal,
           Bytes.hasPrefix(s, at: r.start, "Cited in ", limit: r.end) || Bytes.hasPrefix(s, at: r.start, "Quoted in ", limit: r.end) { return .aside }
        if isCorrespondenceHeading(s, r, sh) { return .heading }
        if isPlaceDateLine(s, r, sh) { return .dateline }
        guard i < reach else { return nil }
        if isDateLine(s, r, sh) { return .dateline }
        if isSubjectLine(s, r, sh) { return .heading }
        if let title, repeatsTitle(s, r, sh, title: title) { return .heading }
        return nil
    }

    /// "Why the repair backlog keeps growing" between the title and "By Jane Smith": a line in sentence case
    /// of two to sixteen words without a full stop right under the title, over a byline or a date line,
    /// names the text further (a subtitle, kept as a heading that starts no section; a line in capitalised
    /// words there, "Department for Environment", is a dateline of the front matter).
    static func isSubtitle(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ p: Int) -> Bool {
        let sh = shapes[p], r = ranges[p], next = ranges[p + 1]
        guard (2...16).contains(sh.words), !sh.endsWithTerminal || s[r.end - 1] == UInt8(ascii: "?"), !sh.endsWithColon, !sh.endsWithComma,
              sh.listMarker == 0, sh.speakerLabel == 0, Bytes.isUpper(sh.firstByte), !ParagraphClassifier.isByline(s, r),
              !ParagraphClassifier.isFrontMatterLine(s, r, sh), !isClassification(s, r, sh) else { return false }
        return ParagraphClassifier.isByline(s, next) || isDateLine(s, next, shapes[p + 1]) || isPlaceDateLine(s, next, shapes[p + 1])
    }

    /// "County Archives, Box 12, Folder 3.", "National Archives, RG 59, Central Files, 611.61/2-1456. Secret.":
    /// the text's last paragraphs (before closing asides) when each is a citation of where it is kept.
    static func sourceLines(_ s: [UInt8], _ ranges: ParagraphRanges, _ kinds: [ParagraphKind]) -> [Int] {
        var p = ranges.count - 1, out: [Int] = []
        while p > 0, kinds[p] == .aside { p -= 1 }
        while p > 1, kinds[p] == .body, isSourceLine(s, ranges[p]) { out.append(p); p -= 1 }
        return out
    }

    /// Up to thirty words in three or more parts between commas, each of at most five words led by a
    /// capital or a digit, and a digit somewhere (a box, a file, a record group).
    static func isSourceLine(_ s: [UInt8], _ r: TextRange) -> Bool {
        guard r.count <= 240, Bytes.wordCount(s, in: r) <= 30, ParagraphClassifier.hasDigit(s, r) else { return false }
        var parts = 0, k = r.start
        while k < r.end {
            var e = k
            while e < r.end, s[e] != UInt8(ascii: ",") { e += 1 }
            let part = Bytes.trimmed(s, TextRange(k, e))
            guard part.count > 0, Bytes.isUpper(s[part.start]) || Bytes.isDigit(s[part.start]), Bytes.wordCount(s, in: part) <= 5 else { return false }
            parts += 1
            k = e + 1
        }
        return parts >= 3
    }

    /// "CONFIDENTIAL", "SECRET – NOFORN", "Confidential and Personal": a short line that is only a
    /// security classification.
    static func isClassification(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words <= 5, !sh.endsWithColon, sh.listMarker == 0 else { return false }
        let words = Bytes.words(s, in: r).map { Bytes.lowered(s, $0) }
        guard let first = words.first, classificationWords.contains(first) || first == Array("top".utf8) && words.count > 1 else { return false }
        return words.allSatisfy { classificationWords.contains($0) || connectors.contains($0) }
    }
    static let classificationWords: Set<[UInt8]> = Set([
        "confidential", "secret", "top", "restricted", "unclassified", "classified", "personal", "private", "sensitive",
        "noforn", "nodis", "exdis", "limdis", "limited", "official", "use", "only", "eyes", "strictly",
    ].map { Array($0.utf8) })
    static let connectors: Set<[UInt8]> = Set(["and", "for", "–", "—", "-", "/"].map { Array($0.utf8) })

    /// "Athens, August 19, 2002, 1425Z", "May 1801—August 1814", "14 March 1956": a short line
    /// without a full stop that names a month and a year.
    static func isDateLine(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words <= 10, !sh.endsWithTerminal, !sh.endsWithColon, sh.listMarker == 0, sh.speakerLabel == 0 else { return false }
        var month = false, year = false
        for w in Bytes.words(s, in: r) {
            let word = Bytes.lowered(s, w)
            if Bytes.isUpper(s[w.start]), months.contains(word) { month = true }
            var k = w.start
            while k < w.end, Bytes.isDigit(s[k]) { k += 1 }
            if k - w.start == 4, s[w.start] == UInt8(ascii: "1") || s[w.start] == UInt8(ascii: "2") { year = true }
        }
        return month && year
    }
    static let months: Set<[UInt8]> = Set([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ].map { Array($0.utf8) })

    /// "Washington, September 22, 1862.": a letter's place and date, anywhere in a text (a letter
    /// reproduced in a post): a capitalised place, a comma, a month and a year that ends the line.
    static func isPlaceDateLine(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words >= 3, sh.words <= 7, !sh.endsWithColon, sh.listMarker == 0, sh.speakerLabel == 0, Bytes.isUpper(sh.firstByte),
              !sh.endsWithTerminal || s[r.end - 1] == UInt8(ascii: ".") else { return false }
        let words = Bytes.words(s, in: r)
        guard let first = words.first, first.end < r.end, s[first.end] == UInt8(ascii: ","), !months.contains(Bytes.lowered(s, first)),
              let last = words.last, last.count == 4, (last.start..<last.end).allSatisfy({ Bytes.isDigit(s[$0]) }),
              r.end - last.end <= 1 else { return false }
        return words.dropFirst().contains { Bytes.isUpper(s[$0.start]) && months.contains(Bytes.lowered(s, $0)) }
    }

    /// "Subject: Release of the volume", "02867. SUBJECT: …": the line that names what a telegram or
    /// memorandum is about (a subtitle, kept as a level-2 heading).
    static func isSubjectLine(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words >= 2, sh.words <= 40 else { return false }
        let words = Bytes.words(s, in: r).prefix(3)
        for w in words where w.end < r.end && s[w.end] == UInt8(ascii: ":") {
            let word = Bytes.lowered(s, w)
            return word == Array("subject".utf8) || word == Array("subj".utf8)
        }
        return false
    }

    /// "Telegram From the Embassy in Greece to the Department of State" under the page title
    /// "Telegram From the Embassy in Greece to the Department of State, August 2002": a document's
    /// own heading repeating the start of the title (at least four words) is a heading, not a list item.
    static func repeatsTitle(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape, title: TextRange) -> Bool {
        guard sh.words >= 4, sh.words <= 25, !sh.endsWithTerminal, r != title else { return false }
        let a = Bytes.words(s, in: r).map { Bytes.lowered(s, $0) }, b = Bytes.words(s, in: title).map { Bytes.lowered(s, $0) }
        let shared = zip(a, b).prefix { $0 == $1 }.count
        return shared >= 4 && shared >= min(a.count, b.count) - 1
    }

    /// "Mr. Seward to Mr. Adams.", "The Secretary of State to the Embassy in Greece": the heading of a
    /// letter in a printed collection of correspondence, naming only who wrote to whom.
    static func isCorrespondenceHeading(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words >= 3, sh.words <= 14, r.count <= 120, sh.listMarker == 0, sh.speakerLabel == 0, !sh.endsWithColon, !sh.hasComma,
              !sh.endsWithTerminal || s[r.end - 1] == UInt8(ascii: ".") else { return false }
        let words = Bytes.words(s, in: r)
        guard let first = words.first, senderLeads.contains(Bytes.lowered(s, first)) else { return false }
        var to = 0
        for (k, w) in words.enumerated() {
            let word = Bytes.lowered(s, w)
            if word == Array("to".utf8) { to += 1; if k == 0 || k == words.count - 1 { return false }; continue }
            if !Bytes.isUpper(s[w.start]) && !joiners.contains(word) { return false }
        }
        return to == 1
    }
    static let senderLeads: Set<[UInt8]> = Set([
        "mr", "mrs", "miss", "sir", "lord", "lady", "the", "president", "secretary", "ambassador", "minister", "consul",
        "general", "admiral", "colonel", "count", "baron", "prince", "king", "queen", "earl", "marquis", "m",
    ].map { Array($0.utf8) })
    static let joiners: Set<[UInt8]> = Set(["of", "the", "in", "at", "for", "and", "de", "von", "van"].map { Array($0.utf8) })

    /// The bylines of a text's letters: a closing signature (`signature`), and a name signing a letter
    /// right under its complimentary close ("I am, gentlemen, your obedient servant," → "WILLIAM H. SEWARD.").
    static func markSignatures(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ kinds: inout [ParagraphKind]) {
        if let p = signature(s, ranges, shapes, kinds) { kinds[p] = .byline }
        for p in 1..<ranges.count where [.body, .heading, .listItem].contains(kinds[p]) && kinds[p - 1] == .body {
            let close = shapes[p - 1], sh = shapes[p]
            guard close.words <= 12, s[ranges[p - 1].end - 1] == UInt8(ascii: ","), (1...5).contains(sh.words), sh.capitalisedShare == 1,
                  !sh.endsWithColon, sh.listMarker == 0, !ParagraphClassifier.hasDigit(s, ranges[p]) else { continue }
            kinds[p] = .byline
        }
    }

    /// Lines around a letter's or a proclamation's signature block. "DEPARTMENT OF STATE," over its
    /// place and date is a dateline. "ABRAHAM LINCOLN" / "By the President:" / "WILLIAM H. SEWARD,
    /// Secretary of State.": the names above and under a "By …:" line are bylines, not headings. And
    /// "By the President of the United States of America." over a heading in capitals ("A PROCLAMATION.")
    /// is that heading's first line, not a byline.
    static func markSignatureBlocks(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ kinds: inout [ParagraphKind]) {
        let n = ranges.count, open: [ParagraphKind] = [.body, .heading, .listItem]
        func nameLine(_ p: Int) -> Bool {
            let sh = shapes[p]
            return open.contains(kinds[p]) && (1...8).contains(sh.words) && !sh.endsWithColon && sh.listMarker == 0
                && Bytes.isUpper(sh.firstByte) && !ParagraphClassifier.hasDigit(s, ranges[p])
        }
        for p in 0..<n {
            let sh = shapes[p]
            if kinds[p] == .dateline, p > 0, open.contains(kinds[p - 1]), shapes[p - 1].endsWithComma, shapes[p - 1].words <= 6,
               ParagraphClassifier.isCapitalsLine(s, ranges[p - 1], shapes[p - 1]) { kinds[p - 1] = .dateline }
            guard kinds[p] == .byline else { continue }
            if sh.endsWithColon {
                if p > 0, nameLine(p - 1), shapes[p - 1].words <= 5, shapes[p - 1].capitalisedShare == 1 { kinds[p - 1] = .byline }
                if p + 1 < n, nameLine(p + 1) { kinds[p + 1] = .byline }
            } else if s[ranges[p].end - 1] == UInt8(ascii: "."), p + 2 < n, kinds[p + 1] == .heading,
                      ParagraphClassifier.isCapitalsLine(s, ranges[p + 1], shapes[p + 1]) { kinds[p] = .heading }
        }
    }

    /// "Miller", "Gerald R. Ford": a closing signature, the last paragraph of running text when it is
    /// a line of one to four capitalised words under a finished paragraph. Its index, else nil.
    static func signature(_ s: [UInt8], _ ranges: ParagraphRanges, _ shapes: [ParagraphShape], _ kinds: [ParagraphKind]) -> Int? {
        var p = ranges.count - 1
        while p > 1, [.note, .aside, .caption, .dateline].contains(kinds[p]) { p -= 1 }
        let sh = shapes[p], before = shapes[p - 1]
        guard p > 1, [.body, .heading, .listItem].contains(kinds[p]), kinds[p - 1] == .body, sh.words <= 4,
              !sh.endsWithTerminal || s[ranges[p].end - 1] == UInt8(ascii: "."), !sh.endsWithColon, sh.listMarker == 0,
              sh.capitalisedShare == 1, !ParagraphClassifier.hasDigit(s, ranges[p]), !ParagraphClassifier.isStandardHeading(s, ranges[p]),
              before.endsWithTerminal || before.endsWithClosingQuote, before.words >= 6 else { return nil }
        return p
    }
}
