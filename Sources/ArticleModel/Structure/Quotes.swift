/// Block quotations: paragraphs set off as someone else's words.
///
/// Two forms are found:
/// - marked: a paragraph that opens with a quotation mark and whose quotation closes at its end,
///   or a run of paragraphs where the first opens the quotation and a later one (at most twelve
///   on) closes it;
/// - introduced: a paragraph after one that introduces a quotation ("Here is how the Financial
///   Times reports it", "… spoke about these exercises …", "… covered the London Charter:") and
///   ends without a full stop. The introducer must name a speech or report verb, or end with a
///   colon before a long paragraph (not in transcripts, where a colon ends spoken words).
/// The source is the name nearest the speech verb in the introducing sentence, when there is one.
enum Quotes {
    static func find(_ table: ParagraphTable) -> [Quote] {
        let s = table.text, ranges = table.ranges, shapes = table.shapes, kinds = table.kinds
        var quotes: [Quote] = []
        let n = ranges.count
        let transcript = shapes.lazy.filter { $0.speakerLabel > 2 }.count >= 3
        func eligible(_ i: Int) -> Bool { kinds[i] == .body || kinds[i] == .listItem && shapes[i].listMarker == 0 }
        var thirdPerson: Bool? // read of the whole text only when a paragraph speaks in the first person
        var i = 0
        while i < n {
            // An item of a run of list items is the author's list, not a quotation it opens.
            guard eligible(i), i > 0, !(kinds[i] == .listItem && (kinds[i - 1] == .listItem || i + 1 < n && kinds[i + 1] == .listItem)) else { i += 1; continue }
            let intro = introduction(s, ranges[i - 1], shapes[i - 1], kinds[i - 1])
            let sh = shapes[i]
            // Marked quotation, unless the mark closes early and narrative follows
            // ("“I don't know,” said the reddleman, …"): that is dialogue or a quoted phrase.
            if var run = markedRun(table, i, introduced: intro != nil, eligible: eligible) {
                // "— Jane Smith, mayor": the attribution line under it belongs to the quote block.
                // "“SEC. 2. …”" after "“ARTICLE-. …”": paragraphs wholly in marks right after it go on with it.
                while let next = run.last.map({ $0 + 1 }), next < n, eligible(next), isWhollyQuoted(table, next) { run.append(next) }
                if let next = run.last.map({ $0 + 1 }), next < n, isCreditLine(table, next) { run.append(next) }
                quotes.append(Quote(paragraphs: run, source: intro.map { source(s, $0) } ?? nil))
                i = run.last! + 1; continue
            }
            // A quotation opened right after "… said:", even when the author's words follow it.
            if let intro, sh.opensQuote, sh.words >= 8, shapes[i - 1].endsWithColon, speechVerb(s, intro) != nil {
                quotes.append(Quote(paragraphs: [i], source: source(s, intro)))
                i += 1; continue
            }
            // "I found myself asking:" → "“How do … a "growth team" … success?”": a paragraph that opens a
            // quotation and ends closing one, right after a colon, is set off whatever marks it holds inside.
            if intro != nil, !transcript, shapes[i - 1].endsWithColon, sh.opensQuote, sh.endsWithClosingQuote, sh.words >= 8 {
                quotes.append(Quote(paragraphs: [i], source: nil))
                i += 1; continue
            }
            // Introduced quotation without marks.
            if let intro, !sh.opensQuote, sh.speakerLabel == 0, sh.words >= 8 {
                let verb = speechVerb(s, intro)
                let colon = shapes[i - 1].endsWithColon
                if verb != nil && (colon || !shapes[i - 1].endsWithTerminal)
                    && (colon || !endsWithSpeechVerb(s, intro))
                    || colon && !transcript && sh.words >= 25 && namesADocument(s, intro) && !startsWithRunInLabel(s, ranges[i])
                    || colon && !transcript && (changesVoice(s, intro, ranges[i]) || leavesTheAuthorsVoice(table, i)) && !startsWithRunInLabel(s, ranges[i])
                    || colon && !transcript && sh.words >= 15 && namesSomeonesWords(s, intro) && !startsWithRunInLabel(s, ranges[i])
                    || startsWithBracketedLowercase(s, ranges[i]) {
                    let run = [i] + continuedVoice(table, i, eligible: eligible)
                    quotes.append(Quote(paragraphs: run, source: source(s, intro)))
                    i = run.last! + 1; continue
                }
            } else if startsWithBracketedLowercase(s, ranges[i]) {
                quotes.append(Quote(paragraphs: [i], source: nil))
                i += 1; continue
            }
            if !transcript, let run = announcedStatement(table, i) { quotes.append(Quote(paragraphs: run, source: nil)); i = run.last! + 1; continue }
            if !transcript, thirdPerson != false, speaksInFirstPerson(table, i) {
                if thirdPerson == nil { thirdPerson = isThirdPersonReport(table) }
                if thirdPerson == true { quotes.append(Quote(paragraphs: [i], source: nil)); i += 1; continue }
            }
            i += 1
        }
        return quotes
    }

    /// The paragraphs of a quotation in marks starting at paragraph `i`, or nil. One paragraph wholly
    /// in marks is a block quote when something introduces it, it is long, or it is not a line of
    /// dialogue (short, or next to other lines in marks); a run is one where the first paragraph opens the mark and only the last
    /// closes it (middle ones may re-open it, at most twelve paragraphs on).
    static func markedRun(_ table: ParagraphTable, _ i: Int, introduced: Bool, eligible: (Int) -> Bool) -> [Int]? {
        let s = table.text, ranges = table.ranges, shapes = table.shapes
        let family = QuoteMarks.family(opening: s, ranges[i])
        // A credit after the closing mark ("” — Jane Smith") is measured without it.
        func marks(_ j: Int, _ credited: TextRange?) -> QuoteMarks.Measure {
            if let family { return family.measure(s, credited ?? ranges[j]) }
            let q = credited.map { ParagraphShape(s, $0) } ?? shapes[j]
            return QuoteMarks.Measure(opens: q.opensQuote, balance: q.quoteBalance, endsClosed: q.endsWithClosingQuote)
        }
        func marks(_ j: Int) -> QuoteMarks.Measure { marks(j, creditedQuotation(s, ranges[j], shapes[j])) }
        let credited = creditedQuotation(s, ranges[i], shapes[i])
        let m = marks(i, credited), r = credited ?? ranges[i]
        guard m.opens, !(family?.closesEarly(s, r) ?? closesEarly(s, r)) else { return nil }
        if m.balance <= 0 && m.endsClosed && isMostlyQuoted(s, r)
            && (introduced || shapes[i].words >= 40 || shapes[i].words >= 15 && !isDialogue(shapes, i)) { return [i] }
        guard m.balance > 0 else { return nil }
        var j = i + 1
        while j < ranges.count, j - i <= 12, eligible(j) {
            let q = marks(j)
            if q.balance < 0 || q.endsClosed && q.opens && q.balance == 0 { return Array(i...j) }
            if q.balance > 0 && !q.opens { return nil } // a new quotation starts mid-paragraph
            j += 1
        }
        return nil
    }

    /// A paragraph in marks next to another that opens with one: an exchange of lines, not a block quote.
    static func isDialogue(_ shapes: [ParagraphShape], _ i: Int) -> Bool {
        i > 0 && shapes[i - 1].opensQuote || i + 1 < shapes.count && shapes[i + 1].opensQuote
    }

    /// The last sentence of the previous paragraph when it can introduce a quotation: it ends with a
    /// colon, or it does not end with a full stop (a sentence that runs into the quotation).
    static func introduction(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape, _ kind: ParagraphKind) -> TextRange? {
        guard kind == .body || kind == .annotation || kind == .listItem || kind == .quote else { return nil }
        guard sh.endsWithColon || (!sh.endsWithTerminal && !sh.closesParenthesis && !sh.endsWithClosingQuote && sh.words >= 5) else { return nil }
        // Last sentence: after the last ". " before the end.
        var k = r.end - 1
        while k > r.start {
            if (s[k - 1] == UInt8(ascii: ".") || s[k - 1] == UInt8(ascii: "?") || s[k - 1] == UInt8(ascii: "!")) && Bytes.isSpace(s[k]) { break }
            k -= 1
        }
        return TextRange(k, r.end)
    }

    /// "“…” — Jane Smith, head teacher", "“…” (Smith, 2004, p. 12).": a paragraph whose closing quotation
    /// mark is followed only by its credit, a dash and up to twelve words or up to twelve in brackets;
    /// the paragraph up to that mark, or nil.
    /// (`sh`: the paragraph's shape; one that ends with its closing mark has no credit after it.)
    static func creditedQuotation(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> TextRange? {
        guard r.count > 8, !sh.endsWithClosingQuote, sh.opensQuote || QuoteMarks.family(opening: s, r) != nil else { return nil }
        var e = r.end
        if s[e - 1] == UInt8(ascii: ".") { e -= 1 }
        var k = e - 1 // where the credit starts
        if s[k] == UInt8(ascii: ")") {
            while k > r.start, s[k] != UInt8(ascii: "("), e - k < 120 { k -= 1 }
            guard s[k] == UInt8(ascii: "(") else { return nil }
        } else {
            // A dash after a space: "—", "–", "―" or "--".
            func dash(_ k: Int) -> Bool {
                Bytes.isSpace(s[k - 1]) && (s[k] == 0xE2 && s[k + 1] == 0x80 && (0x93...0x95).contains(s[k + 2])
                                            || s[k] == UInt8(ascii: "-") && s[k + 1] == UInt8(ascii: "-"))
            }
            k = e - 3
            while k > r.start + 2, e - k < 120, !dash(k) { k -= 1 }
            guard k > r.start + 2, dash(k) else { return nil }
        }
        let credit = TextRange(k, e)
        guard Bytes.wordCount(s, in: credit) <= 12 else { return nil }
        // Before the credit: the closing mark, maybe with a full stop or comma after it.
        var q = k
        while q > r.start, Bytes.isSpace(s[q - 1]) || s[q - 1] == UInt8(ascii: ".") || s[q - 1] == UInt8(ascii: ",") { q -= 1 }
        guard q > r.start + 1, isClosingMark(s, q, r.start) else { return nil }
        return TextRange(r.start, q)
    }

    /// Whether a closing quotation mark ends right before `e`: " ' ” ’ » « › ‹ “ (the last closes „).
    static func isClosingMark(_ s: [UInt8], _ e: Int, _ start: Int) -> Bool {
        let b = s[e - 1]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { return true }
        if e - 2 >= start, s[e - 2] == 0xC2, b == 0xBB || b == 0xAB { return true }
        return e - 3 >= start && s[e - 3] == 0xE2 && s[e - 2] == 0x80 && [0x9D, 0x99, 0xBA, 0xB9, 0x9C].contains(b)
    }

    /// A paragraph of at least eight words that opens a quotation and closes it at its end only.
    static func isWhollyQuoted(_ table: ParagraphTable, _ j: Int) -> Bool {
        let s = table.text, sh = table.shapes[j], r = creditedQuotation(table.text, table.ranges[j], sh) ?? table.ranges[j]
        let family = QuoteMarks.family(opening: s, r)
        let m = family?.measure(s, r) ?? QuoteMarks.Measure(opens: sh.opensQuote, balance: sh.quoteBalance, endsClosed: sh.endsWithClosingQuote)
        return m.opens && m.balance <= 0 && m.endsClosed && sh.words >= 8 && isMostlyQuoted(s, r)
            && !(family?.closesEarly(s, r) ?? closesEarly(s, r))
    }

    /// Whether the quotation opened at the start of the paragraph closes with more than a few
    /// words of the paragraph still to come.
    static func closesEarly(_ s: [UInt8], _ r: TextRange) -> Bool {
        let open = Bytes.openingQuoteLength(s, r.start, limit: r.end)
        var i = r.start + open
        while i < r.end {
            let b = s[i]
            let closes = b == UInt8(ascii: "\"") || b == 0xE2 && i + 2 < r.end && s[i + 1] == 0x80 && s[i + 2] == 0x9D
            if closes { return Bytes.wordCount(s, in: TextRange(i + 1, r.end)) > 3 }
            i += 1
        }
        return false
    }

    /// "[t]he three Governments …": a quotation whose first letter an editor changed.
    static func startsWithBracketedLowercase(_ s: [UInt8], _ r: TextRange) -> Bool {
        r.count > 3 && s[r.start] == UInt8(ascii: "[") && Bytes.isLower(s[r.start + 1]) && s[r.start + 2] == UInt8(ascii: "]")
    }

    /// At least 80% of the paragraph's bytes lie between its first opening and last closing mark.
    /// "Employment outcomes: The …": a paragraph led by a label of up to four words and a colon
    /// is an item of the author's list, not a quotation.
    static func startsWithRunInLabel(_ s: [UInt8], _ r: TextRange) -> Bool {
        var words = 1
        for k in r.start..<min(r.end, r.start + 48) {
            if s[k] == UInt8(ascii: ":") { return k + 1 < r.end && s[k + 1] == UInt8(ascii: " ") }
            if s[k] == UInt8(ascii: " ") { words += 1; if words > 4 { return false } }
            if s[k] == UInt8(ascii: ".") { return false }
        }
        return false
    }

    static func isMostlyQuoted(_ s: [UInt8], _ r: TextRange) -> Bool {
        var e = r.end
        while e > r.start, s[e - 1] == UInt8(ascii: ".") || s[e - 1] == UInt8(ascii: ")") || Bytes.isSpace(s[e - 1]) { e -= 1 }
        // The last closing mark must be near the end (allowing a citation like "[3]" or "(p. 4)").
        return r.end - e < 16
    }

    static let speechVerbs = Bytes.Needles([
        "reports", "reported", "writes", "wrote", "written", "says", "said", "saying", "spoke", "speaks",
        "stated", "states", "told", "tells", "declared", "declares", "announced", "explained", "explains",
        "put it", "puts it", "reads", "quoted", "quotes", "remarked", "noted",
        "observed", "according to", "in the words of", "commented", "added", "argued", "argues",
        "concluded", "concludes", "warned", "warns", "asked", "answered", "replied", "replies", "responded",
        "recalled", "recalls", "insisted", "insists", "testified", "claimed", "admitted", "proclaimed", "proclaims",
        "stipulates", "adds", "observes", "continued",
    ])

    /// Whether the introducing sentence names a text that could be quoted ("… the London Charter:",
    /// "… the protocol reads:"); a bare colon ("The reasons are these:") introduces the author's own words.
    static func namesADocument(_ s: [UInt8], _ r: TextRange) -> Bool {
        documentNouns.first(s, in: r) != nil || announcements.first(s, in: r) != nil
    }
    /// "… specify the following regarding service animals:": a lead-in that announces a text ("they are
    /// as follows:" announces the author's own points).
    static let announcements = Bytes.Needles(["the following"])
    static let documentNouns = Bytes.Needles([
        "text", "statement", "declaration", "agreement", "charter", "letter", "report", "communiqu", "protocol",
        "treaty", "wording", "provision", "clause", "passage", "paragraph", "document", "speech", "message",
        "resolution", "memo", "email", "e-mail", "tweet", "press release", "transcript", "decree", "law",
    ])

    /// "The council's answer was short:", "Her warning was blunt:": the lead-in names what someone else
    /// said (a noun of saying, with a possessive of the third person); "The answer is simple:" is the author's.
    static func namesSomeonesWords(_ s: [UInt8], _ r: TextRange) -> Bool {
        guard sayingNouns.first(s, in: r, wordBounded: true) != nil else { return false }
        if thirdPersonPossessives.first(s, in: r, wordBounded: true) != nil { return true }
        for k in (r.start + 1)..<max(r.start + 1, r.end - 2) where Bytes.isASCIILetter(s[k - 1]) {
            // "council's", "council’s" (not "it's", "that's": a verb's contraction).
            let apostrophe = s[k] == UInt8(ascii: "'") ? 1 : s[k] == 0xE2 && k + 2 < r.end && s[k + 1] == 0x80 && s[k + 2] == 0x99 ? 3 : 0
            guard apostrophe > 0, k + apostrophe < r.end, s[k + apostrophe] == UInt8(ascii: "s"),
                  k + apostrophe + 1 == r.end || !Bytes.isWordByte(s[k + apostrophe + 1]) else { continue }
            var a = k
            while a > r.start, Bytes.isASCIILetter(s[a - 1]) { a -= 1 }
            let word = Bytes.lowered(s, TextRange(a, k))
            if word != Array("it".utf8) && word != Array("that".utf8) && word != Array("what".utf8) && word != Array("there".utf8)
                && word != Array("here".utf8) && word != Array("who".utf8) && word != Array("he".utf8) && word != Array("she".utf8) { return true }
        }
        return false
    }
    static let thirdPersonPossessives = Bytes.Needles(["his", "her", "their"])
    static let sayingNouns = Bytes.Needles([
        "answer", "answers", "reply", "replies", "response", "conclusion", "conclusions", "verdict", "warning", "warnings",
        "advice", "message", "promise", "promises", "words", "view", "views", "position", "argument", "instructions",
        "orders", "recommendation", "recommendations", "finding", "findings", "assessment", "explanation", "comment",
        "comments", "complaint", "plea", "appeal", "demand", "demands", "request", "pledge", "motto", "slogan", "testimony",
    ])

    /// The offset of a speech or report verb (a whole word or phrase) in the introducing sentence;
    /// a capitalised one inside the sentence is part of a name ("the United States Series").
    static func speechVerb(_ s: [UInt8], _ r: TextRange) -> Int? {
        var from = r.start
        while from < r.end, let k = speechVerbs.first(s, in: TextRange(from, r.end), wordBounded: true) {
            if Bytes.isLower(s[k]) || k == r.start { return k }
            from = k + 1
        }
        return nil
    }

    /// "… relations between the two states": a line ending in the verb uses it as a noun or ends a
    /// clause; a sentence that runs into a quotation goes on past its verb ("… reports it").
    static func endsWithSpeechVerb(_ s: [UInt8], _ r: TextRange) -> Bool {
        guard let last = Bytes.words(s, in: r).last else { return false }
        return speechVerbs.first(s, in: last, wordBounded: true) == last.start
    }

    /// A colon lead-in followed by someone's words: the paragraph speaks in the first person while
    /// the lead-in does not ("The mood among parents was clear:" → "We have waited three years …").
    static func changesVoice(_ s: [UInt8], _ intro: TextRange, _ r: TextRange) -> Bool {
        Bytes.wordCount(s, in: r) >= 8 && firstPersonWords(s, r) >= 2 && firstPersonWords(s, intro) == 0
    }

    /// The paragraphs after an introduced quotation `i` without marks that go on in its voice: someone's
    /// "I" and "we" (two such words a paragraph) between a lead-in and a paragraph after them that have none,
    /// where the author's own words resume.
    static func continuedVoice(_ table: ParagraphTable, _ i: Int, eligible: (Int) -> Bool) -> [Int] {
        let s = table.text
        guard firstPersonWords(s, table.ranges[i]) >= 2, firstPersonWords(s, table.ranges[i - 1]) == 0 else { return [] }
        var j = i + 1
        while j < table.count, j - i <= 6, eligible(j), table.kinds[j] == .body, table.shapes[j].words >= 8, !table.shapes[j].opensQuote,
              table.shapes[j].speakerLabel == 0, !hasQuotationMark(s, table.ranges[j]), firstPersonWords(s, table.ranges[j]) >= 2 { j += 1 }
        guard j > i + 1, j < table.count, table.kinds[j] == .body, firstPersonWords(s, table.ranges[j]) == 0 else { return [] }
        return Array((i + 1)..<j)
    }

    /// A colon lead-in in a text its author tells as "we", then a paragraph that is not ("Here’s the
    /// example we used:" → "In most settings, a service animal …"): a document's or someone else's
    /// words set off by the author, when the lead-in's paragraph or the one after it says "we" again.
    static func leavesTheAuthorsVoice(_ table: ParagraphTable, _ i: Int) -> Bool {
        let s = table.text
        guard table.shapes[i].words >= 15, firstPersonWords(s, table.ranges[i]) == 0 else { return false }
        guard i + 1 < table.count, table.kinds[i + 1] == .body, firstPersonWords(s, table.ranges[i - 1]) > 0 else { return false }
        return firstPersonWords(s, table.ranges[i + 1]) > 0 || refersBack(s, table.ranges[i + 1], to: table.ranges[i - 1])
    }

    /// "Here’s the example we used for the term …:" → … → "This example helps illustrate …": the
    /// paragraph after a quotation names it again with "This" or "That" and a noun of the lead-in.
    static func refersBack(_ s: [UInt8], _ r: TextRange, to leadIn: TextRange) -> Bool {
        let words = Bytes.words(s, in: TextRange(r.start, min(r.end, r.start + 40)))
        guard words.count >= 2 else { return false }
        let first = Bytes.lowered(s, words[0]), noun = Bytes.lowered(s, words[1])
        guard first == Array("this".utf8) || first == Array("that".utf8), noun.count >= 4 else { return false }
        return Bytes.words(s, in: leadIn).suffix(20).contains { Bytes.lowered(s, $0) == noun }
    }

    /// The words "I", "we", "my", "our", "me", "us" in `r` (words as `Bytes.words` finds them: "I’m" holds "I"),
    /// counted in place: the quote finder reads every paragraph of a text with it.
    static func firstPersonWords(_ s: [UInt8], _ r: TextRange) -> Int {
        var count = 0, i = r.start
        while i < r.end {
            guard Bytes.startsWord(s, i) else { i += 1; continue }
            let e = Bytes.wordEnd(s, i, limit: r.end)
            switch e - i {
            case 1: if Bytes.lower(s[i]) == UInt8(ascii: "i") { count += 1 }
            case 2:
                let a = Bytes.lower(s[i]), b = Bytes.lower(s[i + 1])
                if a == UInt8(ascii: "w") && b == UInt8(ascii: "e") || a == UInt8(ascii: "m") && (b == UInt8(ascii: "y") || b == UInt8(ascii: "e"))
                    || a == UInt8(ascii: "u") && b == UInt8(ascii: "s") { count += 1 }
            case 3:
                if Bytes.lower(s[i]) == UInt8(ascii: "o") && Bytes.lower(s[i + 1]) == UInt8(ascii: "u") && Bytes.lower(s[i + 2]) == UInt8(ascii: "r") { count += 1 }
            default: break
            }
            i = e
        }
        return count
    }

    /// The name nearest before the speech verb ("the Financial Times reports"), or after
    /// "according to"; nil when the sentence names no speaker.
    static func source(_ s: [UInt8], _ r: TextRange) -> String? {
        guard let verb = speechVerb(s, r) else { return nil }
        let words = Bytes.words(s, in: r)
        var runs: [(TextRange, Int)] = [] // name run and its first word index
        var k = 0
        while k < words.count {
            let w = words[k]
            let c = s[w.start]
            let capital = Bytes.isUpper(c) || c >= 0xC3 && c < 0xE0
            if capital && !Terms.isStopword(Bytes.lowered(s, w)) && !ParagraphClassifier.sentenceOpeners.contains(Bytes.lowered(s, w)) && !isFiller(s, w) {
                var e = k
                while e + 1 < words.count {
                    let next = words[e + 1]
                    let gap = TextRange(words[e].end, next.start)
                    guard gap.count == 1 && s[gap.start] == UInt8(ascii: " ") else { break }
                    let nc = s[next.start]
                    if Bytes.isUpper(nc) || nc >= 0xC3 && nc < 0xE0 { e += 1 } else { break }
                }
                runs.append((TextRange(w.start, words[e].end), k))
                k = e + 1
            } else { k += 1 }
        }
        guard !runs.isEmpty else { return nil }
        let before = runs.filter { $0.0.end <= verb }
        let multiword = before.filter { s[$0.0.start..<$0.0.end].contains(UInt8(ascii: " ")) }
        let chosen = multiword.last ?? before.last ?? runs.first!
        return Bytes.string(s, chosen.0)
    }

    static func isFiller(_ s: [UInt8], _ w: TextRange) -> Bool {
        let l = Bytes.lowered(s, w)
        return l == Array("here".utf8) || l == Array("whilst".utf8) || l == Array("according".utf8)
    }

    /// "— Jane Smith, mayor of Eastport": a short line led by a dash that names who spoke.
    static func isAttribution(_ s: [UInt8], _ r: TextRange, _ sh: ParagraphShape) -> Bool {
        guard sh.words >= 1, sh.words <= 12, r.count > 2 else { return false }
        return Bytes.leadingDash(s, r) != nil || r.count > 2 && s[r.start] == UInt8(ascii: "-") && s[r.start + 1] == UInt8(ascii: " ")
    }

    /// The line under a quotation in marks that credits it: "— Jane Smith, mayor" (up to twelve words), or
    /// a longer title after the name ("– Cheryl Smith, Associate Medical Director for …, New York State Department
    /// of Health", up to 25 words, a comma after the name). A dashed line reads as a list item until the
    /// quotation above claims it, so it may be one, but not one of a run of dashed lines (the author's list).
    static func isCreditLine(_ table: ParagraphTable, _ j: Int) -> Bool {
        let s = table.text, r = table.ranges[j], sh = table.shapes[j]
        guard table.kinds[j] == .body || table.kinds[j] == .listItem, isAttribution(s, r, sh) || sh.words <= 25 && namesAndTitles(s, r) else { return false }
        guard table.kinds[j] == .listItem else { return true }
        return j + 1 >= table.count || table.kinds[j + 1] != .listItem
    }

    /// A dashed line that leads with a capitalised name and a comma: "– Bhupendra Sheoran, Executive Director".
    static func namesAndTitles(_ s: [UInt8], _ r: TextRange) -> Bool {
        guard Bytes.leadingDash(s, r) != nil else { return false }
        let words = Bytes.words(s, in: r)
        func capital(_ w: TextRange) -> Bool { Bytes.isUpper(s[w.start]) || s[w.start] >= 0xC3 && s[w.start] < 0xE0 }
        guard words.count >= 3, capital(words[0]), capital(words[1]) else { return false }
        func comma(_ k: Int) -> Bool { s[words[k].end..<words[k + 1].start].contains(UInt8(ascii: ",")) } // after word k
        var k = 1 // the name's last word: "Jay M. Bernhardt,"
        while k + 1 < words.count, k < 4, !comma(k), capital(words[k + 1]) { k += 1 }
        return k + 1 < words.count && comma(k)
    }

    /// A text told in the third person: at least six paragraphs of running text, at most one in
    /// ten of them with first-person words outside quotation marks.
    static func isThirdPersonReport(_ table: ParagraphTable) -> Bool {
        let running = (0..<table.count).filter { table.kinds[$0] == .body && table.shapes[$0].words >= 20 }
        guard running.count >= 6 else { return false }
        var firstPerson = 0
        for p in running where firstPersonWords(table.text, table.ranges[p]) > 0 {
            firstPerson += 1
            if firstPerson * 10 > running.count { return false }
        }
        return true
    }

    /// Someone's words set in a third-person report without marks: a paragraph without quotation
    /// marks dense in "I", "we", "our" (four such words, one in twenty), between paragraphs of
    /// running text that have none.
    static func speaksInFirstPerson(_ table: ParagraphTable, _ i: Int) -> Bool {
        let s = table.text, r = table.ranges[i], sh = table.shapes[i]
        guard i > 0, i + 1 < table.count, sh.words >= 20, sh.speakerLabel == 0, sh.listMarker == 0, !sh.opensQuote, sh.quoteBalance == 0,
              table.kinds[i - 1] == .body || table.kinds[i + 1] == .body else { return false }
        let count = firstPersonWords(s, r)
        guard count >= 4, count * 20 >= sh.words, !hasQuotationMark(s, r) else { return false }
        for j in [i - 1, i + 1] where table.kinds[j] == .body {
            if table.shapes[j].words < 20 || firstPersonWords(s, table.ranges[j]) > 0 { return false }
        }
        return true
    }

    static func hasQuotationMark(_ s: [UInt8], _ r: TextRange) -> Bool {
        var k = r.start
        while k < r.end {
            if s[k] == UInt8(ascii: "\"") || s[k] == 0xE2 && k + 2 < r.end && s[k + 1] == 0x80 && (s[k + 2] == 0x9C || s[k + 2] == 0x9D) { return true }
            k += 1
        }
        return false
    }
}
