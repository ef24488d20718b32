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

    init(_ s: [UInt8], paragraphs: [TextRange]) {
        var ids: [[UInt8]: Int32] = [:]
        var display: [String] = []
        var isName: [Bool] = []
        var df: [Int] = []
        var byParagraph: [[Int32]] = []
        byParagraph.reserveCapacity(paragraphs.count)
        var key: [UInt8] = []
        for p in paragraphs {
            var terms: [Int32] = []
            var i = p.start
            var sentenceStart = true
            while i < p.end {
                let b = s[i]
                if !Bytes.startsWord(s, i) {
                    if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3A || b == 0x28 { sentenceStart = true }
                    i += 1; continue
                }
                let e = Bytes.wordEnd(s, i, limit: p.end)
                let capital = Bytes.isUpper(b) || (b >= 0xC3 && b < 0xE0 && i + 1 < e && s[i + 1] >= 0x80 && s[i + 1] < 0x9F)
                let opens = sentenceStart
                sentenceStart = false
                var length = e - i
                if length >= 4 || (capital && length >= 2 && Bytes.isUpper(s[i + 1])) {
                    key.removeAll(keepingCapacity: true)
                    for k in i..<e { key.append(Bytes.lower(s[k])) }
                    // Plural "s" (not "ss", not "us"/"is" endings).
                    if length > 4, key[length - 1] == 0x73, key[length - 2] != 0x73, key[length - 2] != 0x75, key[length - 2] != 0x69 {
                        key.removeLast(); length -= 1
                    }
                    if let family = Terms.families[key] { key = family }
                    if !Terms.stopwords.contains(key) {
                        let id: Int32
                        if let known = ids[key] { id = known } else {
                            id = Int32(display.count)
                            ids[key] = id
                            display.append(Bytes.string(s, TextRange(i, e)))
                            isName.append(false)
                            df.append(0)
                        }
                        if capital && !opens { isName[Int(id)] = true }
                        terms.append(id)
                    }
                }
                i = e
            }
            terms.sort()
            var unique: [Int32] = []
            unique.reserveCapacity(terms.count)
            for t in terms where unique.last != t { unique.append(t); df[Int(t)] += 1 }
            byParagraph.append(unique)
        }
        let n = Double(max(paragraphs.count, 1))
        self.weight = (0..<display.count).map { t in
            let idf = log((n + 1) / Double(df[t])) 
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
