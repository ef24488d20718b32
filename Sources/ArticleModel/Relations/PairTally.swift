/// The pairs of entities that share sentences, as the relation stage counts them: each pair's
/// weight (its sentences), every pair's evidence in one list, and the labels its sentences gave.
struct PairTally {
    struct Pair {
        var key: UInt64
        var weight = 0
    }

    /// A label a pair was given: which pair, the label class, how many sentences gave it, and the
    /// first of them (by the pair's weight then).
    struct PairLabel {
        var pair: Int
        var label: UInt32
        var count: Int
        var first: Int
    }

    /// Pairs by key (source << 32 | target); a pair's entry number is its place in `pairs`.
    private var index = HashMap<Bool>(capacity: 1024)
    private(set) var pairs: [Pair] = []
    /// The labels of all pairs in one list, found by pair number and label class (a list per pair would be an
    /// allocation per labelled pair).
    private var labelIndex = HashMap<Bool>(capacity: 256)
    private(set) var pairLabels: [PairLabel] = []
    /// Every pair's evidence in one list, in order (pair number, sentence): each relation's list is
    /// then made at its final size instead of growing a list per pair.
    /// Each with the label class that sentence gave the pair, or -1.
    private(set) var found: [(pair: Int32, sentence: Int32, label: Int32)] = []

    /// Counts pair `key` in `sentence`; returns the pair's number.
    mutating func add(_ key: UInt64, sentence: Int) -> Int {
        let (n, added) = index.entry(key, orAdd: true)
        if added { pairs.append(Pair(key: key)) }
        pairs[n].weight += 1
        found.append((Int32(truncatingIfNeeded: n), Int32(truncatingIfNeeded: sentence), -1))
        return n
    }

    /// Counts label class `label` for pair `n` in the sentence last added.
    mutating func addLabel(_ label: UInt32, pair n: Int) {
        found[found.count - 1].label = Int32(truncatingIfNeeded: label)
        let (e, new) = labelIndex.entry(UInt64(n) << 32 | UInt64(label), orAdd: true)
        if new { pairLabels.append(PairLabel(pair: n, label: label, count: 1, first: pairs[n].weight)) }
        else { pairLabels[e].count += 1 }
    }

    /// Each pair's label class, or -1: the one most sentences gave, then the earliest (the first of
    /// equals, in the order they were found).
    func chosenLabels() -> [Int] {
        var best = [Int](repeating: -1, count: pairs.count)
        for (e, x) in pairLabels.enumerated() {
            let b = best[x.pair]
            if b < 0 || (pairLabels[b].count, -pairLabels[b].first) < (x.count, -x.first) { best[x.pair] = e }
        }
        return best.map { $0 < 0 ? -1 : Int(pairLabels[$0].label) }
    }
}
