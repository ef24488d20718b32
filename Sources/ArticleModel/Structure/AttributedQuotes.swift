/// Block quotes known by the line that names who spoke under them, and the headings set over such
/// quotes. A coworker's answer set as a block quote without marks, then "– Jane Smith, UX designer":
/// the paragraphs above the attribution line, back to the heading or the previous quote, are her
/// words, whatever person they are told in.
enum AttributedQuotes {
    /// How many paragraphs above an attribution line one quotation may reach.
    static let reach = 10

    /// Quotations ended by an attribution line, each with the line; `taken`: paragraphs already in a quote.
    static func find(_ table: ParagraphTable, taken: Set<Int>) -> [Quote] {
        let s = table.text, ranges = table.ranges, shapes = table.shapes
        var out: [Quote] = []
        var floor = 0 // paragraphs before it belong to an earlier quotation
        for a in 1..<max(1, table.count) where isAttributionLine(table, a) && !taken.contains(a) {
            var first = a
            while first - 1 >= max(floor, a - reach), canBeQuoted(table, first - 1), !taken.contains(first - 1) {
                let p = first - 1
                // A short line right after a heading, a list or another quote heads this quotation.
                if shapes[p].words <= 16 && !continues(table, p - 1) { break }
                first = p
            }
            floor = a + 1
            // The quotation must start somewhere clear: not a stretch of running text cut off by the reach.
            guard first < a, first > a - reach, (first..<a).contains(where: { shapes[$0].words >= 15 }) else { continue }
            out.append(Quote(paragraphs: Array(first...a), source: name(s, ranges[a])))
        }
        return out
    }

    /// Whether paragraph `q` can be part of a quotation going on below it: running text, or an item
    /// of a list inside it (a sentence, or a line ending with a colon); not a heading-like short line.
    static func continues(_ table: ParagraphTable, _ q: Int) -> Bool {
        let sh = table.shapes[q]
        return q >= 0 && canBeQuoted(table, q) && (sh.words > 12 || sh.endsWithTerminal || sh.endsWithColon)
    }

    /// Body and list items; a short line taken for a heading only inside a list (after a short line
    /// or a colon, or before another short sentence: "What’s most useful about this meeting?" as one
    /// of the quoted questions).
    static func canBeQuoted(_ table: ParagraphTable, _ p: Int) -> Bool {
        let kind = table.kinds[p], sh = table.shapes[p]
        guard sh.speakerLabel == 0, !isAttributionLine(table, p) else { return false }
        if kind == .heading {
            let next = p + 1 < table.count ? table.shapes[p + 1] : nil
            let inRun = sh.endsWithTerminal && next.map { $0.words <= 20 && $0.endsWithTerminal } == true
            return p > 0 && sh.words <= 16 && [.body, .listItem, .heading].contains(table.kinds[p - 1])
                && (table.shapes[p - 1].words < 25 || table.shapes[p - 1].endsWithColon || inRun)
        }
        return kind == .body || kind == .listItem
    }

    /// "– Jacklynn Pham, UX designer (now alum)": a dash, then a name of capitalised words, alone on a
    /// short line under running text, not one of a run of dashed items.
    static func isAttributionLine(_ table: ParagraphTable, _ a: Int) -> Bool {
        let s = table.text, r = table.ranges[a], sh = table.shapes[a]
        guard a > 0, table.kinds[a] == .body || table.kinds[a] == .listItem, Quotes.isAttribution(s, r, sh) || sh.words <= 25 && Quotes.namesAndTitles(s, r),
              table.shapes[a - 1].words >= 8 || table.shapes[a - 1].endsWithTerminal || table.kinds[a - 1] == .listItem else { return false }
        if a + 1 < table.count, Quotes.isAttribution(s, table.ranges[a + 1], table.shapes[a + 1]) { return false }
        if Quotes.isAttribution(s, table.ranges[a - 1], table.shapes[a - 1]) { return false }
        let words = Bytes.words(s, in: r)
        // Two capitalised words lead the name ("Jacklynn Pham"; not "Reporting by …"), and the name
        // ends the line or a comma or bracket follows it (not a bio: "– Jane Smith is a professor …").
        func capital(_ w: TextRange) -> Bool { Bytes.isUpper(s[w.start]) || s[w.start] >= 0xC3 && s[w.start] < 0xE0 }
        guard words.count >= 2, capital(words[0]), capital(words[1]) else { return false }
        var k = 2
        while k < words.count, capital(words[k]), words[k].start - words[k - 1].end == 1, s[words[k - 1].end] == UInt8(ascii: " ") { k += 1 }
        guard k < words.count else { return true }
        let gap = s[words[k - 1].end..<words[k].start]
        return gap.contains(UInt8(ascii: ",")) || gap.contains(UInt8(ascii: "("))
    }

    /// The name on the attribution line: its words up to the first comma or bracket.
    static func name(_ s: [UInt8], _ r: TextRange) -> String? {
        guard let first = Bytes.words(s, in: r).first else { return nil }
        var e = first.start
        while e < r.end, s[e] != UInt8(ascii: ","), s[e] != UInt8(ascii: "(") { e += 1 }
        while e > first.start, s[e - 1] == UInt8(ascii: " ") { e -= 1 }
        return e > first.start ? Bytes.string(s, TextRange(first.start, e)) : nil
    }

    /// Headings set over quotes ended by an attribution ("One team, one dream." between the last
    /// quote's attribution and the next quote), and the lines a table of contents listed earlier
    /// ("On working in government").
    static func headings(_ table: ParagraphTable, _ quotes: [Quote]) -> [Int] {
        let shapes = table.shapes, kinds = table.kinds
        var out: [Int] = []
        for q in quotes {
            guard let h = q.paragraphs.first.map({ $0 - 1 }), h > 0, kinds[h] == .body || kinds[h] == .listItem else { continue }
            let sh = shapes[h]
            guard sh.words >= 2, sh.words <= 16, table.ranges[h].count <= 120, !sh.endsWithColon, !sh.opensQuote,
                  sh.listMarker == 0, sh.speakerLabel == 0, isOneSentence(table.text, table.ranges[h]),
                  kinds[h - 1] != .body || shapes[h - 1].words <= 12 && !shapes[h - 1].endsWithTerminal else { continue }
            out.append(h)
        }
        return out + contentsEntries(table, except: Set(out))
    }

    /// Short lines that repeat an item of an earlier run of three or more list items (a table of
    /// contents): "On working in government" listed at the top, then standing over its part.
    static func contentsEntries(_ table: ParagraphTable, except: Set<Int>) -> [Int] {
        let kinds = table.kinds, n = table.count
        func text(_ p: Int) -> ArraySlice<UInt8> { table.text[table.ranges[p].start..<table.ranges[p].end] }
        var listed: [ArraySlice<UInt8>: Int] = [:] // item text → its paragraph
        var p = 0
        while p < n {
            guard kinds[p] == .listItem else { p += 1; continue }
            var e = p
            while e + 1 < n, kinds[e + 1] == .listItem { e += 1 }
            if e - p >= 2 {
                for k in p...e where table.shapes[k].words <= 12 {
                    if listed[text(k)] != nil { break } // the contents end where an entry comes again
                    listed[text(k)] = k
                }
            }
            p = e + 1
        }
        guard !listed.isEmpty else { return [] }
        return (0..<n).filter { p in
            (kinds[p] == .listItem || kinds[p] == .body) && !except.contains(p) && table.shapes[p].words <= 12
                && listed[text(p)].map { $0 < p } == true
        }
    }

    /// No sentence end inside the paragraph (". " followed by more words).
    static func isOneSentence(_ s: [UInt8], _ r: TextRange) -> Bool {
        var k = r.start
        while k + 1 < r.end - 1 {
            if (s[k] == UInt8(ascii: ".") || s[k] == UInt8(ascii: "?") || s[k] == UInt8(ascii: "!")) && s[k + 1] == UInt8(ascii: " ") { return false }
            k += 1
        }
        return true
    }
}
