/// A written interview's questions. The interviewer is named in full at the first turn ("Melody Kramer:
/// Thanks for talking with me …") and by the name's initials after it ("MK: How did you …?"); the page
/// sets each question off, and each opens a topic: the interviewer's turns are headings. A press call's
/// "Q" turns stay body: nobody there is named in full and then by initials.
enum InterviewQuestions {
    /// The longest question that is still set off as a heading.
    static let maxWords = 80

    static func mark(_ table: ParagraphTable, _ kinds: inout [ParagraphKind], firstBody: Int) {
        guard let turns = Sectioner.questionTurns(table), let first = turns.firstIndex(of: true) else { return }
        let s = table.text, ranges = table.ranges, shapes = table.shapes
        let label = s[ranges[first].start..<(ranges[first].start + shapes[first].speakerLabel)]
        let initials = label.filter { Bytes.isUpper($0) }
        guard initials.count >= 2, initials.count == label.count - 2,
              let named = (firstBody..<first).last(where: { p in
                  let n = LayoutRules.namedTurnLength(s, ranges[p])
                  return n > 0 && Self.initials(s, ranges[p].start, ranges[p].start + n) == initials
              }) else { return }
        // "MK:How did you …?": a question whose label lost its space is the interviewer's too.
        let glued = (first..<table.count).filter { p in
            let r = ranges[p]
            return shapes[p].speakerLabel == 0 && r.count > label.count && s[r.start..<(r.start + label.count - 1)].elementsEqual(label.dropLast())
                && Bytes.isUpper(s[r.start + label.count - 1]) && Sectioner.asks(s, r)
        }
        for p in [named] + turns.indices.filter({ turns[$0] }) + glued where kinds[p] == .body && shapes[p].words <= maxWords {
            kinds[p] = .heading
        }
    }

    /// The first letters of the capitalised words in `start..<end` ("Melody Kramer: " → "MK").
    static func initials(_ s: [UInt8], _ start: Int, _ end: Int) -> [UInt8] {
        var out: [UInt8] = [], k = start
        while k < end {
            if Bytes.isUpper(s[k]), k == start || s[k - 1] == UInt8(ascii: " ") { out.append(s[k]) }
            k += 1
        }
        return out
    }
}
