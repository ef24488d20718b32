import Foundation // log() only

/// The content terms of each paragraph (lower-cased words of four or more letters that are not
/// function words, with a plural "s" removed), weighted by how rare they are in the text. Names
/// (capitalised words not opening a sentence) weigh more. Annotations, cross-references and the
/// sectioner use this to say what a paragraph is about and how close two paragraphs are.
/// Building it is one pass over the text; comparing two paragraphs merges two sorted lists.
struct Terms {
    /// Sorted unique term ids per paragraph.
    var byParagraph: [[Int32]]
    /// Weight per term id: inverse document frequency, times 1.5 for names.
    var weight: [Double]
    /// How each term is written (the first form seen), for titles.
    var display: [String]
    /// Whether the term was seen capitalised inside a sentence.
    var isName: [Bool]
    /// Number of paragraphs each term occurs in.
    var documentFrequency: [Int]

    /// Terms from the search index's tokens: each distinct folded word is classified once
    /// (length, stop word, plural, concept family), so the per-token work is a table look-up.
    /// `paragraphs` may be narrower than the index's paragraphs (speaker labels left out).
    init(_ s: [UInt8], index: SearchIndex, paragraphs: [TextRange]) {
        let vocabularySize = index.wordStart.count
        // Term id per search rank, -1 when the word is not a term. Ids are assigned per key.
        var termOfRank = [Int32](repeating: -2, count: vocabularySize) // -2: not classified yet
        var ids: [[UInt8]: Int32] = [:]
        var display: [String] = []
        var isName: [Bool] = []
        var df: [Int] = []
        var byParagraph: [[Int32]] = []
        byParagraph.reserveCapacity(paragraphs.count)
        let starts = index.tokenStart, ends = index.tokenEnd, ranks = index.tokenRank
        var t = 0
        var terms: [Int32] = []
        for p in paragraphs {
            terms.removeAll(keepingCapacity: true)
            while t < starts.count, Int(starts[t]) < p.start { t += 1 }
            while t < starts.count, Int(ends[t]) <= p.end {
                let i = Int(starts[t]), e = Int(ends[t])
                let rank = Int(ranks[t])
                t += 1
                var id = termOfRank[rank]
                if id == -2 {
                    id = -1
                    var key = Array(index.vocabulary[Int(index.wordStart[rank])..<Int(index.wordEnd[rank])])
                    let b = s[i]
                    let acronym = key.count >= 2 && Bytes.isUpper(b) && e > i + 1 && Bytes.isUpper(s[i + 1])
                    if key.count >= 4 || acronym {
                        let n = key.count
                        // Plural "s" (not "ss", "us", "is" endings).
                        if n > 4, key[n - 1] == 0x73, key[n - 2] != 0x73, key[n - 2] != 0x75, key[n - 2] != 0x69 { key.removeLast() }
                        if let family = Terms.families[key] { key = family }
                        if !Terms.stopwords.contains(key) {
                            if let known = ids[key] { id = known } else {
                                id = Int32(display.count)
                                ids[key] = id
                                display.append(Bytes.string(s, TextRange(i, e)))
                                isName.append(false)
                                df.append(0)
                            }
                        }
                    }
                    termOfRank[rank] = id
                }
                guard id >= 0 else { continue }
                // A capitalised word that does not open a sentence is (part of) a name.
                let b = s[i]
                if !isName[Int(id)], Bytes.isUpper(b) || b >= 0xC3 && b < 0xE0 && i + 1 < e && s[i + 1] >= 0x80 && s[i + 1] < 0x9F {
                    var k = i
                    while k > p.start {
                        let c = s[k - 1]
                        if Bytes.isSpace(c) || c == 0x22 || c == 0x27 || c == 0x28 { k -= 1; continue }
                        if k - 3 >= p.start, s[k - 3] == 0xE2, s[k - 2] == 0x80, s[k - 1] == 0x9C || s[k - 1] == 0x98 { k -= 3; continue }
                        break
                    }
                    let opens = k == p.start || s[k - 1] == 0x2E || s[k - 1] == 0x21 || s[k - 1] == 0x3F || s[k - 1] == 0x3A
                    if !opens { isName[Int(id)] = true }
                }
                terms.append(id)
            }
            terms.sort()
            var unique: [Int32] = []
            unique.reserveCapacity(terms.count)
            for x in terms where unique.last != x { unique.append(x); df[Int(x)] += 1 }
            byParagraph.append(unique)
        }
        let n = Double(max(paragraphs.count, 1))
        self.weight = (0..<display.count).map { t in
            let idf = log((n + 1) / Double(max(df[t], 1)))
            return isName[t] ? idf * 1.5 : idf
        }
        self.byParagraph = byParagraph
        self.display = display
        self.isName = isName
        self.documentFrequency = df
    }

    /// How much two paragraphs share: the summed weights of their common terms.
    func similarity(_ a: Int, _ b: Int) -> Double {
        similarity(byParagraph[a], byParagraph[b])
    }

    func similarity(_ x: [Int32], _ y: [Int32]) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < x.count, j < y.count {
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

    /// Words that stand for one concept, mapped to one key (general vocabulary, not any one text's).
    static let families: [[UInt8]: [UInt8]] = {
        let groups: [[String]] = [
            ["military", "defence", "defense", "army", "armed", "arms", "weapon", "troop", "warfare"],
            ["economic", "economy", "economie", "trade", "commerce", "commercial"],
            ["aircraft", "airplane", "plane", "planes", "jet"],
            ["agreement", "accord", "treaty", "deal"],
        ]
        var map: [[UInt8]: [UInt8]] = [:]
        for g in groups { for w in g.dropFirst() { map[Array(w.utf8)] = Array(g[0].utf8) } }
        return map
    }()

    /// Function words and very common verbs that say nothing about a paragraph's topic.
    static let stopwords: Set<[UInt8]> = Set([
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
        "president", "presidents",
    ].map { Array($0.utf8) })
}
