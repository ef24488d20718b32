/// General knowledge the entity recognizer uses: countries and their demonyms, places,
/// organisations, titles, head words, word lists and relation labels. Parsed once from the
/// tab-separated tables in `Content/knowledge/` (the caller reads the files and passes their text).
/// No person names and nothing about any one article.
public struct Knowledge: Sendable {
    /// A known entity: its canonical name and type.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var type: EntityType
    }
    /// A form of a known entity: a name ("Russia", "USSR") or a demonym/adjective ("Russian").
    struct Form: Sendable {
        var entry: Int
        var isName: Bool
        var tokens: Int
    }
    enum WordKind: String, CaseIterable {
        case month, weekday, common, speech
        case placePrep = "place-prep", mediaAfter = "media-after"
        case afterProject = "after-project", afterEvent = "after-event", afterOrg = "after-org"
        case placeModifier = "place-modifier"
        case possessiveName = "possessive-name"
        var bit: UInt16 { UInt16(1) << UInt16(WordKind.allCases.firstIndex(of: self)!) }
    }

    public private(set) var entries: [Entry] = []
    /// Lower-cased phrase hash → form (matched case-insensitively on capitalised text).
    var forms = HashMap<Form>()
    /// Exact hash of forms written without lower-case letters ("US", "NATO"): matched as written.
    var exactForms = HashMap<Form>()
    /// Longest form (in tokens) that starts with a given lower-cased first word.
    var maxFormTokens = HashMap<Int>()
    /// Titles: phrase hash → must be capitalised.
    var titles = HashMap<Bool>()
    var maxTitleTokens = HashMap<Int>()
    var heads = HashMap<EntityType>()
    var words = HashMap<UInt16>()
    /// Phrases before a name that mark a publication ("published by"): hash of the last word → phrases.
    var mediaCues: [[UInt64]] = []
    /// Lower-case words allowed inside names, by hash, with the phrase length ("of the" = 2).
    var connectors: [UInt64: [[UInt64]]] = [:]
    var labels = HashMap<String>()
    /// Short given name (lower-cased) → formal given name (lower-cased).
    var nicknames: [String: String] = [:]

    public init() {}

    /// The file names of the tables, in `Content/knowledge/`.
    public static let tableNames = ["countries.tsv", "places.tsv", "organizations.tsv", "titles.tsv", "heads.tsv",
                                    "words.tsv", "labels.tsv", "nicknames.tsv"]

    /// Parses the tables; `table(name)` returns a table's text or nil when it is missing.
    public init(table: (String) -> String?) {
        for (name, text) in Knowledge.tableNames.compactMap({ n in table(n).map { (n, $0) } }) {
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                if line.hasPrefix("#") { continue }
                let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                switch name {
                case "countries.tsv": addEntry(cols, type: .country)
                case "places.tsv": addEntry(cols, type: .place)
                case "organizations.tsv":
                    guard cols.count >= 2, let type = EntityType(rawValue: cols[0]) else { continue }
                    addEntry(Array(cols.dropFirst()), type: type)
                case "titles.tsv":
                    guard let t = cols.first, !t.isEmpty else { continue }
                    addTitle(t, capitalised: cols.count > 1 && cols[1] == "cap")
                case "heads.tsv":
                    guard cols.count >= 2, let type = EntityType(rawValue: cols[0]) else { continue }
                    let h = Knowledge.hashes(cols[1])
                    if h.count == 1, heads[h[0]] == nil { heads[h[0]] = type }
                case "words.tsv":
                    guard cols.count >= 2 else { continue }
                    addWord(kind: cols[0], cols[1])
                case "labels.tsv":
                    guard cols.count >= 2, let h = Knowledge.hashes(cols[0]).first else { continue }
                    labels[h] = cols[1]
                case "nicknames.tsv":
                    guard cols.count >= 2 else { continue }
                    for short in cols[1].split(separator: "|") { nicknames[short.lowercased()] = cols[0].lowercased() }
                default: break
                }
            }
        }
    }

    /// Lower-cased token hashes of a phrase, tokenized as article text is.
    static func hashes(_ phrase: String) -> [UInt64] { tokens(phrase).map(\.hash) }

    static func tokens(_ phrase: String) -> [Token] {
        let bytes = Array(phrase.utf8)
        var out: [Token] = []
        Tokenizer.tokens(bytes, TextRange(0, bytes.count), into: &out)
        return out.filter(\.isWord)
    }

    private mutating func addEntry(_ cols: [String], type: EntityType) {
        guard let canonical = cols.first, !canonical.isEmpty else { return }
        let index = entries.count
        entries.append(Entry(name: canonical, type: type))
        addForm(canonical, Form(entry: index, isName: true, tokens: 0))
        if cols.count > 1 { for f in cols[1].split(separator: "|") { addForm(String(f), Form(entry: index, isName: true, tokens: 0)) } }
        if cols.count > 2 { for f in cols[2].split(separator: "|") { addForm(String(f), Form(entry: index, isName: false, tokens: 0)) } }
    }

    private mutating func addForm(_ text: String, _ form: Form) {
        let toks = Knowledge.tokens(text)
        guard let first = toks.first else { return }
        var form = form
        form.tokens = toks.count
        if toks.count == 1, !text.contains(where: \.isLowercase) {
            if exactForms[first.exactHash] == nil { exactForms[first.exactHash] = form }
            return
        }
        let h = Tokenizer.phraseHash(toks[...])
        if forms[h] == nil { forms[h] = form }
        maxFormTokens[first.hash] = max(maxFormTokens[first.hash] ?? 0, toks.count)
    }

    private mutating func addTitle(_ text: String, capitalised: Bool) {
        var t = text
        if t.hasSuffix(".") { t.removeLast() }
        let toks = Knowledge.tokens(t)
        guard let first = toks.first else { return }
        let h = Tokenizer.phraseHash(toks[...])
        titles[h] = (titles[h] ?? true) && capitalised
        maxTitleTokens[first.hash] = max(maxTitleTokens[first.hash] ?? 0, toks.count)
    }

    private mutating func addWord(kind: String, _ word: String) {
        let hs = Knowledge.hashes(word)
        guard !hs.isEmpty else { return }
        switch kind {
        case "media-cue": mediaCues.append(hs)
        case "connector": connectors[hs[0]] = (connectors[hs[0]] ?? []) + [hs]
        default:
            if hs.count == 1, let k = WordKind(rawValue: kind) { words[hs[0]] = (words[hs[0]] ?? 0) | k.bit }
        }
    }

    func isWord(_ hash: UInt64, _ kind: WordKind) -> Bool { ((words[hash] ?? 0) & kind.bit) != 0 }
}
