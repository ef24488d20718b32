/// Interviews: a transcript that opens with a question, one speaker asking and another answering. Its
/// parts are the topics the questions lead to, not the speakers' turns.
extension Sectioner {
    /// For an interview (the first labelled turn is a question, and its speaker asks in at least three
    /// turns, most of theirs), whether each paragraph starts one of the asker's turns; nil for other texts.
    static func questionTurns(_ table: ParagraphTable) -> [Bool]? {
        let s = table.text, shapes = table.shapes, ranges = table.ranges
        guard let first = shapes.firstIndex(where: { $0.speakerLabel > 2 }), asks(s, ranges[first]) else { return nil }
        func label(_ p: Int) -> ArraySlice<UInt8> { s[ranges[p].start..<(ranges[p].start + shapes[p].speakerLabel)] }
        let asker = label(first)
        var turns = 0, questions = 0
        var out = [Bool](repeating: false, count: table.count)
        for p in first..<table.count where shapes[p].speakerLabel > 2 && label(p) == asker {
            turns += 1
            if asks(s, ranges[p]) { questions += 1 }
            out[p] = true
        }
        guard questions >= 3, 2 * questions >= turns else { return nil }
        return out
    }

    /// A turn that ends with a question mark (past a closing quotation mark).
    static func asks(_ s: [UInt8], _ r: TextRange) -> Bool {
        var e = r.end
        while e > r.start, s[e - 1] == UInt8(ascii: "\"") || Bytes.isSpace(s[e - 1]) { e -= 1 }
        return e > r.start && s[e - 1] == UInt8(ascii: "?")
    }
}
