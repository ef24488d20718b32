/// Roles that tie two names: a title before a name ("Russian President Putin", "Greece's foreign minister
/// Dendias"), a role in apposition ("Talbot, the ambassador to Greece", "Boric, president of Chile"), and
/// kin ("Clara's husband Robert").
extension Relations {
    /// Lower-case words allowed between a name (or possessive) and the role it titles ("foreign" minister).
    static let roleModifiers = 2

    /// Whether the role word at `k` follows a capitalised word or a possessive, past at most two lower-case
    /// modifiers ("Chilean President", "Chile's foreign minister", not "Russia and President Biden").
    static func titlePosition(_ tokens: [Token], _ k: Int, _ start: Int) -> Bool {
        var j = k - 1
        while j >= start, tokens[j].isWord, !tokens[j].isCapitalised, !tokens[j].isPossessive {
            if k - 1 - j == roleModifiers || !titleModifiers.contains(tokens[j].hash) { return false }
            j -= 1
        }
        return j >= start && tokens[j].isWord
    }

    /// Lower-case words that may stand between the comma and a role in apposition (", the former ambassador").
    static let appositionWords: [UInt64] = ["the", "a", "an", "then", "former", "new", "deputy", "acting", "current", "chief",
                                            "senior", "foreign", "prime", "vice", "assistant", "general", "interim", "first",
                                            "its", "their", "his", "her", "our"].map { TextHash.of($0.utf8) }

    /// Whether the role word at `k` stands in apposition: after a comma with at most four words between (an
    /// article, modifiers, a capitalised title: ", the Chief Digital Service Officer") and before a preposition.
    static func appositionPosition(_ tokens: [Token], _ k: Int, _ r: Range<Int>) -> Bool {
        guard k + 1 < r.upperBound, tokens[k + 1].isWord, rolePrepositions.contains(tokens[k + 1].hash) else { return false }
        var j = k - 1
        while j >= r.lowerBound, k - j <= 5 {
            let t = tokens[j]
            if !t.isWord { return t.punct == UInt8(ascii: ",") }
            if t.isPossessive || !(t.isCapitalised || appositionWords.contains(t.hash)) { return false }
            j -= 1
        }
        return false
    }

    /// Lower-case words that may stand between a name and the role it titles ("Chile's foreign minister").
    static let titleModifiers: [UInt64] = ["foreign", "defence", "defense", "finance", "interior", "trade", "economy", "health",
                                           "education", "justice", "prime", "deputy", "former", "then", "vice", "chief", "senior",
                                           "new", "acting", "interim", "top", "energy", "culture", "agriculture", "labour",
                                           "labor", "transport", "environment", "home", "state", "press"].map { TextHash.of($0.utf8) }

    /// A role written as a capitalised title in apposition ("…, the Chief Digital Service Officer at …"): where the
    /// title starts and its label class (the title in lower case, added to `out.phrases`); nil for a one-word title
    /// or one with a name in capitals inside ("U.S. Ambassador").
    static func titlePhrase(_ tokens: [Token], _ k: Int, _ r: Range<Int>, _ text: [UInt8], _ knowledge: Knowledge,
                            _ out: inout LabelWords) -> (start: Int, label: UInt32)? {
        var s = k
        while s - 1 >= r.lowerBound, k - s < 4, tokens[s - 1].isWord, tokens[s - 1].isCapitalised, !tokens[s - 1].isPossessive {
            if tokens[s - 1].isAllCaps || initialsOrDots(tokens[s - 1], text) { return nil }
            s -= 1
        }
        guard s < k else { return nil }
        var words: [String] = []
        for x in s...k where tokens[x].isWord { words.append(String(decoding: text[tokens[x].start..<tokens[x].end], as: UTF8.self).lowercased()) }
        let phrase = words.joined(separator: " ")
        let i = out.phrases.firstIndex(of: phrase) ?? { out.phrases.append(phrase); return out.phrases.count - 1 }()
        return (tokens[s].start, UInt32(knowledge.labels.count + i))
    }

    /// Whether a word holds a period ("U.S").
    static func initialsOrDots(_ t: Token, _ text: [UInt8]) -> Bool { text[t.start..<t.end].contains(UInt8(ascii: ".")) }

    /// The label role hit `h` gives the pair at `p` (earlier) and `q` (later), with nothing but the role's words
    /// between them: a title names the later one ("Russian President Putin"), an apposition the earlier
    /// ("Talbot, the ambassador to Greece"). A role ties a person to a country or body; kin ties two people.
    /// (`earlierIsPerson`, `laterIsPerson`: nil when types are not known.)
    static func roleBetween(_ h: Hit, _ p: TextRange, _ q: TextRange, earlierIsPerson: Bool?, laterIsPerson: Bool?) -> UInt32? {
        if h.label & titleBit != 0, h.start - p.end <= 24, q.start - h.end <= 1 {
            return roleFits(h, person: laterIsPerson, other: earlierIsPerson) ? h.label & classMask : nil
        }
        if h.label & appositionBit != 0, h.start - p.end <= 48, q.start - h.end <= 9 {
            return roleFits(h, person: earlierIsPerson, other: laterIsPerson) ? h.label & classMask : nil
        }
        return nil
    }

    /// Whether role hit `h` can tie the one it names (`person`) to the `other`: a role a person to a
    /// country or body, kin two people (nil: type not known).
    static func roleFits(_ h: Hit, person: Bool?, other: Bool?) -> Bool {
        h.label & kinBit != 0 ? (person ?? true) && (other ?? true) : (person ?? true) && !(other ?? false)
    }

    /// Whether the capitalised role at `k` titles an office: before "of" and a capitalised word ("Secretary of
    /// Education Arne Duncan").
    static func ofTitlePosition(_ tokens: [Token], _ k: Int, _ r: Range<Int>) -> Bool {
        guard k + 1 < r.upperBound, tokens[k + 1].isWord, tokens[k + 1].hash == of, !tokens[k].isPossessive else { return false }
        var j = k + 2
        if j < r.upperBound, tokens[j].isWord, tokens[j].hash == the { j += 1 }
        return j < r.upperBound && tokens[j].isWord && tokens[j].isCapitalised
    }
    static let of = TextHash.of("of".utf8), the = TextHash.of("the".utf8)

    /// Offices a modifier makes a role of its own: "prime minister", "vice president" (as label phrases, like
    /// `titlePhrase`'s).
    static let offices: [(UInt64, String)] = [("prime", "prime minister"), ("vice", "vice president"), ("vice", "vice chairman"),
                                              ("first", "first secretary"), ("general", "general secretary")]
        .map { (TextHash.of($0.0.utf8), $0.1) }

    /// The label class of the office the role word `t` makes with the word before it ("Prime Minister"), else nil.
    static func officePhrase(_ before: Token, _ t: Token, _ text: [UInt8], _ knowledge: Knowledge, _ out: inout LabelWords) -> UInt32? {
        guard before.isWord, before.joined == 0 || t.joined == 0 else { return nil }
        let word = String(decoding: text[t.start..<t.end], as: UTF8.self).lowercased()
        guard let (_, phrase) = offices.first(where: { $0.0 == before.hash && $0.1.hasSuffix(" " + word) }) else { return nil }
        let i = out.phrases.firstIndex(of: phrase) ?? { out.phrases.append(phrase); return out.phrases.count - 1 }()
        return UInt32(knowledge.labels.count + i)
    }
}
