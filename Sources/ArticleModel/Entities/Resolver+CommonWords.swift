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

    /// 8. A name of several words, each a common English word, ending in a plural ("Contingent Expenses", "Foreign
    /// Ministers", "Domestic Letters") or with a word the text also writes in lower case ("our Design System" in a text
    /// about a design system), not opening with a given name, with no title, verb of speaking, head word or
    /// context cue, not inside a list of names, never after "the" ("the Rolling Stones" is one), and unknown to the
    /// tables: a heading of records or a class of things in title case, not a name. Returns whether any was dropped.
    func dropCommonPhrases(_ groups: Groups, _ keep: inout [Bool]) -> Bool {
        var dropped = false
        for grp in groups.values where grp.knowledge == nil && grp.words.wordCount >= 2 && !grp.acronym && !grp.labelOnly
            && grp.titled == 0 && grp.speaks == 0 {
            guard !members(grp).contains(where: { cands[$0].head != nil || cands[$0].cue != nil || isInsideList($0, keep) || followsThe($0) }),
                  let r = writtenForm(grp), plural(r) || members(grp).contains(where: { cands[$0].hasPlainWord }), isCommonPhrase(r),
                  gazetteerHit(grp) == nil else { continue }
            for x in members(grp) { keep[x] = false }
            dropped = true
        }
        return dropped
    }

    /// Whether "the" (or "The") and a space stand right before candidate `i`.
    func followsThe(_ i: Int) -> Bool {
        let s = range(i).start
        guard s >= 4, bytes[s - 1] == UInt8(ascii: " ") else { return false }
        return bytes[s - 4] | 0x20 == UInt8(ascii: "t") && bytes[s - 3] == UInt8(ascii: "h") && bytes[s - 2] == UInt8(ascii: "e")
            && (s == 4 || !Bytes.isASCIILetter(bytes[s - 5]))
    }

    /// Whether every word of `r` (split at spaces and hyphens) is a common word and the first is no given name.
    func isCommonPhrase(_ r: TextRange) -> Bool {
        var start = r.start
        for i in r.start...r.end where i == r.end || bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "-") {
            let word = bytes[start..<i]
            if start == r.start, knowledge.gazetteer.isGivenName(word) { return false }
            if !knowledge.gazetteer.isCommonWord(word) { return false }
            start = i + 1
        }
        return true
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
