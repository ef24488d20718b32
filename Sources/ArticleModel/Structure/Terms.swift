#if canImport(Glibc)
import Glibc
#endif

/// The content terms of each paragraph (lower-cased words of four or more letters that are not
/// function words, with a plural "s" removed), weighted by how rare they are in the text. Names
/// (capitalised words not opening a sentence) weigh more. Annotations, cross-references and the
/// sectioner use this to say what a paragraph is about and how close two paragraphs are.
/// Building it is one pass over the text; comparing two paragraphs merges two sorted lists.
struct Terms {
    /// Sorted unique term ids per paragraph, in one flat list (no array per paragraph).
    var byParagraph: TermLists
    /// Weight per term id: inverse document frequency, times 1.5 for names.
    var weight: [Double]
    /// Where each term was first seen (its display form), so no string is made until one is asked for:
    /// its start and end, 32-bit like the index's offsets (a text of mostly distinct words has a term
    /// for nearly every word, so the per-term lists are kept narrow).
    private var seenStart: [UInt32], seenEnd: [UInt32]
    func firstSeen(_ t: Int) -> TextRange { TextRange(Int(seenStart[t]), Int(seenEnd[t])) }
    /// Whether the term was seen capitalised inside a sentence.
    var isName: [Bool]
    /// Number of paragraphs each term occurs in.
    var documentFrequency: [Int32]

    /// Terms from the search index's tokens: each distinct folded word is classified once
    /// (length, stop word, plural, concept family), so the per-token work is a table look-up.
    /// `paragraphs` may be narrower than the index's paragraphs (speaker labels left out).
    init(_ s: [UInt8], index: SearchIndex, tokens: TokenTable, paragraphs: some Collection<TextRange>) {
        let vocabularySize = index.wordStart.count
        // Term id per search rank, -1 when the word is not a term. Ids are assigned per key.
        var termOfRank = [Int32](repeating: -2, count: vocabularySize) // -2: not classified yet
        var ids = HashMap<Int32>(capacity: vocabularySize)
        // Room for a term a word: there are at most that many, and room never written to is never resident,
        // where doubling to fit held the old and the new list at once.
        var seenStart: [UInt32] = [], seenEnd: [UInt32] = []
        var isName: [Bool] = []
        var df: [Int32] = []
        seenStart.reserveCapacity(vocabularySize); seenEnd.reserveCapacity(vocabularySize)
        isName.reserveCapacity(vocabularySize); df.reserveCapacity(vocabularySize)
        var byParagraph = TermLists()
        byParagraph.offsets.reserveCapacity(paragraphs.count + 1)
        let starts = tokens.start, ranks = tokens.rank
        byParagraph.values.reserveCapacity(starts.count / 2 + 16)
        var t = 0
        var terms: [Int32] = []
        // The paragraph (counted from 1) each term was last listed in: a term is listed once a
        // paragraph, so only the distinct terms are sorted (not every occurrence).
        var listedIn: [Int32] = []
        listedIn.reserveCapacity(vocabularySize)
        var paragraphNumber: Int32 = 0
        let families = Terms.families, stopwords = Terms.stopwords
        for p in paragraphs {
            terms.removeAll(keepingCapacity: true)
            paragraphNumber += 1
            while t < starts.count, Int(starts[t]) < p.start { t += 1 }
            while t < starts.count {
                let i = Int(starts[t]), e = tokens.end(t)
                guard e <= p.end else { break }
                let rank = Int(ranks[t])
                t += 1
                var id = termOfRank[rank]
                if id == -2 {
                    id = -1
                    if let term = Terms.term(s, index, rank: rank, at: i, end: e, families: families, stopwords: stopwords) {
                        // Ids are numbered as the keys are added: a key's entry number is its id.
                        let (entry, added) = ids.entry(term, orAdd: Int32(seenStart.count))
                        id = Int32(entry)
                        if added {
                            seenStart.append(UInt32(i)); seenEnd.append(UInt32(e))
                            isName.append(false)
                            df.append(0)
                            listedIn.append(0)
                        }
                    }
                    termOfRank[rank] = id
                }
                guard id >= 0 else { continue }
                // A capitalised word that does not open a sentence is (part of) a name.
                if !isName[Int(id)], Terms.isNameWord(s, i, e, paragraphStart: p.start) { isName[Int(id)] = true }
                if listedIn[Int(id)] != paragraphNumber {
                    listedIn[Int(id)] = paragraphNumber
                    terms.append(id)
                }
            }
            terms.sort()
            for x in terms { byParagraph.values.append(x); df[Int(x)] += 1 }
            byParagraph.offsets.append(UInt32(byParagraph.values.count))
        }
        let n = Double(max(paragraphs.count, 1))
        self.weight = (0..<seenStart.count).map { t in
            let idf = log((n + 1) / Double(max(df[t], 1)))
            return isName[t] ? idf * 1.5 : idf
        }
        self.byParagraph = byParagraph
        self.seenStart = seenStart; self.seenEnd = seenEnd
        self.isName = isName
        self.documentFrequency = df
    }

    /// The term of the index word `rank`, seen at `i..<end`: its folded form without a plural "s", by its
    /// concept family; nil for a word of under four letters (but an acronym) or a stop word.
    @inline(__always)
    static func term(_ s: [UInt8], _ index: SearchIndex, rank: Int, at i: Int, end e: Int,
                     families: HashMap<UInt64>, stopwords: WordSet) -> UInt64? {
        let first = Int(index.wordStart[rank])
        var last = Int(index.wordEnd[rank])
        let n = last - first
        let acronym = n >= 2 && Bytes.isUpper(s[i]) && e > i + 1 && Bytes.isUpper(s[i + 1])
        guard n >= 4 || acronym else { return nil }
        // (Read in place: a slice of the vocabulary retained and released the array.)
        let key: UInt64 = index.vocabulary.withUnsafeBufferPointer { v in
            // Plural "s" (not "ss", "us", "is" endings).
            if n > 4, v[last - 1] == UInt8(ascii: "s"), v[last - 2] != UInt8(ascii: "s"), v[last - 2] != UInt8(ascii: "u"),
               v[last - 2] != UInt8(ascii: "i") { last -= 1 }
            // Look-ups by a 64-bit FNV-1a hash of the word's bytes, which indexes the
            // HashMap's buckets directly (no SipHash per look-up).
            return Terms.fnv(UnsafeBufferPointer(rebasing: v[first..<last]))
        }
        let term = families[key] ?? key
        return stopwords.contains(term) ? nil : term
    }

    /// Whether the word at `i..<e` is capitalised and does not open a sentence: (part of) a name.
    @inline(__always)
    static func isNameWord(_ s: [UInt8], _ i: Int, _ e: Int, paragraphStart: Int) -> Bool {
        let b = s[i]
        guard Bytes.isUpper(b) || b >= 0xC3 && b < 0xE0 && i + 1 < e && s[i + 1] >= 0x80 && s[i + 1] < 0x9F else { return false }
        var k = i
        while k > paragraphStart {
            let c = s[k - 1]
            if Bytes.isSpace(c) || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "(") { k -= 1; continue }
            // An opening curly quote (E2 80 9C or 98).
            if k - 3 >= paragraphStart, s[k - 3] == 0xE2, s[k - 2] == 0x80, s[k - 1] == 0x9C || s[k - 1] == 0x98 { k -= 3; continue }
            break
        }
        let opens = k == paragraphStart || s[k - 1] == UInt8(ascii: ".") || s[k - 1] == UInt8(ascii: "!") || s[k - 1] == UInt8(ascii: "?")
            || s[k - 1] == UInt8(ascii: ":")
        return !opens
    }

    /// How a term is written in the text (the first form seen).
    func display(_ t: Int32, in s: [UInt8]) -> String { Bytes.string(s, firstSeen(Int(t))) }

    /// How much two paragraphs share: the summed weights of their common terms.
    func similarity(_ a: Int, _ b: Int) -> Double {
        similarity(byParagraph[a], byParagraph[b])
    }

    func similarity<A: RandomAccessCollection<Int32>, B: RandomAccessCollection<Int32>>(_ x: A, _ y: B) -> Double
    where A.Index == Int, B.Index == Int {
        var i = x.startIndex, j = y.startIndex, sum = 0.0
        while i < x.endIndex, j < y.endIndex {
            if x[i] == y[j] { sum += weight[Int(x[i])]; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return sum
    }

    /// Union of the term lists of several paragraphs (sorted, unique).
    func union(_ paragraphs: some Sequence<Int>) -> [Int32] {
        var all: [Int32] = []
        for p in paragraphs { all.append(contentsOf: byParagraph[p]) }
        all.sort()
        var out: [Int32] = []
        for t in all where out.last != t { out.append(t) }
        return out
    }

    /// The FNV-1a hash of a folded word's bytes (`TextHash`), the key of the term tables.
    static func fnv(_ bytes: some Collection<UInt8>) -> UInt64 {
        var h = TextHash.seed
        for b in bytes { h = TextHash.add(h, b) }
        return h
    }

    /// Words that stand for one concept, mapped to one key (general vocabulary, not any one text's).
    static let families: HashMap<UInt64> = {
        let groups: [[String]] = [
            ["military", "defence", "defense", "army", "armed", "arms", "weapon", "troop", "warfare"],
            ["economic", "economy", "economie", "trade", "commerce", "commercial"],
            ["aircraft", "airplane", "plane", "planes", "jet"],
            ["agreement", "accord", "treaty", "deal"],
        ]
        var map = HashMap<UInt64>()
        for g in groups { for w in g.dropFirst() { map[fnv(w.utf8)] = fnv(g[0].utf8) } }
        return map
    }()

    /// Function words and very common verbs that say nothing about a paragraph's topic.
    static func isStopword(_ lowered: [UInt8]) -> Bool { stopwords.contains(fnv(lowered)) }

    static let stopwords: WordSet = {
        var set = WordSet()
        for w in [
        "that", "this", "with", "from", "have", "been", "were", "they", "their", "there", "which", "what", "when",
        "where", "will", "would", "could", "should", "about", "into", "than", "then", "them", "these", "those",
        "also", "only", "other", "some", "such", "more", "most", "very", "much", "many", "even", "just", "each",
        "over", "under", "after", "before", "between", "because", "while", "whilst", "though", "although",
        "being", "does", "done", "doing", "here", "your", "ours", "said", "say", "make", "made", "like", "well",
        "both", "either", "neither", "however", "still", "since", "until", "upon", "onto", "within", "without",
        "against", "among", "again", "once", "ever", "never", "always", "often", "already", "whether", "whose",
        "whom", "shall", "might", "must", "know", "known", "think", "thing", "way", "ways", "want", "wants",
        "going", "good", "great", "really", "thank", "thanks", "yes", "okay", "yeah", "look", "going", "able",
        "take", "taking", "took", "give", "given", "come", "came", "coming", "seem", "seems", "fact", "case",
        "point", "part", "time", "year", "today", "yesterday", "there", "here", "something", "anything",
        "everything", "nothing", "someone", "anyone", "everyone", "people", "mean", "means", "like", "need",
        "first", "last", "next", "same", "another", "every", "across", "around", "through", "during", "towards",
        "toward", "almost", "rather", "quite", "perhaps", "indeed", "course", "instead", "further", "used",
        "using", "certain", "certainly", "clearly", "obviously", "moreover", "furthermore", "therefore", "thus",
        "whereas", "however", "unfortunately", "importantly", "apparently", "probably", "possible", "possibly",
        "level", "term", "view", "number", "kind", "sort", "lot", "matter", "mr", "mrs", "ms", "dr",
        "president", "presidents", "laughter", "applause", "inaudible", "interpreted", "crosstalk", "translation",
        ] { set.insert(fnv(w.utf8)) }
        return set
    }()
}
