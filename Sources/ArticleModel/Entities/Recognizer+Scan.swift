/// The recognizer's scan part: runs of capitalised words in a sentence, made of items (knowledge
/// forms, titles, unknown words, connectors), and how a run divides into names.
extension Recognizer {
    enum ItemKind { case known(Knowledge.Form), title, word, connector }
    /// A part of a run of capitalised words: tokens `first..<end`.
    struct Item { var kind: ItemKind; var first: Int; var end: Int }

    mutating func scan(_ r: Range<Int>, _ sent: Sentence, headline: Bool) {
        var i = r.lowerBound
        let limit = r.upperBound
        var items = scratch.runItems
        scratch.runItems = []
        defer { scratch.runItems = items }
        let code = codeSpans(r)
        while i < limit {
            let t = tokens[i]
            if !code.isEmpty, let span = code.first(where: { $0.contains(i) }) { i = span.upperBound; continue }
            if let n = codeNameLength(i, r), forms.knownForm(tokens, i, limit) == nil {
                emitCodeName(i..<(i + n), sent: sent, headline: headline, limit: limit)
                i += n
                continue
            }
            // "EUR/SE", an office's symbol (not two known names: "US/UK").
            if t.isAllCaps, CodeName.isOfficeSymbol(text, tokens, i, limit: limit), forms.knownForm(tokens, i, limit) == nil,
               forms.knownForm(tokens, i + 1, limit) == nil {
                emitCodeName(i..<(i + 2), sent: sent, headline: headline, limit: limit)
                i += 2
                continue
            }
            if t.isWord, i + 1 < limit, tokens[i + 1].punct == UInt8(ascii: "."), !tokens[i + 1].spaceBefore,
               let end = websiteEnd(i, limit) {
                emitWebsite(i..<end, sent: sent)
                i = end
                continue
            }
            guard t.isWord, t.isCapitalised, !(usedAcronym.last == i) else { i += 1; continue }
            if let n = fieldOfJobTitle(i, limit) { i += n; continue }
            if let n = forms.longTableName(tokens, i, limit) {
                emitTableName(i..<(i + n), sent: sent, headline: headline, limit: limit)
                i += n
                continue
            }
            items.clear()
            // An ordinal starts a name: "the 10th Congress", "the 9th National Congress".
            if i > r.lowerBound, WordShape.isOrdinal(text, tokens[i - 1]), t.spaceBefore, !t.gapBefore {
                items.append(Item(kind: .word, first: i - 1, end: i))
            }
            var j = i
            var joinedByConnector = false
            // Build one run of items.
            while j < limit, items.count < 16 { // no name is longer; bounds the work on all-capitals text
                let tj = tokens[j]
                guard tj.isWord, tj.isCapitalised, code.isEmpty || !code.contains(where: { $0.contains(j) }) else { break }
                if !items.isEmpty, codeNameLength(j, r) != nil { break } // "The F-16": the name starts at "F"
                if let last = items.last {
                    if !attaches(j, to: last, limit: limit) { break }
                    // "Browns DL Sheldon Richardson": a role before a given name ends the name before it, a team's or
                    // an organisation's unless known otherwise.
                    if items.count >= 2, forms.isRoleBeforeGivenName(tokens, last, j) { items.removeLast(); beforeRole = true; break }
                }
                if let (form, n) = forms.knownForm(tokens, j, limit) {
                    let tn = forms.titleBeforeName(tokens, j, limit, items) ?? 0
                    if tn > n { items.append(Item(kind: .title, first: j, end: j + tn)); j += tn }
                    else { items.append(Item(kind: .known(form), first: j, end: j + n)); j += n }
                } else if let tn = forms.titleBeforeName(tokens, j, limit, items) {
                    items.append(Item(kind: .title, first: j, end: j + tn)); j += tn
                } else {
                    items.append(Item(kind: .word, first: j, end: j + 1)); j += 1
                }
                // Skip a period after a title abbreviation or an initial ("Mr.", "Harry S. Truman").
                if j + 1 < limit, !tokens[j].isWord, text[tokens[j].start] == UInt8(ascii: "."), tokens[j + 1].isWord, tokens[j + 1].isCapitalised,
                   let last = items.last, tokens[last.end - 1].end == tokens[j].start {
                    let lt = tokens[last.end - 1]
                    let isInitial = lt.end - lt.start == 1 && lt.isCapitalised && !initial[last.end - 1]
                    if case .title = last.kind { j += 1; continue }
                    if isInitial, case .word = last.kind { j += 1; continue }
                    break
                }
                if ampersandJoins(j, after: items.last!, limit: limit) {
                    items.append(Item(kind: .connector, first: j, end: j + 1)) // "Division of Consumer & Business Education"
                    joinedByConnector = true
                    j += 1
                    continue
                }
                if j < limit, tokens[j].isWord, !tokens[j].isCapitalised {
                    if lowerCasePart(&items, &j, &joinedByConnector, limit: limit) { continue }
                    break
                }
                if j < limit, tokens[j].isWord, !tokens[j].spaceBefore, tokens[j].joined == 0 { break }
            }
            if items.isEmpty { i += 1; continue }
            interpret(items, joinedByConnector: joinedByConnector, sent: sent, headline: headline, limit: limit)
            beforeRole = false
            i = max(j, i + 1)
        }
    }

    /// Whether the capitalised word at `j` goes on the run whose last item is `last`: no layout gap before it, no
    /// possessive ending the name before it, and a word joined by a hyphen only inside one name ("Jean-Claude",
    /// "ibn al-Reberter").
    func attaches(_ j: Int, to last: Item, limit: Int) -> Bool {
        let tj = tokens[j], prev = tokens[last.end - 1]
        if tj.gapBefore { return false } // a table cell or an indented line starts a new name
        if prev.isPossessive, !forms.possessiveInsideName(tokens, last, j, limit, lowerSeen: evidence.lowerSeen) { return false }
        guard tj.joined != 0 else { return true }
        if case .word = last.kind, !(evidence.freeCap.contains(prev.hash) && evidence.freeCap.contains(tj.hash)),
           forms.knownForm(tokens, j, limit) == nil { return true }
        if case .connector = last.kind { return true }
        return false
    }

    /// Whether the "&" at `j` joins two unknown capitalised words into one name ("Consumer & Business Education",
    /// "Johnson & Johnson"), never two known names ("France & Germany").
    func ampersandJoins(_ j: Int, after last: Item, limit: Int) -> Bool {
        guard j + 1 < limit, !tokens[j].isWord, tokens[j].punct == UInt8(ascii: "&"), case .word = last.kind,
              tokens[j + 1].isWord, tokens[j + 1].isCapitalised, !tokens[j + 1].gapBefore else { return false }
        return forms.knownForm(tokens, j + 1, limit) == nil
    }

    /// Records a company, medium or feature of several words that the generated tables know (`longTableName`) as
    /// one name, whole: its common words ("Today") are part of it.
    mutating func emitTableName(_ all: Range<Int>, sent: Sentence, headline: Bool, limit: Int) {
        var toks = all
        // "The New York Times reported": a sentence's capital "The" is no part of the name.
        if toks.count > 2, initial[toks.lowerBound], tokens[toks.lowerBound].hash == Recognizer.theHash { toks = toks.dropFirst() }
        protected.append(contentsOf: toks)
        emitName([Item(kind: .word, first: toks.lowerBound, end: toks.upperBound)], sent: sent, titled: false, titleRange: nil,
                 head: nil, headline: headline, limit: limit, keepAll: true)
    }

    /// After a run's word, the lower-case word at `j`: a part joined to it ("Kai-shek"), a title's small words in a
    /// quotation ("Hymn to the Ancestors"), or a connector inside a name ("Power of Siberia"), added to `items`.
    /// Returns whether the run goes on.
    mutating func lowerCasePart(_ items: inout [Item], _ j: inout Int, _ joinedByConnector: inout Bool, limit: Int) -> Bool {
        // "Kai-shek": a lower-case part joined to an unknown word.
        if tokens[j].joined == UInt8(ascii: "-"), case .word = items.last!.kind, !evidence.freeCap.contains(tokens[j - 1].hash),
           text[tokens[j].start] >= UInt8(ascii: "a"), // a letter: "Kai-shek", not "F-35"
           !tokens[j - 1].isPossessive, !evidence.lowerSeen.contains(tokens[j].hash) || tokens[j].end - tokens[j].start <= 2 {
            items[items.count - 1].end = j + 1
            j += 1
            return j < limit && tokens[j].isWord && tokens[j].isCapitalised && tokens[j].spaceBefore
        }
        // Connectors inside names.
        if tokens[j - 1].isPossessive { return false }
        let small = opensQuotation(items[0].first) ? titleSmallWords(j, limit) : 0
        if small > 0, !items.contains(where: { if case .title = $0.kind { return true } else { return false } }) {
            items.append(Item(kind: .connector, first: j, end: j + small)) // “Hymn to the Ancestors”
            joinedByConnector = true
            j += small
            return true
        }
        guard let cn = forms.connectorLength(tokens, j, limit), forms.allowsConnector(tokens, items, j, cn, initial: initial, lowerSeen: evidence.lowerSeen) else { return false }
        items.append(Item(kind: .connector, first: j, end: j + cn))
        joinedByConnector = true
        j += cn
        return true
    }

    /// "the Head of Product", "Lead of Research and Design": capitalised common words after a job title and "of" are
    /// its field, no name; their count in tokens.
    func fieldOfJobTitle(_ i: Int, _ limit: Int) -> Int? {
        guard i >= 2, tokens[i - 1].isWord, tokens[i - 1].hash == NameChecks.ofHash, tokens[i - 2].isWord, tokens[i - 2].isCapitalised,
              knowledge.isWord(tokens[i - 2].hash, .jobTitle) else { return nil }
        var j = i
        while j < limit, tokens[j].isWord, tokens[j].isCapitalised, knowledge.gazetteer.isCommonWord(text[tokens[j].start..<tokens[j].end]) {
            j += 1
        }
        return j > i && (j == limit || !tokens[j].isWord || !tokens[j].isCapitalised) ? j - i : nil
    }

    /// Whether an opening quotation mark stands right before token `i`.
    func opensQuotation(_ i: Int) -> Bool {
        guard i > 0, !tokens[i - 1].isWord else { return false }
        return tokens[i - 1].punct == Punct.openQuote || (tokens[i - 1].punct == UInt8(ascii: "\"") && tokens[i - 1].spaceBefore)
    }

    /// How many small words of a title ("to the", "of") stand at `j` before a capitalised word (0: none, or no
    /// capitalised word after them).
    func titleSmallWords(_ j: Int, _ limit: Int) -> Int {
        var k = j
        while k < limit, tokens[k].isWord, !tokens[k].isCapitalised, Recognizer.runConnectors.contains(tokens[k].hash) { k += 1 }
        return k < limit && tokens[k].isWord && tokens[k].isCapitalised ? k - j : 0
    }

    /// Tokens of the name of digits and capitals at `i` of the sentence `r` (`CodeName`), nil without one.
    func codeNameLength(_ i: Int, _ r: Range<Int>) -> Int? {
        let t = tokens[i]
        guard t.isWord, t.hasDigit || (i + 1 < r.upperBound && tokens[i + 1].hasDigit && tokens[i + 1].joined != 0) else { return nil }
        return CodeName.length(text, tokens, i, limit: r.upperBound, sentenceStart: r.lowerBound)
    }

    /// Turns a run of items into candidates.
    mutating func interpret(_ all: [Item], joinedByConnector: Bool, sent: Sentence, headline: Bool, limit: Int) {
        let (items, titled, titleRange, headline) = forms.titledRun(tokens, all, headline: headline, limit: limit, initial: initial)
        guard !items.isEmpty else { return }
        let hasTitle = items.contains { if case .title = $0.kind { return true } else { return false } }
        // Head of the name: the last word before the first connector, or the last word.
        let headItem = items.firstIndex { if case .connector = $0.kind { return true } else { return false } }.flatMap { $0 > 0 ? items[$0 - 1] : nil } ?? items.last!
        var headType: EntityType? = forms.head(tokens[headItem.end - 1]) // "Congress of Vienna": a known word can head a name too
        if case .known = headItem.kind, !joinedByConnector,
           !(items.count > 1 && items.dropLast().allSatisfy({ if case .word = $0.kind { return true } else { return false } })) {
            headType = nil // …and "National People's Congress", but not "the Soviet Union Kremlin"
        }
        // "Sally Field", "Bruce Arena": a head word that is also a surname, after a given name, ends a person's name.
        if headType != nil, forms.isSurnameAfterGivenName(tokens, items) { headType = nil }
        // "Lake Verrin", "Radio Meridian", "Operation Silver Dawn": a head word that opens a name types it.
        if headType == nil, !joinedByConnector, let front = forms.frontHead(tokens, items) { headType = front }
        // “Hymn to the Ancestors,”, “Second Rhapsody”: a quotation of capitalised words only is one name, a work's
        // title unless a head word types it.
        if !hasTitle, items.count >= 2, checks.isWholeQuote(tokens, items.first!.first, items.last!.end - 1, limit: limit) {
            emitName(items, sent: sent, titled: false, titleRange: nil, head: headType ?? .media, headline: headline, limit: limit,
                     keepAll: true)
            return
        }
        if joinedByConnector, !hasTitle {
            if case .word = headItem.kind, headType == nil, !(items.first.map { !initial[$0.first] } ?? false),
               !onlyNameParticles(items) {
                // "Treatment of Germany" at a sentence start: not a name; fall through to the parts (but "Ahmed
                // al-Rashid", "Omar bin Laden": a particle of a person's name joins it there too).
            } else if items.count >= 3, case .known(let form) = items.last!.kind, knowledge.entries[form.entry].type == .country,
                      case .word = items[items.endIndex - 3].kind, tokens[items[items.endIndex - 3].first].hash == Recognizer.governmentHash,
                      items[..<(items.endIndex - 3)].allSatisfy({ knowledge.isWord(tokens[$0.first].hash, .common) }) {
                // "the Government of Germany" stands for Germany.
                emitKnown(items.last!, form, sent: sent, headline: headline, titled: false)
                return
            } else {
                // "the Foreign Relations of the United States": a body's or a document's name, never a person's.
                if headType == nil, case .known(let form) = items.last!.kind, knowledge.entries[form.entry].type == .country {
                    headType = .organization
                }
                emitName(items, sent: sent, titled: titled, titleRange: titleRange, head: headType, headline: headline, limit: limit)
                return
            }
        }
        // A known word then a head word makes one name ("Eurasian Economic Union Commission"), except as the second
        // part of a compound ("Chinese-Russian Alliance") or in a headline, where every word is capitalised.
        let compoundPart = tokens[items.first!.first].joined != 0
        var knownFirst = false
        if case .known = items.first!.kind { knownFirst = true }
        if items.count > 1, headType != nil, !hasTitle, !(knownFirst && (compoundPart || headline)) {
            emitName(items, sent: sent, titled: titled, titleRange: titleRange, head: headType, headline: headline, limit: limit)
            return
        }
        emitParts(items, titled: titled, titleRange: titleRange, sent: sent, headline: headline, limit: limit)
    }

    /// Whether every connector of `items` is a particle of a person's name ("bin", "al", "van"), not "of", "for",
    /// "and", "on" or a title's small words.
    func onlyNameParticles(_ items: ArraySlice<Item>) -> Bool {
        items.allSatisfy { item in
            guard case .connector = item.kind else { return true }
            let h = tokens[item.first].hash
            return tokens[item.first].isWord && !Recognizer.runConnectors.contains(h) && h != NameChecks.ofHash
        }
    }

    /// A run that is no single name, read part by part: knowledge forms, titles (which name the
    /// person after them) and stretches of unknown words.
    mutating func emitParts(_ items: ArraySlice<Item>, titled: Bool, titleRange: TextRange?, sent: Sentence, headline: Bool,
                            limit: Int) {
        var titled = titled
        var titleRange = titleRange
        var stretch = scratch.stretchItems
        scratch.stretchItems = [] // (first, so that `stretch` holds the only reference and keeps its storage)
        stretch.clear()
        func flush(_ r: inout Recognizer) {
            if !stretch.isEmpty {
                r.emitName(stretch[...], sent: sent, titled: titled, titleRange: titleRange, head: nil, headline: headline, limit: limit)
                stretch.clear()
                titled = false; titleRange = nil
            }
        }
        var joinedNext = false
        for (k, item) in zip(items.indices, items) {
            if joinedNext { joinedNext = false; continue }
            switch item.kind {
            case .known(let form):
                let type = knowledge.entries[form.entry].type
                if let next = items[(k + 1)...].first, case .word = next.kind, next.end - next.first == 1,
                   forms.head(tokens[next.first]) == type, type == .media || type == .organization {
                    // "CBS Sports", "NBC News": a known medium or organisation and a head word of its type are one name.
                    flush(&self)
                    emitName([item, next], sent: sent, titled: false, titleRange: nil, head: type, headline: headline, limit: limit,
                             keepAll: true)
                    joinedNext = true
                    continue
                }
                if !stretch.isEmpty, form.isName, type == .place || type == .country,
                   stretch.allSatisfy({ $0.end - $0.first == 1 && knowledge.isWord(tokens[$0.first].hash, .placeModifier) }) {
                    // "Greater Poland", "Upper Silesia": a region of a known place.
                    stretch.append(Item(kind: .word, first: item.first, end: item.end))
                    emitName(stretch[...], sent: sent, titled: false, titleRange: nil, head: .place, headline: headline, limit: limit,
                             keepAll: true)
                    stretch.clear()
                    continue
                }
                if !form.isName, stretch.count == 1, stretch[0].end - stretch[0].first == 1 {
                    stretch.clear() // "Sudeten Germans": a word describing a people, not a name
                }
                flush(&self)
                emitKnown(item, form, sent: sent, headline: headline, titled: titled)
                titled = false; titleRange = nil
            case .title:
                flush(&self)
                titled = true
                titleRange = TextRange(tokens[item.first].start, tokens[item.end - 1].end)
            case .word:
                stretch.append(item)
            case .connector:
                flush(&self)
            }
        }
        flush(&self)
        scratch.stretchItems = stretch
    }

    /// The tokens between each pair of backticks in `r` ("press `Enter` to open"): code, where no name is read.
    func codeSpans(_ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int?
        for k in r where !tokens[k].isWord && tokens[k].punct == UInt8(ascii: "`") {
            if let o = open { out.append(o..<(k + 1)); open = nil } else { open = k }
        }
        return out
    }
}
