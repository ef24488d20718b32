/// What the relation stage reads beside the label words: the text (the words between and around two
/// mentions), each entity's type, the offices a title can name ("Secretary of Education" → the
/// Department of Education) and the label classes of the ties these words state.
struct PairContext {
    var text: [UInt8] = []
    var types: [EntityType] = []
    /// Lower-cased office → entity: "education" for "Department of Education" or "Education Department".
    var offices: [String: Int] = [:]
    /// The label class of "part of" ("18F, part of GSA"), if the knowledge has it.
    var partOf: UInt32?
    /// Label classes of ties two parties share whatever the order ("met", "alliance"): only these
    /// label a coordinated pair ("X and Y met"; not "X and Y declared").
    var reciprocal: [UInt32] = []
    /// Label classes that need "from" before the later name ("I learned from X", not "I learned that X …").
    var fromLabels: [UInt32] = []

    /// Whether label class `label` may tie a later name after the words `between`: its preposition is among them.
    func prepositionHolds(_ label: UInt32, _ a: Int, _ b: Int) -> Bool {
        !fromLabels.contains(label) || words(a, b).contains("from")
    }

    init() {}

    /// (`titlesOffices`: whether a title of an office ("Secretary of …") is among the label words, so that the
    /// offices are worth listing.)
    init(text: [UInt8], entities: [Entity], knowledge: Knowledge, titlesOffices: Bool = true) {
        self.text = text
        types = entities.map(\.type)
        if titlesOffices { offices = PairContext.offices(entities) }
        partOf = knowledge.knowledgeLabelClass("part of")
        reciprocal = knowledge.reciprocalLabels
        fromLabels = knowledge.fromLabels
    }

    static let reciprocalLabelTexts: Set<String> = [
        "met", "summit", "talks", "alliance", "allied with", "partnership", "partners", "signed with", "agreement", "treaty",
        "trade", "cooperation", "coordinates with", "spoke with", "friends", "enemies", "rivals", "relationship",
        "negotiated with", "wrangled with", "married", "war", "conflict", "worked with",
    ]

    /// nil when types are not known.
    func isPerson(_ e: Int) -> Bool? { types.isEmpty ? nil : types[e] == .person }
    func isBody(_ e: Int) -> Bool { !types.isEmpty && (types[e] == .organization || types[e] == .project) }

    /// The offices organisations of the text hold: "Department of X", "Ministry of X", "X Department", "X Ministry".
    static func offices(_ entities: [Entity]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, e) in entities.enumerated() where e.type == .organization {
            for name in [e.name] + e.aliases {
                let words = name.lowercased().split(separator: " ")
                guard words.count >= 2 else { continue }
                var office: ArraySlice<Substring> = []
                if let d = words.firstIndex(where: { $0 == "department" || $0 == "ministry" }), d + 1 < words.count, words[d + 1] == "of" {
                    office = words[(d + 2)...]
                    if office.first == "the" { office = office.dropFirst() }
                } else if words.last == "department" || words.last == "ministry" {
                    office = words.dropLast().suffix(words.count > 2 && words[0].contains(".") ? words.count - 2 : words.count - 1)
                }
                guard !office.isEmpty else { continue }
                let key = office.joined(separator: " ")
                if out[key] == nil { out[key] = i }
            }
        }
        return out
    }

    // MARK: reading the text

    /// Lower-cased (unless `lower` is false) words of `text[a..<b]`, with its marks: a comma, a semicolon, a colon, a bracket or a dash as
    /// a word of its own ("," "(" "—"), a typographic apostrophe as "'".
    func words(_ a: Int, _ b: Int, lower: Bool = true) -> [String] {
        guard a < b, b <= text.count else { return [] }
        var out: [String] = []
        var word: [UInt8] = []
        func flush() { if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)); word.removeAll() } }
        var i = a
        while i < b {
            let c = text[i]
            if c == 0xE2, i + 2 < b, text[i + 1] == 0x80, text[i + 2] == 0x93 || text[i + 2] == 0x94 {
                flush(); out.append("—"); i += 3; continue
            }
            if c == 0xE2, i + 2 < b, text[i + 1] == 0x80, text[i + 2] == 0x99 { word.append(UInt8(ascii: "'")); i += 3; continue }
            switch c {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
                flush(); out.append(String(UnicodeScalar(c)))
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                flush()
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(lower ? c + 32 : c)
            default: word.append(c)
            }
            i += 1
        }
        flush()
        return out
    }

    /// Whether `text[a..<b]` may state that one body is part of another: "part of" or an opening bracket.
    func mayStatePart(_ a: Int, _ b: Int) -> Bool {
        var i = a
        while i < min(b, text.count) {
            let x = text[i]
            if x == UInt8(ascii: "("), i > a { return true }
            if x == UInt8(ascii: "p"), i + 6 < text.count, text[i + 1] == UInt8(ascii: "a"), text[i + 2] == UInt8(ascii: "r"),
               text[i + 3] == UInt8(ascii: "t"), text[i + 5] == UInt8(ascii: "o") { return true }
            i += 1
        }
        return false
    }

    static let clauseMarks: Set<String> = [",", ";", ":", "(", ")", "—", "-"]
}
