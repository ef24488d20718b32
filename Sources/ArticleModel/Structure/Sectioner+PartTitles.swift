/// Titles of the parts a long section is split into: the part's own heading or short item, else
/// the name or term that best characterises it (see `leadingTerms`).
extension Sectioner {
    static func partTitle(_ table: ParagraphTable, _ terms: Terms, _ part: ClosedRange<Int>, _ counts: inout [Int32]) -> String {
        let first = part.lowerBound, kind = table.kinds[first]
        if kind == .heading || kind == .listItem && table.shapes[first].words <= 10 {
            return Bytes.string(table.text, table.ranges[first])
        }
        return leadingTerms(table, terms, part, &counts)
    }

    /// The name (else term) that best characterises the paragraphs: frequent in them, rare elsewhere.
    /// `counts` is a zeroed buffer of the vocabulary's size, left zeroed: terms are counted in it,
    /// so only the distinct terms are sorted, not every occurrence (a long part has few distinct terms).
    static func leadingTerms(_ table: ParagraphTable, _ terms: Terms, _ part: ClosedRange<Int>, _ counts: inout [Int32]) -> String {
        let s = table.text
        var distinct: [Int32] = []
        // What the running text is about: stage directions, datelines, asides and captions say nothing.
        for p in part where ![.note, .dateline, .aside, .caption].contains(table.kinds[p]) {
            for t in terms.byParagraph[p] {
                if counts[Int(t)] == 0 { distinct.append(t) }
                counts[Int(t)] += 1
            }
        }
        distinct.sort()
        // The five best (term, score) by one pass over the distinct ids, ascending.
        var ranked: [(Int32, Double)] = []
        for t in distinct {
            let c = Int(counts[Int(t)])
            counts[Int(t)] = 0
            let name = terms.isName[Int(t)] ? 1.5 : 1.0
            let score = Double(c) * terms.weight[Int(t)] * name * (c >= 2 ? 1.5 : 1)
            if ranked.count < 5 || score > ranked[ranked.count - 1].1 {
                ranked.append((t, score))
                ranked.sort { $0.1 > $1.1 || $0.1 == $1.1 && $0.0 < $1.0 }
                if ranked.count > 5 { ranked.removeLast() }
            }
        }
        // One noun phrase, never a list of words: the best name's run, else the best term with the
        // word that modifies it ("folk song"); function words never title a part.
        var picked: String?
        for wantName in [true, false] where picked == nil {
            for (t, _) in ranked where terms.isName[Int(t)] == wantName {
                let form = terms.display(t, in: s)
                let lowered = Array(form.utf8).map(Bytes.lower)
                if Terms.isStopword(lowered) || ParagraphClassifier.sentenceOpeners.contains(lowered) { continue }
                let run = nameRun(s, table.ranges, part, wantName ? form : String(decoding: lowered, as: UTF8.self)) ?? form
                // The run around an occurrence found inside another word is not it.
                let title = isWord(run) && startsAWord(form, in: run) ? run : form
                guard isWord(title) else { continue }
                // A lone adverb ("Especially") says how, not what about; "Tom Vallely" is a name.
                if !title.contains(" "), title.utf8.count > 4, title.lowercased().hasSuffix("ly") { continue }
                // Nor does a lone month or day ("October"): it dates the part, it is not what it is about.
                if !title.contains(" "), DocumentMatter.months.contains(Array(title.lowercased().utf8)) || weekdays.contains(title.lowercased()) { continue }
                // Nor does a participle ("Comprised") or a phrase that ends in a function word ("Comprised in").
                if !wantName, !title.contains(" "), title.utf8.count > 4, title.lowercased().hasSuffix("ed") { continue }
                if let last = title.split(separator: " ").last, title.contains(" "),
                   Terms.isStopword(Array(last.lowercased().utf8)) || shortFunctionWords.contains(last.lowercased()) { continue }
                guard let phrase = title.contains(" ") ? title : recurringPhrase(title, table, part, lowercase: !wantName || title.first?.isLowercase == true) else { continue }
                picked = phrase
                break
            }
        }
        guard var title = picked else {
            // Nothing characteristic: the opening words of the part.
            let words = Bytes.words(s, in: table.ranges[part.lowerBound])
            guard let first = words.first else { return "Text" }
            let last = words[min(words.count, 5) - 1]
            return Bytes.string(s, TextRange(first.start, last.end)) + (words.count > 5 ? " …" : "")
        }
        if let first = title.first, first.isLowercase { title = first.uppercased() + title.dropFirst() }
        return title
    }

    /// A lone capitalised word the part keeps using inside one phrase is titled by that phrase: the lowercase
    /// content words that follow it in at least two of its occurrences and in more than half ("German" in
    /// "German folk song proper", "German folk song so-called" → "German folk song"), up to three words.
    /// Nil for a common word (`lowercase`) that modifies the next one in two occurrences or more and in
    /// most ("the emotional element", "emotional and declamatory"): an adjective names no topic alone.
    static func recurringPhrase(_ word: String, _ table: ParagraphTable, _ part: ClosedRange<Int>, lowercase: Bool) -> String? {
        let s = table.text, needle = Array(word.utf8).map(Bytes.lower)
        var occurrences = 0, modifying = 0, tails: [[UInt8]: Int] = [:]
        func content(_ w: TextRange) -> Bool {
            w.count >= 3 && (w.start..<w.end).allSatisfy { Bytes.isLower(s[$0]) } && !Terms.isStopword(Bytes.lowered(s, w))
                && !shortFunctionWords.contains(Bytes.string(s, w))
        }
        for p in part where ![.note, .dateline, .aside, .caption].contains(table.kinds[p]) && Bytes.find(s, needle, in: table.ranges[p]) != nil {
            let words = Bytes.words(s, in: table.ranges[p])
            for (i, w) in words.enumerated() where w.count == needle.count && Bytes.lowered(s, w) == needle {
                occurrences += 1
                if i + 1 < words.count, words[i + 1].start - w.end == 1, Bytes.isSpace(s[w.end]),
                   content(words[i + 1]) || ["and", "or"].contains(Bytes.string(s, words[i + 1])) { modifying += 1 }
                // The phrase of a capitalised occurrence ("German folk song", not "hope and history rhyme").
                guard Bytes.isUpper(s[w.start]) else { continue }
                var j = i
                // One space or line break between the words: a comma or a full stop ends the phrase.
                while j - i < 2, j + 1 < words.count, words[j + 1].start - words[j].end == 1, Bytes.isSpace(s[words[j].end]), content(words[j + 1]) {
                    j += 1
                    tails[Bytes.lowered(s, TextRange(words[i + 1].start, words[j].end)).map { Bytes.isSpace($0) ? UInt8(ascii: " ") : $0 }, default: 0] += 1
                }
            }
        }
        let best = tails.filter { $0.value >= 2 && 2 * $0.value > occurrences }.max { ($0.key.count, $0.value) < ($1.key.count, $1.value) }
        if !lowercase, let best { return word + " " + String(decoding: best.key, as: UTF8.self) }
        return lowercase && modifying >= 2 && 2 * modifying > occurrences ? nil : word
    }

    static let verbCues: Set<[UInt8]> = Set(["to", "i", "we", "you", "they", "he", "she", "it", "who", "can", "could", "will",
                                             "would", "shall", "should", "must", "may", "might", "do", "does", "did", "not"].map { Array($0.utf8) })
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let shortFunctionWords: Set<String> = ["a", "an", "the", "in", "of", "on", "at", "to", "by", "for", "and", "or", "as", "is", "was", "but"]

    /// Whether `word` starts one of the words of `phrase`, case aside ("special" is not in "Especially").
    static func startsAWord(_ word: String, in phrase: String) -> Bool {
        let w = Array(word.utf8).map(Bytes.lower), p = Array(phrase.utf8).map(Bytes.lower)
        guard !w.isEmpty, w.count <= p.count else { return false }
        for i in 0...(p.count - w.count) where i == 0 || p[i - 1] == UInt8(ascii: " ") {
            if p[i..<(i + w.count)].elementsEqual(w) { return true }
        }
        return false
    }

    /// Whether a title candidate is a content word or phrase: four bytes or more, not a function word.
    static func isWord(_ title: String) -> Bool {
        let lowered = Array(title.utf8).map(Bytes.lower)
        return lowered.count >= 4 && !Terms.isStopword(lowered) && !ParagraphClassifier.sentenceOpeners.contains(lowered)
    }

    /// Whether `text` contains `part`: bytes compared directly when both are ASCII (where that is
    /// what Foundation's search does too), Foundation's search otherwise (canonical equivalence).
    static func contains(_ text: String, _ part: String) -> Bool {
        var text = text, part = part
        let ascii: Bool? = text.withUTF8 { t in part.withUTF8 { p -> Bool? in
            guard !p.isEmpty, t.allSatisfy({ $0 < 0x80 }), p.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard p.count <= t.count else { return false }
            for i in 0...(t.count - p.count) {
                var k = 0
                while k < p.count, t[i + k] == p[k] { k += 1 }
                if k == p.count { return true }
            }
            return false
        } }
        return ascii ?? text.contains(part)
    }

    /// The capitalised run of words around the first occurrence of `word` in the part
    /// ("Shanghai" -> "Shanghai Cooperation Organisation"), up to three words.
    static func nameRun(_ s: [UInt8], _ ranges: ParagraphRanges, _ part: ClosedRange<Int>, _ word: String) -> String? {
        let needle = Array(word.utf8).map(Bytes.lower)
        for p in part {
            let r = ranges[p]
            guard let at = Bytes.find(s, needle, in: r) else { continue }
            // The paragraph's words up to four past the one containing `at`: no index beyond
            // k + 3 is read below, and the count tests there come out as with all the words.
            var words: [TextRange] = []
            var k = -1, i = r.start
            while i < r.end, k < 0 || words.count <= k + 4 {
                guard Bytes.startsWord(s, i) else { i += 1; continue }
                let e = Bytes.wordEnd(s, i, limit: r.end)
                if k < 0, i <= at, at < e { k = words.count }
                words.append(TextRange(i, e))
                i = e
            }
            guard k >= 0 else { continue }
            func capital(_ w: TextRange) -> Bool { let c = s[w.start]; return Bytes.isUpper(c) || c >= 0xC3 && c < 0xE0 }
            guard capital(words[k]) else {
                // A common noun with the word before it that qualifies it: "folk song", "budget crisis".
                // Not a verb before its object: "to feel music", "we feel music" (after "to", a pronoun or a modal).
                if k > 0, joined(k - 1, k), words[k - 1].count > 3, (words[k - 1].start..<words[k - 1].end).allSatisfy({ Bytes.isLower(s[$0]) }),
                   !Terms.isStopword(Bytes.lowered(s, words[k - 1])), s[words[k - 1].end - 1] != UInt8(ascii: "y"),
                   !(k > 1 && joined(k - 2, k - 1) && verbCues.contains(Bytes.lowered(s, words[k - 2]))) {
                    return Bytes.string(s, TextRange(words[k - 1].start, words[k].end))
                }
                return Bytes.string(s, words[k])
            }
            func joined(_ a: Int, _ b: Int) -> Bool { words[b].start - words[a].end == 1 && s[words[a].end] == UInt8(ascii: " ") }
            var a = k, b = k
            while a > 0, b - a < 2, words[a - 1].count > 1, capital(words[a - 1]), joined(a - 1, a), !ParagraphClassifier.sentenceOpeners.contains(Bytes.lowered(s, words[a - 1])), !Terms.isStopword(Bytes.lowered(s, words[a - 1])) { a -= 1 }
            while b + 1 < words.count, b - a < 2, joined(b, b + 1) {
                if capital(words[b + 1]) { b += 1; continue }
                // "Chief of Staff", "Bank of England": "of" between capitalised words.
                if b + 2 < words.count, Bytes.lowered(s, words[b + 1]) == Array("of".utf8), joined(b + 1, b + 2), capital(words[b + 2]) { b += 2; continue }
                break
            }
            return Bytes.string(s, TextRange(words[a].start, words[b].end))
        }
        return nil
    }

    /// At most 60 characters, cut at a word.
    static func short(_ title: String) -> String {
        // Most titles are one line of at most 60 bytes, so of at most 60 characters: kept as they are
        // (what the general path below returns for them), without splitting or counting characters.
        if title.utf8.count <= 60, !title.utf8.contains(0x0A) { return title }
        let flat = title.split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
        guard flat.count > 60 else { return flat }
        var cut = String(flat.prefix(60))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}
