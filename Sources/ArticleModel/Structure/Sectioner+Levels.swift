/// Heading levels a plain text shows by layout alone (no "#" marks or numbering): which headings are
/// children of the one above them.
extension Sectioner {
    /// Headings set over block quotes share one level: when the first of them that sits right under
    /// another heading became its child, the later ones over quotes are children too ("On working in
    /// government" → "Get excited instead of intimidated!" → quote; "Working in the open …" → quote).
    static func shareLevelOverQuotes(_ table: ParagraphTable, _ headings: [Int], _ unraised: [Int], _ raw: inout [Int]) {
        func overQuote(_ k: Int) -> Bool { headings[k] + 1 < table.count && table.kinds[headings[k] + 1] == .quote }
        guard let child = raw.indices.first(where: { overQuote($0) && raw[$0] > unraised[$0] }) else { return }
        for k in raw.indices where k > child && overQuote(k) && raw[k] < raw[child] { raw[k] = raw[child] }
    }

    /// Sub-headings a colon lead-in announces ("Here are two plays we kept in mind:" → "Build with, not
    /// for, users." … "Be agile.") are children of the heading above them, and so are the headings ending
    /// in a full stop that follow them.
    static func announcedLevels(_ table: ParagraphTable, _ headings: [Int], _ raw: inout [Int]) {
        let s = table.text
        func stopped(_ h: Int) -> Bool { let e = table.ranges[h].end; return s[e - 1] == UInt8(ascii: ".") || s[e - 1] == UInt8(ascii: "!") }
        var k = 1
        while k < headings.count {
            let h = headings[k]
            guard h > 0, table.kinds[h - 1] == .body, table.shapes[h - 1].endsWithColon, stopped(h), raw[k] <= raw[k - 1] else { k += 1; continue }
            let parent = raw[k - 1]
            while k < headings.count, stopped(headings[k]), raw[k] <= parent { raw[k] = parent + 1; k += 1 }
        }
    }

    /// A document's headings that end in a full stop ("Mr. Seward to Mr. Adams.", later "By the President
    /// of the United States of America.") share a level: once the first became a child of the heading
    /// above it, the later ones are children too, up to a heading without a full stop at the parent's
    /// level; a heading right under a raised one stays its child ("A PROCLAMATION.").
    static func stoppedSiblings(_ table: ParagraphTable, _ headings: [Int], _ unraised: [Int], _ raw: inout [Int]) {
        let s = table.text
        var child: Int?
        for k in raw.indices {
            guard s[table.ranges[headings[k]].end - 1] == UInt8(ascii: ".") else {
                if let c = child, raw[k] < c { child = nil }
                continue
            }
            if raw[k] > unraised[k], child == nil { child = raw[k]; continue }
            guard let c = child, raw[k] < c, k > 0, headings[k - 1] != headings[k] - 1 else { continue }
            raw[k] = c
            if k + 1 < raw.count, headings[k + 1] == headings[k] + 1, raw[k + 1] <= c { raw[k + 1] = c + 1 }
        }
    }

    /// The headings after a heading's first child (one set right under it: "How we started" → "Product
    /// vision" → text) are that child's siblings ("Research", "Prototyping"), up to the next heading with a
    /// child of its own right under it, a standard heading ("Notes", "References"), one that states its
    /// level by "#" marks or a number, or a last heading over no more than two paragraphs of running text
    /// (the closing section of the whole text: "The work continues", "Outlook for next year").
    static func siblingRuns(_ table: ParagraphTable, _ headings: [Int], _ unraised: [Int], _ raw: inout [Int]) {
        let s = table.text, ranges = table.ranges
        var run: (parent: Int, child: Int)?
        let closing = headings.last.map { h in ((h + 1)..<table.count).lazy.filter { !isApparatus(table.kinds[$0]) }.count <= 2 } ?? false
        for k in raw.indices {
            let h = headings[k]
            if k > 0, headings[k - 1] == h - 1, raw[k] > unraised[k] { run = (raw[k - 1], raw[k]); continue }
            guard let r = run else { continue }
            let parent = k + 1 < headings.count && headings[k + 1] == h + 1
            if parent || raw[k] < r.parent || k == headings.count - 1 && closing || ParagraphClassifier.isStandardHeading(s, ranges[h])
                || ParagraphClassifier.markdownLevel(s, ranges[h]) > 0 || LayoutRules.isNumbered(s, ranges[h], table.shapes[h]) {
                run = nil
            } else if raw[k] == r.parent {
                raw[k] = r.child
            }
        }
    }
}
