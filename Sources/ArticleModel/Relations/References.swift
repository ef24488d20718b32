/// "The President said …" and "He met …" as a reader resolves them, for the relations only (the entities'
/// mentions stay the names the text writes): a capitalised title after "the" stands for the one person the text
/// names with that title ("President Lincoln", "Secretary of State William Seward"); "He" or "She" opening a
/// sentence for the one person the sentence before names, when it opens with that person.
enum References {
    /// Titles a text writes before a name and later alone ("the President").
    static let titles: Set<String> = ["President", "Secretary", "Minister", "Ambassador", "Governor", "Senator", "Chancellor",
                                      "Premier", "King", "Queen", "Mayor", "Chairman", "Director", "Consul", "Envoy"]

    /// `mentions` (in reading order) with the references added, in reading order.
    static func withReferences(_ mentions: [Mention], text: [UInt8], sentences: [Sentence], isPerson: (Int) -> Bool) -> [Mention] {
        let holders = titleHolders(mentions, text: text, isPerson: isPerson)
        var added: [Mention] = []
        var m = 0
        var before = mentions[0..<0] // the sentence before's mentions
        for (s, sentence) in sentences.enumerated() {
            let r = sentence.range
            while m < mentions.count, mentions[m].range.start < r.start { m += 1 }
            var end = m
            while end < mentions.count, mentions[end].range.start < r.end { end += 1 }
            let inside = mentions[m..<end]
            if !holders.isEmpty {
                for (range, title) in theTitles(text, r) where !inside.contains(where: { $0.range.start <= range.start && $0.range.end >= range.end }) {
                    if let e = holders[title] { added.append(Mention(entity: e, range: range, paragraph: sentence.paragraph, sentence: s)) }
                }
            }
            if s > 0, sentences[s - 1].paragraph == sentence.paragraph, let word = pronounOpening(text, r),
               let e = openingPerson(before, sentences[s - 1].range, text: text, isPerson: isPerson) {
                added.append(Mention(entity: e, range: word, paragraph: sentence.paragraph, sentence: s))
            }
            before = inside
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.range.start < $1.range.start }
    }

    /// Title → the one person the text writes it before or inside the name of (a title two people share is left out).
    static func titleHolders(_ mentions: [Mention], text: [UInt8], isPerson: (Int) -> Bool) -> [String: Int] {
        var holders: [String: Int] = [:], shared: Set<String> = []
        for m in mentions where isPerson(m.entity) {
            var found: [String] = []
            if let w = word(text, at: m.range.start), titles.contains(w) { found.append(w) }
            if let w = wordBefore(text, m.range.start), titles.contains(w) { found.append(w) }
            for t in found {
                if let e = holders[t], e != m.entity { shared.insert(t) } else { holders[t] = m.entity }
            }
        }
        for t in shared { holders[t] = nil }
        return holders
    }

    /// "the President" in `r`, not followed by a name or "of" ("the President of France", "the President Okafor").
    static func theTitles(_ text: [UInt8], _ r: TextRange) -> [(TextRange, String)] {
        var out: [(TextRange, String)] = []
        // (By the "h" of "the", eight bytes at a time: the scan runs over every sentence of a text with a titled person.)
        var starts: [Int] = []
        Bytes.forEach(UInt8(ascii: "h"), in: text, TextRange(r.start + 1, max(r.start + 1, r.end - 3))) { i in
            if text[i - 1] | 0x20 == UInt8(ascii: "t"), text[i + 1] == UInt8(ascii: "e"), text[i + 2] == UInt8(ascii: " "),
               Bytes.isUpper(text[i + 3]), i - 1 == r.start || !Bytes.isWordByte(text[i - 2]) { starts.append(i + 3) }
        }
        for start in starts {
            guard let w = word(text, at: start), titles.contains(w) else { continue }
            let end = start + w.utf8.count
            if end < r.end, text[end] == UInt8(ascii: " "), let next = word(text, at: end + 1),
               next == "of" || next.first.map(\.isUppercase) ?? false { continue }
            out.append((TextRange(start, end), w))
        }
        return out
    }

    /// "He" or "She" opening the sentence at `r`.
    static func pronounOpening(_ text: [UInt8], _ r: TextRange) -> TextRange? {
        guard let w = word(text, at: r.start), w == "He" || w == "She" else { return nil }
        return TextRange(r.start, r.start + w.utf8.count)
    }

    /// The person the sentence at `r` opens with (after a title at most), when it names no other person.
    static func openingPerson(_ mentions: ArraySlice<Mention>, _ r: TextRange, text: [UInt8], isPerson: (Int) -> Bool) -> Int? {
        let people = mentions.filter { $0.range.start >= r.start && $0.range.end <= r.end && isPerson($0.entity) }
        guard let first = people.first, people.allSatisfy({ $0.entity == first.entity }), first.range.start - r.start <= 20,
              FirstPerson.isTitle(text[r.start..<first.range.start]) else { return nil }
        return first.entity
    }

    /// The word of ASCII letters starting at `i`, if any.
    static func word(_ text: [UInt8], at i: Int) -> String? {
        var j = i
        while j < text.count, Bytes.isASCIILetter(text[j]) { j += 1 }
        return j > i && (i == 0 || !Bytes.isWordByte(text[i - 1])) ? String(decoding: text[i..<j], as: UTF8.self) : nil
    }

    /// The word right before `i` and one space.
    static func wordBefore(_ text: [UInt8], _ i: Int) -> String? {
        guard i >= 2, text[i - 1] == UInt8(ascii: " ") else { return nil }
        var j = i - 1
        while j > 0, Bytes.isASCIILetter(text[j - 1]) { j -= 1 }
        return j < i - 1 ? String(decoding: text[j..<(i - 1)], as: UTF8.self) : nil
    }
}
