/// "I" and "me" in a passage a person signs ("– Jane Smith, designer" under it) or speaks ("Jane Smith
/// (designer): …", a transcript's turn) stand for that person, as a reader takes them: "I learned from
/// Ben Okafor" ties the signer to Ben Okafor. The mentions made here feed the relations only; the
/// entities' mentions and counts are the names the text writes.
enum FirstPerson {
    /// The mentions `mentions` (in reading order) with those of the speakers' "I" and "me" added, in reading order.
    static func withSpeakers(_ mentions: [Mention], text: [UInt8], paragraphs: [Paragraph], sentences: [Sentence],
                             isPerson: (Int) -> Bool) -> [Mention] {
        let speakers = passages(mentions, text: text, paragraphs: paragraphs, isPerson: isPerson)
        guard speakers.contains(where: { $0 != nil }) else { return mentions }
        var added: [Mention] = []
        for (p, speaker) in speakers.enumerated() {
            guard let speaker else { continue }
            for s in paragraphs[p].sentences {
                for word in firstPersonWords(text, sentences[s].range) {
                    added.append(Mention(entity: speaker, range: word, paragraph: p, sentence: s))
                }
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.range.start < $1.range.start }
    }

    /// The speaker of each paragraph, or nil: a turn's speaker from the turn to the next turn, signature or
    /// heading-like line; a signature's signer over the paragraphs above it, back to the last such line.
    static func passages(_ mentions: [Mention], text: [UInt8], paragraphs: [Paragraph], isPerson: (Int) -> Bool) -> [Int?] {
        // Each paragraph's first mention of a person.
        var first = [Mention?](repeating: nil, count: paragraphs.count)
        for m in mentions.reversed() where paragraphs.indices.contains(m.paragraph) { first[m.paragraph] = m }
        for p in first.indices where first[p].map({ !isPerson($0.entity) }) ?? false { first[p] = nil }

        var speaker = [Int?](repeating: nil, count: paragraphs.count)
        var turn: Int?
        var passageStart = 0
        for p in paragraphs.indices {
            let r = paragraphs[p].range
            if let m = first[p], isSignature(text, r, m.range) {
                for q in passageStart..<p where speaker[q] == nil { speaker[q] = m.entity }
                turn = nil
                passageStart = p + 1
            } else if let m = first[p], isTurn(text, r, m.range) {
                turn = m.entity
                speaker[p] = m.entity
                passageStart = p + 1
            } else if opensWithOtherSpeaker(text, r) {
                turn = nil
                passageStart = p + 1
            } else if isHeadingLike(text, paragraphs[p]) {
                // A short line of a turn ("Thank you.") goes on with it; a heading ends it.
                if !endsSentence(text, r) { turn = nil }
                speaker[p] = turn
                passageStart = p + 1
            } else {
                speaker[p] = turn
            }
        }
        return speaker
    }

    /// "– Jane Smith, UX designer": a short paragraph of a dash and then the name.
    static func isSignature(_ text: [UInt8], _ r: TextRange, _ name: TextRange) -> Bool {
        guard r.count <= 200, name.start - r.start <= 5, let dash = Bytes.leadingDash(text, r), name.start > r.start + dash
        else { return false }
        return text[(r.start + dash)..<name.start].allSatisfy { $0 == UInt8(ascii: " ") }
    }

    /// "Jane Smith (designer): …", "Jane: …" or "PRESIDENT BIDEN: …": the name opens the paragraph (after a
    /// title of capitalised words at most) and a colon follows it.
    static func isTurn(_ text: [UInt8], _ r: TextRange, _ name: TextRange) -> Bool {
        guard name.start >= r.start, name.start - r.start <= 30, isTitle(text[r.start..<name.start]) else { return false }
        var i = name.end
        while i < r.end, text[i] == UInt8(ascii: " ") { i += 1 }
        if i < r.end, text[i] == UInt8(ascii: "(") {
            guard let close = text[i..<min(r.end, i + 60)].firstIndex(of: UInt8(ascii: ")")) else { return false }
            i = close + 1
        }
        return i < r.end && text[i] == UInt8(ascii: ":")
    }

    /// A turn of someone not named ("Q Thank you.", "Q: …", "MODERATOR: …", "Audience member: …"): it ends
    /// the turn before it.
    static func opensWithOtherSpeaker(_ text: [UInt8], _ r: TextRange) -> Bool {
        let head = text[r.start..<min(r.end, r.start + 40)]
        if head.starts(with: Array("Q ".utf8)) || head.starts(with: Array("Q:".utf8)) { return true }
        guard let colon = head.firstIndex(of: UInt8(ascii: ":")), colon > r.start else { return false }
        return isTitle(text[r.start..<colon])
    }

    /// Whether the paragraph ends with a full stop, a question or an exclamation mark (inside a closing quote or bracket).
    static func endsSentence(_ text: [UInt8], _ r: TextRange) -> Bool {
        var i = r.end - 1
        while i > r.start, [UInt8(ascii: ")"), UInt8(ascii: "\""), 0x9D, 0x99, 0x80, 0xE2].contains(text[i]) { i -= 1 }
        return [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(text[i])
    }

    /// Empty, or capitalised words ("President ", "Mr. ", "SECRETARY ") before a name.
    static func isTitle(_ bytes: ArraySlice<UInt8>) -> Bool {
        var wordStart = true
        for b in bytes {
            if b == UInt8(ascii: " ") { wordStart = true; continue }
            guard Bytes.isASCIILetter(b) || b == UInt8(ascii: ".") else { return false }
            if wordStart, !Bytes.isUpper(b) { return false }
            wordStart = false
        }
        return true
    }

    /// A line that heads what follows rather than continuing a passage: one sentence of at most 12 words.
    static func isHeadingLike(_ text: [UInt8], _ p: Paragraph) -> Bool {
        p.sentences.count <= 1 && Bytes.wordCount(text, in: p.range) <= 12
    }

    /// "I" (also "I’m", "I've") and "me", "myself" as whole words in `r`.
    static func firstPersonWords(_ text: [UInt8], _ r: TextRange) -> [TextRange] {
        var out: [TextRange] = []
        var i = r.start
        while i < r.end {
            guard Bytes.isWordByte(text[i]), i == r.start || !Bytes.isWordByte(text[i - 1]) else { i += 1; continue }
            var j = i
            while j < r.end, Bytes.isWordByte(text[j]) { j += 1 }
            let word = text[i..<j]
            if word.elementsEqual(Array("I".utf8)) || word.starts(with: Array("I’".utf8)) {
                out.append(TextRange(i, i + 1))
            } else if word.elementsEqual(Array("me".utf8)) || word.elementsEqual(Array("Me".utf8))
                || word.elementsEqual(Array("myself".utf8)) {
                out.append(TextRange(i, j))
            }
            i = j
        }
        return out
    }
}
