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
        case jobTitle = "job-title"
        case mediaNoun = "media-noun", orgNoun = "org-noun", placeNoun = "place-noun"
        case people
        /// One bit a kind, in the order of the cases. (A switch: finding the case in `allCases` made
        /// the array and searched it on every look-up, a few times a word.)
        var bit: UInt16 {
            switch self {
            case .month: 1 << 0
            case .weekday: 1 << 1
            case .common: 1 << 2
            case .speech: 1 << 3
            case .placePrep: 1 << 4
            case .mediaAfter: 1 << 5
            case .afterProject: 1 << 6
            case .afterEvent: 1 << 7
            case .afterOrg: 1 << 8
            case .placeModifier: 1 << 9
            case .possessiveName: 1 << 10
            case .jobTitle: 1 << 11
            case .mediaNoun: 1 << 12
            case .orgNoun: 1 << 13
            case .placeNoun: 1 << 14
            case .people: 1 << 15
            }
        }
    }

    public private(set) var entries: [Entry] = []
    /// Lower-cased phrase hash → form (matched case-insensitively on capitalised text).
    var forms = HashMap<Form>()
    /// Exact hash of forms written without lower-case letters ("US", "NATO"): matched as written.
    var exactForms = HashMap<Form>()
    /// Combining forms ("Sino", "Anglo"): a country only as the first part of a hyphenated word.
    var combining = HashMap<Form>()
    /// Longest form (in tokens) that starts with a given lower-cased first word.
    var maxFormTokens = HashMap<Int>()
    /// Titles: phrase hash → must be capitalised.
    var titles = HashMap<Bool>()
    var maxTitleTokens = HashMap<Int>()
    var heads = HashMap<EntityType>()
    /// Head words that are also surnames ("Field", "Arena"): after a given name the name is a person's.
    var surnameHeads = HashMap<Bool>()
    /// Head words that also type a name they open ("Lake Tana", "Radio Liberty", "Operation Barbarossa").
    var frontHeads = HashMap<Bool>()
    /// Verbs and nouns of going ("flew", "trip"): a name right after one and "to" is a place.
    var motionWords = HashMap<Bool>()
    var words = HashMap<UInt16>()
    /// The hashes in `words`, `labels`, and of the first words of forms and titles, and the lower-cased
    /// hashes of the exact forms (`HashFilter`).
    var listedWords = HashFilter(), labelWords = HashFilter(), formStarts = HashFilter(), titleStarts = HashFilter()
    var exactWords = HashFilter()
    /// Phrases before a name that mark a publication ("published by"): hash of the last word → phrases.
    var mediaCues: [[UInt64]] = []
    /// Lower-case words allowed inside names, by hash, with the phrase length ("of the" = 2).
    var connectors = HashMap<[[UInt64]]>()
    var labels = HashMap<String>()
    /// For each entry of `labels`, the first entry with the same label text: ties compare labels as
    /// these numbers, not as Strings.
    var labelClass: [UInt32] = []
    /// The label classes of ties both parties hold (`PairContext.reciprocalLabelTexts`).
    var reciprocalLabels: [UInt32] = []
    /// The label classes whose text ends with "from" ("learned from"): the word ties only a name after "from".
    var fromLabels: [UInt32] = []
    /// Short given name (lower-cased) → formal given name (lower-cased).
    var nicknames: [String: String] = [:]
    /// Cities, regions, physical features, companies, media and given names from the generated tables.
    var gazetteer = Gazetteer()

    public init() {}

    /// The file names of the tables, in `Content/knowledge/`.
    public static let tableNames = ["countries.tsv", "places.tsv", "organizations.tsv", "titles.tsv", "heads.tsv",
                                    "words.tsv", "labels.tsv", "nicknames.tsv"]

    /// Parses the tables; `table(name)` returns a table's text or nil when it is missing. Works on the
    /// bytes (no String per line or field): parsing runs once per process but should not be noticed.
    public init(table: (String) -> String?) {
        var scratch: [Token] = []
        scratch.reserveCapacity(16)
        for name in Knowledge.tableNames + Gazetteer.tableNames {
            guard let text = table(name) else { continue }
            if gazetteer.keep(name, text) { continue }
            guard let kind = Table(rawValue: name) else { continue }
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { parse(kind, $0, &scratch) }
        }
        // Labels knowledge gives, not a word of the text: keyed by a hash no word has (a space inside).
        for label in Knowledge.knowledgeLabels + Knowledge.phraseLabels { labels.insertIfAbsent(Knowledge.knowledgeLabelKey(label), label) }
        var firstOf: [String: UInt32] = [:]
        labelClass = (0..<labels.count).map { e in
            let text = labels.value(entry: e)
            if let f = firstOf[text] { return f }
            firstOf[text] = UInt32(e)
            return UInt32(e)
        }
        reciprocalLabels = PairContext.reciprocalLabelTexts.compactMap { firstOf[$0] }.sorted()
        fromLabels = firstOf.filter { $0.key.hasSuffix(" from") }.map(\.value).sorted()
    }

    /// Labels of ties the knowledge states ("Lyon" lies in France): a city or a region to its country.
    static let knowledgeLabels = ["city", "region"]
    /// Labels a phrase of the text states rather than one word ("18F, part of GSA"), found the same way.
    static let phraseLabels = ["part of"]
    static func knowledgeLabelKey(_ label: String) -> UInt64 { TextHash.of("knowledge \(label)".utf8) }

    /// The label class of knowledge label `label` (one of `knowledgeLabels`).
    func knowledgeLabelClass(_ label: String) -> UInt32? {
        labels.entryNumber(Knowledge.knowledgeLabelKey(label)).map { labelClass(of: $0) }
    }

    /// The label class (`labelClass`) of label entry `e`.
    @inline(__always) func labelClass(of e: Int) -> UInt32 { e < labelClass.count ? labelClass[e] : UInt32(e) }

    /// The tables parsed row by row (the big gazetteer tables are kept as sorted text instead).
    enum Table: String {
        case countries = "countries.tsv", places = "places.tsv", organizations = "organizations.tsv"
        case titles = "titles.tsv", heads = "heads.tsv", words = "words.tsv", labels = "labels.tsv"
        case nicknames = "nicknames.tsv", features = "features.tsv", companiesMedia = "companies-media.tsv"
        case countryCodes = "country-codes.tsv"
    }

    private mutating func parse(_ name: Table, _ b: UnsafeBufferPointer<UInt8>, _ scratch: inout [Token]) {
        var cols: [TextRange] = []
        var lineStart = 0
        while lineStart < b.count {
            var e = lineStart
            while e < b.count, b[e] != UInt8(ascii: "\n") { e += 1 }
            if e > lineStart, b[lineStart] != UInt8(ascii: "#") {
                cols.removeAll(keepingCapacity: true)
                var c = lineStart
                for i in lineStart...e where i == e || b[i] == UInt8(ascii: "\t") { cols.append(TextRange(c, i)); c = i + 1 }
                line(name, b, cols, &scratch)
            }
            lineStart = e + 1
        }
    }

    static func string(_ b: UnsafeBufferPointer<UInt8>, _ r: TextRange) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[r.start..<r.end]), as: UTF8.self)
    }

    /// Word tokens of a field, in `scratch`.
    static func words(_ b: UnsafeBufferPointer<UInt8>, _ r: TextRange, _ scratch: inout [Token]) {
        scratch.removeAll(keepingCapacity: true)
        Tokenizer.tokens(b, r, into: &scratch)
        scratch.removeAll { !$0.isWord }
    }

    /// The `|`-separated parts of a field.
    static func parts(_ b: UnsafeBufferPointer<UInt8>, _ r: TextRange) -> [TextRange] {
        var out: [TextRange] = []
        var c = r.start
        for i in r.start...r.end where i == r.end || b[i] == UInt8(ascii: "|") {
            if i > c { out.append(TextRange(c, i)) }
            c = i + 1
        }
        return out
    }

    private mutating func line(_ name: Table, _ b: UnsafeBufferPointer<UInt8>, _ cols: [TextRange], _ scratch: inout [Token]) {
        switch name {
        case .countries: addEntry(b, cols[...], type: .country, &scratch)
        case .places: addEntry(b, cols[...], type: .place, &scratch)
        case .organizations:
            guard cols.count >= 2, let type = EntityType(rawValue: Knowledge.string(b, cols[0])) else { return }
            addEntry(b, cols.dropFirst(), type: type, &scratch)
        case .titles:
            var r = cols[0]
            if r.end > r.start, b[r.end - 1] == UInt8(ascii: ".") { r.end -= 1 }
            Knowledge.words(b, r, &scratch)
            guard let first = scratch.first else { return }
            let capitalised = cols.count > 1 && Knowledge.string(b, cols[1]) == "cap"
            let h = Tokenizer.phraseHash(scratch[...])
            titles[h] = (titles[h] ?? true) && capitalised
            maxTitleTokens[first.hash] = max(maxTitleTokens[first.hash] ?? 0, scratch.count)
            titleStarts.insert(first.hash)
        case .heads:
            guard cols.count >= 2, let type = EntityType(rawValue: Knowledge.string(b, cols[0])) else { return }
            Knowledge.words(b, cols[1], &scratch)
            if scratch.count == 1, heads[scratch[0].hash] == nil { heads[scratch[0].hash] = type }
            if scratch.count == 1, cols.count >= 3, Knowledge.string(b, cols[2]) == "surname" { surnameHeads[scratch[0].hash] = true }
            if scratch.count == 1, cols.count >= 3, Knowledge.string(b, cols[2]) == "front" { frontHeads[scratch[0].hash] = true }
        case .words:
            guard cols.count >= 2 else { return }
            Knowledge.words(b, cols[1], &scratch)
            let hs = scratch.map(\.hash)
            guard !hs.isEmpty else { return }
            switch Knowledge.string(b, cols[0]) {
            case "media-cue": mediaCues.append(hs)
            case "motion": motionWords[hs[0]] = true
            case "connector": connectors[hs[0]] = (connectors[hs[0]] ?? []) + [hs]
            case let kind:
                if hs.count == 1, let k = WordKind(rawValue: kind) { words[hs[0]] = (words[hs[0]] ?? 0) | k.bit; listedWords.insert(hs[0]) }
            }
        case .labels:
            guard cols.count >= 2 else { return }
            Knowledge.words(b, cols[0], &scratch)
            if let h = scratch.first?.hash { labels[h] = Knowledge.string(b, cols[1]); labelWords.insert(h) }
        case .nicknames:
            guard cols.count >= 2 else { return }
            let formal = Knowledge.string(b, cols[0]).lowercased()
            for short in Knowledge.parts(b, cols[1]) { nicknames[Knowledge.string(b, short).lowercased()] = formal }
        case .features, .companiesMedia, .countryCodes: gazetteer.line(name, b, cols, &scratch)
        }
    }

    /// Lower-cased token hashes of a phrase, tokenized as article text is.
    static func hashes(_ phrase: String) -> [UInt64] { tokens(phrase).map(\.hash) }

    static func tokens(_ phrase: String) -> [Token] { tokens(Array(phrase.utf8)) }

    static func tokens(_ bytes: [UInt8]) -> [Token] {
        var out: [Token] = []
        Tokenizer.tokens(bytes, TextRange(0, bytes.count), into: &out)
        return out.filter(\.isWord)
    }

    private mutating func addEntry(_ b: UnsafeBufferPointer<UInt8>, _ cols: ArraySlice<TextRange>, type: EntityType,
                                   _ scratch: inout [Token]) {
        guard let canonical = cols.first, canonical.end > canonical.start else { return }
        let index = entries.count
        entries.append(Entry(name: Knowledge.string(b, canonical), type: type))
        addForm(b, canonical, Form(entry: index, isName: true, tokens: 0), &scratch)
        if cols.count > 1 {
            for f in Knowledge.parts(b, cols[cols.startIndex + 1]) { addForm(b, f, Form(entry: index, isName: true, tokens: 0), &scratch) }
        }
        if cols.count > 2 {
            for f in Knowledge.parts(b, cols[cols.startIndex + 2]) { addForm(b, f, Form(entry: index, isName: false, tokens: 0), &scratch) }
        }
        if cols.count > 3 {
            for f in Knowledge.parts(b, cols[cols.startIndex + 3]) {
                Knowledge.words(b, f, &scratch)
                if scratch.count == 1 { combining[scratch[0].hash] = Form(entry: index, isName: false, tokens: 1) }
            }
        }
    }

    private mutating func addForm(_ b: UnsafeBufferPointer<UInt8>, _ r: TextRange, _ form: Form, _ scratch: inout [Token]) {
        Knowledge.words(b, r, &scratch)
        guard let first = scratch.first else { return }
        var form = form
        form.tokens = scratch.count
        var lower = false
        for i in r.start..<r.end where (b[i] >= UInt8(ascii: "a") && b[i] <= UInt8(ascii: "z")) || b[i] >= 0x80 { lower = true; break }
        if scratch.count == 1, !lower {
            // Written without lower case ("US", "NATO"): matched only as written, so "us" is not the US.
            let exact = Tokenizer.exactHash(b, first)
            if exactForms[exact] == nil { exactForms[exact] = form }
            exactWords.insert(first.hash)
            return
        }
        let h = Tokenizer.phraseHash(scratch[...])
        if forms[h] == nil { forms[h] = form }
        maxFormTokens[first.hash] = max(maxFormTokens[first.hash] ?? 0, scratch.count)
        formStarts.insert(first.hash)
    }

    @inline(__always) func isWord(_ hash: UInt64, _ kind: WordKind) -> Bool {
        listedWords.mayContain(hash) && ((words[hash] ?? 0) & kind.bit) != 0
    }
}
