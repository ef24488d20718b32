/// Paragraphs the author inserted later to update or comment on the text, and what they annotate.
///
/// Found as:
/// - a whole paragraph in parentheses of at least twelve words ("(The last year has settled …)");
/// - a run that opens with "(" and closes with ")" up to eight paragraphs later, quotations
///   included ("(From a Western point of view …" … "… becoming a reality)");
/// - a paragraph in square brackets: "[Update: …]", or wholly bracketed and at least twelve words;
/// - a paragraph led by a cue: "Update:", "Updated", "Postscript", "P.S.", "Editor's note",
///   "Correction:", "Addendum" (a cue on a line of its own takes the paragraphs after it, up to
///   the next heading).
/// Not annotations: parentheses inside a sentence, bracketed insertions and footnote markers,
/// stage directions ("(Laughter.)", short parentheses, anything in a transcript), and paragraphs
/// that merely start with a parenthesised word.
///
/// Targets: the annotation's own terms (weighted by rarity, names weigh more; quotations inside it
/// left out) are compared with each of the twelve paragraphs before it, a multi-paragraph block
/// quotation counting as one candidate. The score is the shared weight divided by the square root
/// of the candidate's own weight, so long paragraphs do not win by size. The target is the nearest
/// candidate scoring at least 40% of the best (an update follows what it updates), plus adjacent
/// paragraphs scoring nearly as well. With no shared terms at all, the paragraph before; with
/// nothing before it (an editor's note at the top), the paragraph after.
enum Annotations {
    static let window = 12

    static func find(_ table: ParagraphTable, _ quotes: [Quote], _ terms: Terms) -> [Annotation] {
        let n = table.count
        let units = self.units(table)
        var taken = [Bool](repeating: false, count: n)
        for u in units { for p in u { taken[p] = true } }
        // A block quotation is one candidate: the passage an annotation updates may be all of it.
        var block = Array(0..<n)
        for q in quotes where q.paragraphs.count > 1 { for p in q.paragraphs { block[p] = q.paragraphs[0] } }
        return units.map { unit in
            Annotation(paragraphs: unit, annotates: targets(of: unit, table, terms, taken: taken, block: block))
        }
    }

    /// A paragraph an annotation can take in or point at: body text, a quotation or an unmarked list item.
    static func isFree(_ table: ParagraphTable, _ i: Int) -> Bool {
        let kind = table.kinds[i]
        return kind == .body || kind == .quote || kind == .listItem && table.shapes[i].listMarker == 0
    }

    /// The annotations' paragraphs, in reading order: parenthesised paragraphs and runs, bracketed
    /// notes, and cued paragraphs (with what follows a cue on a line of its own).
    static func units(_ table: ParagraphTable) -> [[Int]] {
        let s = table.text, ranges = table.ranges, shapes = table.shapes, kinds = table.kinds
        let n = ranges.count
        var units: [[Int]] = []
        var i = 0
        while i < n {
            // A cue on a line of its own ("Postscript") may have been taken for a heading.
            let cueHeading = kinds[i] == .heading && cue(s, ranges[i]) != nil
            guard kinds[i] == .body || kinds[i] == .listItem && shapes[i].listMarker == 0 || cueHeading else { i += 1; continue }
            let sh = shapes[i]
            if sh.wholeParenthesis && sh.words >= 12 {
                units.append([i]); i += 1; continue
            }
            if sh.opensParenthesis && sh.listMarker == 0 {
                var balance = sh.parenthesisBalance, words = sh.words
                var j = i + 1, closed = -1
                while j < n, j - i <= 8, isFree(table, j) {
                    balance += shapes[j].parenthesisBalance
                    words += shapes[j].words
                    if balance <= 0 { if shapes[j].closesParenthesis { closed = j }; break }
                    j += 1
                }
                if closed > 0, words >= 12 {
                    units.append(Array(i...closed)); i = closed + 1; continue
                }
            }
            // "[Update: …]", "[Editor's note: …]", or a whole paragraph in square brackets.
            if s[ranges[i].start] == UInt8(ascii: "["), isBracketed(s, ranges[i], sh) {
                units.append([i]); i += 1; continue
            }
            if let cueLength = cue(s, ranges[i]) {
                if sh.words <= 3 && cueLength >= ranges[i].count - 1 {
                    var j = i + 1
                    while j < n, j - i <= 10, isFree(table, j) { j += 1 }
                    if j > i + 1 { units.append(Array(i..<j)); i = j; continue }
                }
                units.append([i]); i += 1; continue
            }
            i += 1
        }
        return units
    }

    /// What an annotation's paragraphs `unit` update: among the `window` paragraphs before it, the
    /// nearest whose terms it shares nearly as much as the best (and a neighbour scoring almost as
    /// well); with nothing shared, the paragraph before; with nothing before, the one after.
    static func targets(of unit: [Int], _ table: ParagraphTable, _ terms: Terms, taken: [Bool], block: [Int]) -> [Int] {
        // The annotation's own words: quotations inside it are someone else's.
        let mine = terms.union(unit.filter { table.kinds[$0] != .quote })
        let first = unit[0]
        var scored: [(paragraphs: [Int], score: Double)] = []
        var k = first - 1
        while k >= 0, first - k <= window {
            guard !taken[k], isFree(table, k) else { k -= 1; continue }
            var members = [k]
            while members[0] > 0, block[members[0] - 1] == block[k], first - (members[0] - 1) <= window { members.insert(members[0] - 1, at: 0) }
            let theirs = members.count == 1 ? Array(terms.byParagraph[k]) : terms.union(members)
            let shared = terms.similarity(mine, theirs)
            let own = theirs.reduce(0.0) { $0 + terms.weight[Int($1)] }
            scored.append((members, own > 0 ? shared / own.squareRoot() : 0))
            k = members[0] - 1
        }
        var targets: [Int] = []
        if let best = scored.max(by: { $0.score < $1.score }), best.score > 0 {
            // The nearest candidate that shares nearly as much as the best: authors insert an
            // update after the passage it updates, so nearness breaks near-ties.
            let chosen = scored.first { $0.score >= best.score * nearEnough }!
            targets = chosen.paragraphs
            // Neighbouring paragraphs on the same subject.
            if chosen.paragraphs.count == 1, let at = scored.firstIndex(where: { $0.paragraphs == chosen.paragraphs }) {
                for neighbour in [at - 1, at + 1] where scored.indices.contains(neighbour) {
                    let other = scored[neighbour]
                    if other.paragraphs.count == 1, other.score >= chosen.score * 0.8, abs(other.paragraphs[0] - chosen.paragraphs[0]) == 1 {
                        targets.append(other.paragraphs[0])
                    }
                }
            }
            targets.sort()
        } else if let previous = scored.first {
            targets = previous.paragraphs
        } else if let after = (unit.last! + 1..<table.count).first(where: { isFree(table, $0) && !taken[$0] }) {
            targets = [after]
        }
        return targets
    }

    /// A candidate this close to the best score counts as a near-tie.
    static let nearEnough = 0.4

    /// A paragraph in square brackets that is an editor's or author's note: it opens with a cue
    /// ("[Update: …") or is wholly bracketed with at least twelve words ("[t]he …" and "[1] …" are not).
    static func isBracketed(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard r.count > 2, Bytes.isUpper(s[r.start + 1]) else { return false }
        if cue(s, TextRange(r.start + 1, r.end)) != nil { return true }
        var e = r.end
        if s[e - 1] == UInt8(ascii: ".") { e -= 1 }
        guard s[e - 1] == UInt8(ascii: "]"), sh.words >= 12 else { return false }
        // The opening bracket closes only at the end.
        var depth = 0
        for k in r.start..<(e - 1) {
            if s[k] == UInt8(ascii: "[") { depth += 1 } else if s[k] == UInt8(ascii: "]") { depth -= 1; if depth == 0 { return false } }
        }
        return true
    }

    /// Length of an annotation cue at the start of the paragraph, or nil.
    static func cue(_ s: [UInt8], _ r: TextRange) -> Int? {
        for c in cues where Bytes.hasPrefix(s, at: r.start, c, limit: r.end) {
            let end = r.start + c.utf8CodeUnitCount
            // The cue must be a whole word: followed by space, punctuation or the end.
            if end == r.end || !Bytes.isASCIILetter(s[end]) { return c.utf8CodeUnitCount }
        }
        // "Editor’s note" with a curly apostrophe.
        if Bytes.hasPrefix(s, at: r.start, "Editor\u{2019}s note", limit: r.end) { return 15 }
        return nil
    }
    static let cues: [StaticString] = [
        "Update:", "Update (", "Update -", "Updated:", "Updated (", "UPDATE", "Postscript", "Post-script",
        "P.S.", "PS:", "Editor's note", "Editors' note", "Editor's Note", "Correction:", "Addendum", "Afterword:",
        "Note added", "Later note",
    ]
}
