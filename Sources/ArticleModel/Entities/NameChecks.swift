/// The recognizer's checks on a name found by the scan, before it is recorded: which words to trim
/// from it, whether what is left is a name at all, and the type the words around it suggest. They
/// read the paragraph's tokens and the evidence about words, which the recognizer passes in.
struct NameChecks {
    let text: [UInt8]
    let knowledge: Knowledge
    let forms: FormLookup

    /// The name's tokens without trailing months, weekdays and connectors, and without leading words
    /// that are not part of a name (common words, a sentence opener the text uses in lower case).
    func trimmedName(_ tokens: [Token], _ tokensIn: [Int], titled: Bool, head: EntityType?, limit: Int, keepAll: Bool,
                     initialFirst: Bool, evidence: WordEvidence, protected: [Int]) -> ArraySlice<Int> {
        var toks = tokensIn[...]
        var isInitial = initialFirst
        // Trailing words first ("[Received July …": "Received" is then alone). A weekday that heads a day's
        // name stays ("Black Friday", "Super Tuesday").
        let namedDay = head == .event && tokensIn.count > 1
        while let l = toks.last, !protected.contains(l), knowledge.isWord(tokens[l].hash, .month)
            || (knowledge.isWord(tokens[l].hash, .weekday) && !(namedDay && toks.count == tokensIn.count))
            || (!tokens[l].isCapitalised && tokens[l].joined == 0)
            || (toks.count > 1 && knowledge.isWord(tokens[l].hash, .common) && tokens[l].hash != Recognizer.iiHash
                && tokens[toks[toks.endIndex - 2]].isCapitalised) { // ("Gang of Four" keeps its number)
            toks = toks.dropLast()
        }
        while !keepAll, let f = toks.first, !protected.contains(f) {
            let t = tokens[f]
            let single = toks.count == 1
            // "The Duran", "To Vima" mid-sentence: a small word English writes in lower case there opens a name.
            if t.isCapitalised, !t.isAllCaps, NameChecks.nameOpeners.contains(t.hash), !isInitial, toks.count > 1 { break }
            let weak = (knowledge.isWord(t.hash, .common) && (isInitial || head == nil)) || knowledge.isWord(t.hash, .month)
                || knowledge.isWord(t.hash, .weekday) || (!t.isCapitalised && !(WordShape.isOrdinal(text, t) && toks.count > 1))
            let speaks = single && vouchedAtSentenceStart(tokens, f, limit: limit)
            // An acronym is written in capitals wherever it stands, so the sentence start says nothing about it.
            let acronym = t.isAllCaps && single && !WordShape.isRoman(text, t)
            // (A name with a head word keeps its first word: "The Nonproliferation Treaty Review Conference.")
            let initialWeak = isInitial && !titled && (head == nil || single)
                && (evidence.lowerSeen.contains(t.hash) || (single && !evidence.midCap.contains(t.hash) && !speaks && !acronym))
            if weak || initialWeak { toks = toks.dropFirst(); isInitial = isInitial && weak } else { break }
        }
        return toks
    }

    /// "Merkel said …" at the start of a sentence: a speaking verb vouches for a name seen only there, and so does a
    /// role before a given name ("Cleveland DL Larry …"), a possessive ("Napoleon's escape") or a comma ("Talleyrand,
    /// representing …") after a word that is no adverb ("Unfortunately,") and not used in lower case elsewhere.
    func vouchedAtSentenceStart(_ tokens: [Token], _ f: Int, limit: Int) -> Bool {
        let t = tokens[f]
        guard f + 1 < limit, !knowledge.isWord(t.hash, .common) else { return false }
        let next = tokens[f + 1]
        // "Cleveland DL Larry Ogunjobi …": a role and a given name after it.
        if f + 2 < limit, forms.isRoleBeforeGivenName(tokens, Recognizer.Item(kind: .word, first: f + 1, end: f + 2), f + 2) { return true }
        // ("Officials say": a plural says nothing, but "Marcus says" does.)
        if next.isWord, knowledge.isWord(next.hash, .speech), !t.isPossessive,
           text[t.end - 1] != UInt8(ascii: "s") || knowledge.gazetteer.isGivenName(text[t.start..<t.end]) { return true }
        if t.isPossessive, !t.isAllCaps { return true }
        // "Rebecca and Michael work here": two given names joined by "and" name two people.
        if next.isWord, next.hash == Recognizer.andHash, f + 2 < limit, tokens[f + 2].isWord, tokens[f + 2].isCapitalised,
           knowledge.gazetteer.isGivenName(text[t.start..<t.end]),
           knowledge.gazetteer.isGivenName(text[tokens[f + 2].start..<tokens[f + 2].end]) { return true }
        guard !next.isWord, next.punct == UInt8(ascii: ",") else { return false }
        let adverb = text[t.end - 1] == UInt8(ascii: "y") && text[t.end - 2] == UInt8(ascii: "l")
        return !adverb && !WordShape.hasCommonSuffix(text, t) && !t.hasDigit
    }

    /// Whether the trimmed words `toks` are not a name of their own: only titles, a model designation,
    /// a plural common noun, a lone word the text uses otherwise, or common words only.
    func isNotAName(_ tokens: [Token], _ toks: ArraySlice<Int>, titled: Bool, head: EntityType?, limit: Int,
                    evidence: WordEvidence) -> Bool {
        let f = toks.first!, l = toks.last!
        let ft = tokens[f], lt = tokens[l]
        // Only titles ("the British Ambassador", "the Secretary"): no name.
        if head == nil, forms.titleOnly(tokens, toks) { return true }
        // A model designation ("Kuznetsov PD30"): letters and digits in one longer word make a product, not a name
        // (short groups such as "P5" stay).
        if head == nil, toks.contains(where: { tokens[$0].hasDigit && tokens[$0].isCapitalised && tokens[$0].end - tokens[$0].start > 3 }) {
            return true
        }
        // "Occupation Zones", "Control Commissions": a plural of a head word is a common noun.
        // (Not a known name's last word: "… of the United States".)
        if lt.isCapitalised, knowledge.heads[lt.hash] == nil, let singular = WordShape.singularHash(text, lt),
           knowledge.heads[singular] != nil, knowledge.surnameHeads[singular] == nil, // ("Gilbert Arenas" is a person)
           !(max(f, l - 3)...l).contains(where: { k in forms.knownForm(tokens, k, l + 1).map { k + $0.1 == l + 1 } ?? false }) {
            return true
        }
        // "End Comment.", "Begin Summary:": a cable's marker standing as a sentence of its own.
        if toks.count == 2, head == nil, NameChecks.markerWords.contains(ft.hash), f == 0 || !tokens[f - 1].isWord,
           l + 2 == limit, !tokens[l + 1].isWord, tokens[l + 1].punct == UInt8(ascii: ".") || tokens[l + 1].punct == UInt8(ascii: ":") {
            return true
        }
        // "Chief Digital Service Officer", "Tech Lead", "Editor": a job title, not a name.
        if head == nil, !titled, lt.isCapitalised, !lt.isAllCaps, knowledge.isWord(lt.hash, .jobTitle) { return true }
        if toks.count == 1 {
            if ft.end - ft.start == 1, !ft.hasDigit { return true }
            if !ft.isCapitalised { return true } // a lone ordinal
            if ft.end - ft.start == 2, !ft.isAllCaps, !ft.hasDigit, text[ft.start + 1] == UInt8(ascii: "s") { return true } // "Ds"
            if !ft.isAllCaps, WordShape.isPluralAcronym(text, ft) { return true }
            if ft.isAllCaps, WordShape.isRoman(text, ft) { return true }
            if head == nil, !titled, evidence.lowerSeen.contains(ft.hash) { return true }
            if !titled, knowledge.heads[ft.hash] != nil, knowledge.surnameHeads[ft.hash] == nil, !ft.isAllCaps { return true } // a bare "Army"
            if !titled, head == nil, isLabelBeforeNumber(tokens, f, limit: limit) { return true }
            if !titled, head == nil, isAbbreviationAfterPlace(tokens, f, limit: limit) { return true }
            if !titled, head == nil, isAbbreviatedLabelBeforeNumber(tokens, f, limit: limit) { return true }
            if !titled, WordShape.hasCommonSuffix(text, ft) { return true }
            if !titled, knowledge.isWord(ft.hash, .people) { return true } // "the Moors", "Basque songs"
            // "Post-war": the first part of a hyphenated common word.
            if l + 1 < limit, tokens[l + 1].isWord, tokens[l + 1].joined != 0, !tokens[l + 1].isCapitalised,
               !evidence.freeCap.contains(ft.hash), !lt.isPossessive { return true }
        } else if head == nil, !titled {
            var allCommon = true
            for x in toks where tokens[x].isWord && tokens[x].isCapitalised {
                if !(evidence.lowerSeen.contains(tokens[x].hash) || knowledge.isWord(tokens[x].hash, .common)) { allCommon = false; break }
            }
            if allCommon { return true }
            // "Comprehensive Strategic Partners": mostly common words, starting with one.
            if toks.allSatisfy({ tokens[$0].isCapitalised && tokens[$0].joined == 0 }), evidence.lowerSeen.contains(ft.hash),
               toks.filter({ evidence.lowerSeen.contains(tokens[$0].hash) }).count * 2 > toks.count { return true }
        }
        return false
    }

    /// "Week 13", "Chapter 3", "Game 7": an unknown word (no given name, nothing the tables know) before a number
    /// labels one of a series; it names no one.
    func isLabelBeforeNumber(_ tokens: [Token], _ f: Int, limit: Int) -> Bool {
        guard f + 1 < limit else { return false }
        let t = tokens[f], n = tokens[f + 1]
        guard n.isWord, n.spaceBefore, n.joined == 0, !n.gapBefore, Bytes.isDigit(text[n.start]), !t.isPossessive, !t.isAllCaps else {
            return false
        }
        let written = text[t.start..<t.end]
        return !knowledge.gazetteer.isGivenName(written)
            && knowledge.gazetteer.hit(Tokenizer.phraseHash(tokens[f..<(f + 1)]), written: written) == nil
    }

    /// "SEC. 2.", "Art. 5", "No. 7": a short word, a full stop and a number label one of a series; they name nothing.
    func isAbbreviatedLabelBeforeNumber(_ tokens: [Token], _ f: Int, limit: Int) -> Bool {
        let t = tokens[f]
        // (The full stop may end the sentence as the segmenter sees it: "SEC. 2. And be it further enacted".)
        guard t.end - t.start <= 4, !t.isPossessive, f + 1 < limit, f + 2 < tokens.count, !tokens[f + 1].isWord, tokens[f + 1].punct == UInt8(ascii: "."),
              tokens[f + 1].start == t.end, tokens[f + 2].isWord, tokens[f + 2].joined == 0 else { return false }
        return Bytes.isDigit(text[tokens[f + 2].start])
    }

    /// "Leesburg, Va., where", "Athens, Ga., and": a short abbreviation with a full stop after a capitalised name and a
    /// comma, inside the sentence, is the state or country that locates the place; it names nothing of its own.
    func isAbbreviationAfterPlace(_ tokens: [Token], _ f: Int, limit: Int) -> Bool {
        let t = tokens[f]
        guard t.end - t.start <= 5, !t.isAllCaps, !t.isPossessive, f >= 2, f + 2 < limit, !tokens[f - 1].isWord,
              tokens[f - 1].punct == UInt8(ascii: ","), tokens[f - 2].isWord, tokens[f - 2].isCapitalised,
              !tokens[f + 1].isWord, tokens[f + 1].punct == UInt8(ascii: "."), tokens[f + 1].start == t.end else { return false }
        return true
    }

    /// The type the words around a name suggest: "X pipeline", "X summit", "X reported", "in X",
    /// "The Economist", "the newspaper X".
    func addContextCues(_ tokens: [Token], _ c: inout Candidate, _ toks: ArraySlice<Int>, head: EntityType?, limit: Int,
                        initialFirst: Bool) {
        let f = toks.first!, l = toks.last!
        let ft = tokens[f], lt = tokens[l]
        var after = l + 1
        if after < limit, !tokens[after].isWord, tokens[after].punct == Punct.closeQuote || tokens[after].punct == UInt8(ascii: "\"") { after += 1 }
        if after < limit, tokens[after].isWord, !tokens[after].isCapitalised, !lt.isPossessive {
            let h = tokens[after].hash
            if knowledge.isWord(h, .afterProject) { c.cue = .project }
            else if knowledge.isWord(h, .afterEvent) { c.cue = .event }
            else if knowledge.isWord(h, .afterOrg) { c.cue = .organization }
            else if knowledge.isWord(h, .mediaAfter) { c.cue = .media }
            if knowledge.isWord(h, .speech), !tokens[l].isPossessive { c.speaks = true }
        }
        if f > 0, tokens[f - 1].isWord, knowledge.isWord(tokens[f - 1].hash, .placePrep) { c.afterPlacePrep = true }
        // "flew to Marcasse", "the trip to Belvoir": "to" after a word of going (not "wrote to Okafor").
        if f > 1, tokens[f - 1].isWord, tokens[f - 1].hash == NameChecks.toHash, tokens[f - 2].isWord,
           knowledge.motionWords[tokens[f - 2].hash] != nil { c.afterPlacePrep = true }
        // "in the Bronx": a place preposition and "the" before a one-word name.
        if toks.count == 1, f > 1, tokens[f - 1].hash == Recognizer.theHash, !tokens[f - 1].isCapitalised, tokens[f - 2].isWord,
           knowledge.isWord(tokens[f - 2].hash, .placePrep) { c.afterPlacePrep = true }
        if c.cue == nil, let t = typeOfNounBefore(tokens, f) { c.cue = t }
        if c.cue == nil, let t = typeOfApposition(tokens, l, limit: limit) { c.cue = t }
        if c.cue == nil, head == nil, isWholeQuote(tokens, f, l, limit: limit) { c.cue = .media }
        // "the Capitol was", "in the Bronx,", "the Treasury said": "the" and a name that stands alone, not "the Trump
        // administration" or "the Xi-Putin meeting", where a person's name describes the noun after it.
        if toks.count == 1, f > 0, tokens[f - 1].isWord, !tokens[f - 1].isCapitalised, tokens[f - 1].hash == Recognizer.theHash,
           l + 1 >= limit || !tokens[l + 1].isWord || (tokens[l + 1].joined == 0 && (NameChecks.afterAloneName.contains(tokens[l + 1].hash)
               || knowledge.isWord(tokens[l + 1].hash, .speech))) {
            c.afterThe = true
        }
        // "The Economist", "To Vima", "Of Mice and Men": a capitalised small word inside a sentence opens a work's name.
        if toks.count > 1, NameChecks.nameOpeners.contains(ft.hash), ft.isCapitalised, !ft.isAllCaps, !initialFirst, head == nil {
            c.cue = .media
        }
        for cue in knowledge.mediaCues where cue.count <= f {
            var matches = true
            for (o, h) in cue.reversed().enumerated() {
                let t = tokens[f - 1 - o]
                if !t.isWord || t.hash != h { matches = false; break }
            }
            if matches { c.cue = .media; break }
        }
    }

    /// A name that is the whole of a quotation (the song in "Carmen.", "Second Rhapsody"): the title of a work.
    func isWholeQuote(_ tokens: [Token], _ f: Int, _ l: Int, limit: Int) -> Bool {
        guard f > 0, !tokens[f - 1].isWord,
              tokens[f - 1].punct == Punct.openQuote || (tokens[f - 1].punct == UInt8(ascii: "\"") && tokens[f - 1].spaceBefore) else { return false }
        var a = l + 1
        if a < limit, !tokens[a].isWord, tokens[a].punct == UInt8(ascii: ".") || tokens[a].punct == UInt8(ascii: ",") { a += 1 }
        return a < limit && !tokens[a].isWord && (tokens[a].punct == Punct.closeQuote || tokens[a].punct == UInt8(ascii: "\""))
    }

    /// Words after a name that show it stands alone ("the Capitol was"), not describing a noun.
    static let afterAloneName: [UInt64] = ["of", "and", "or", "in", "to", "was", "is", "were", "are", "had", "has", "which",
                                           "that", "on", "at", "for", "with", "as", "by", "from", "would", "will"].map { TextHash.of($0.utf8) }
    static let listWords: [UInt64] = ["and", "or", "including", "like", "the"].map { TextHash.of($0.utf8) }

    /// The type a noun gives the name at `f`, or the list of names it starts: "the newspaper Kathimerini",
    /// "TV stations, Mega and Antenna", "startups Niche and Noodle", "the town of Tivoli" (a comma after the
    /// noun only when it is plural: "in the newspaper, Putin said" names no newspaper).
    func typeOfNounBefore(_ tokens: [Token], _ f: Int) -> EntityType? {
        var j = f - 1
        while j >= 0, f - j <= 12 {
            let t = tokens[j]
            if !t.isWord {
                guard t.punct == UInt8(ascii: ",") else { return nil }
            } else if !t.isCapitalised, !NameChecks.listWords.contains(t.hash), !(j == f - 1 && t.hash == NameChecks.ofHash) {
                if !tokens[j + 1].isWord, text[t.end - 1] != UInt8(ascii: "s") { return nil }
                if knowledge.isWord(t.hash, .mediaNoun) { return .media }
                if knowledge.isWord(t.hash, .orgNoun) { return .organization }
                if knowledge.isWord(t.hash, .placeNoun) { return .place }
                return nil
            }
            j -= 1
        }
        return nil
    }

    /// The type the noun of an apposition gives the name ending at `l`: "ProPublica, a non-profit journalism
    /// newsroom", "Tivoli, a town near Rome": the last of at most five lower-case words after ", a", ", an" or ", the".
    func typeOfApposition(_ tokens: [Token], _ l: Int, limit: Int) -> EntityType? {
        guard l + 3 < limit, !tokens[l + 1].isWord, tokens[l + 1].punct == UInt8(ascii: ","), tokens[l + 2].isWord,
              NameChecks.appositionArticles.contains(tokens[l + 2].hash), !tokens[l + 2].isCapitalised else { return nil }
        var head: UInt64?
        var j = l + 3
        while j < limit, j - l - 3 < 5, tokens[j].isWord, !tokens[j].isCapitalised, !NameChecks.appositionEnds.contains(tokens[j].hash) {
            head = tokens[j].hash
            j += 1
        }
        guard let h = head, j - l - 3 < 5 || j == limit || !tokens[j].isWord else { return nil }
        if knowledge.isWord(h, .mediaNoun) { return .media }
        if knowledge.isWord(h, .orgNoun) { return .organization }
        if knowledge.isWord(h, .placeNoun) { return .place }
        return nil
    }
    static let appositionArticles: [UInt64] = ["a", "an", "the"].map { TextHash.of($0.utf8) }
    /// Words that end an apposition's noun phrase ("a town near Rome", "a firm that …").
    static let appositionEnds: [UInt64] = ["of", "in", "at", "on", "for", "from", "with", "by", "near", "that", "which", "who",
                                           "whose", "and", "or", "based", "founded", "published", "owned", "run", "known"]
        .map { TextHash.of($0.utf8) }

    static let ofHash = TextHash.of("of".utf8)
    static let toHash = TextHash.of("to".utf8)
    /// First words of the markers cables put around a passage ("Begin Summary", "End Comment").
    static let markerWords: [UInt64] = ["begin", "end"].map { TextHash.of($0.utf8) }
    /// Small words that, capitalised inside a sentence, open a name or a title rather than stand before one.
    static let nameOpeners: [UInt64] = ["the", "to", "of", "for", "on", "at", "a", "an", "in"].map { TextHash.of($0.utf8) }
}
