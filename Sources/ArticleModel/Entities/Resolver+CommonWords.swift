/// The resolver's last check on lone words: a common English word capitalised only where any word may be.
extension Resolver {
    /// 7. A name of one word that is a common English word written in lower case (`Gazetteer.isCommonWord`) and
    /// has no other evidence of being a name: capitalised only at a sentence's start, in a heading, a title or a
    /// citation ("Methods", "Toward", "Proceedings"), or before the noun it describes ("the Discovery phase"),
    /// never alone in running prose (`WordEvidence.proseCap`: "the Treasury said"), with no title, verb of
    /// speaking, head word or context cue, not an acronym, and unknown to the tables. Returns whether any was dropped.
    func dropCommonWords(_ groups: Groups, _ keep: inout [Bool]) -> Bool {
        var dropped = false
        for grp in groups.values where grp.knowledge == nil && grp.words.wordCount == 1 && !grp.acronym && !grp.labelOnly
            && grp.titled == 0 && grp.speaks == 0 {
            // (Any member's word: "the Patriots arrived" vouches for "The Patriot".)
            guard !members(grp).contains(where: { cands[$0].head != nil || cands[$0].cue != nil || isInsideList($0, keep)
                      || names.words(entry($0)).first.map { proseCap.contains($0) } ?? false }),
                  let r = writtenForm(grp), knowledge.gazetteer.isCommonWord(bytes[r.start..<r.end]), gazetteerHit(grp) == nil
            else { continue }
            for x in members(grp) { keep[x] = false }
            dropped = true
        }
        return dropped
    }

    /// Whether candidate `i` stands inside a list of names: after a comma that follows another name and before
    /// another name ("Niche, College Greenlight, Noodle, Tractus Insight"; not "Buildings and Grounds, …").
    func isInsideList(_ i: Int, _ keep: [Bool]) -> Bool {
        guard i > 0, i + 1 < cands.count, keep[i - 1], keep[i + 1], cands[i - 1].sentence == cands[i].sentence,
              cands[i + 1].sentence == cands[i].sentence else { return false }
        let r = range(i), before = range(i - 1).end
        return isListGap(before, r.start) && bytes[before..<r.start].contains(UInt8(ascii: ",")) && isListGap(r.end, range(i + 1).start)
    }
}
