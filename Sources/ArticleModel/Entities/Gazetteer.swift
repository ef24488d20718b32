/// The generated knowledge tables (`cities.tsv`, `regions.tsv`, `country-codes.tsv`, `features.tsv`, `companies-media.tsv`,
/// `given-names.tsv`): a name's type when the hand-written knowledge does not know it. The large sorted
/// tables (cities, regions, given names: 40,000 rows) are searched in place by their names as written
/// (`SortedTable`), so loading them is a copy of their bytes; features, companies and media (a few
/// hundred rows, with other forms) are hashed. A name the tables flag as also a word, a
/// surname or another kind of name is `ambiguous`: it takes the table's type only with a cue from the text.
struct Gazetteer: Sendable {
    struct Hit: Equatable {
        var type: EntityType
        var ambiguous: Bool
        /// A company or medium whose only doubt is that it is also a common word ("Google", "Apple"):
        /// written with a capital inside a sentence, it is the name.
        var onlyAWord = false
    }
    /// Lower-cased phrase hash of a feature, company or medium → type ordinal (bits 0-2), the ambiguous bit
    /// (bit 3) and the only-a-word bit (bit 4).
    private var names = HashMap<UInt8>()
    /// First word (lower-cased hash) of a name of several words in `names` → its most words (`longName`).
    private var longNames = HashMap<Int>()
    private var longStarts = HashFilter()
    private var cities = SortedTable(), regions = SortedTable(), given = SortedTable()
    /// Common English words written in lower case (`common-words.tsv`).
    private var commonWords = SortedTable()
    /// ISO alpha-2 code → the country's canonical name in countries.tsv (`country-codes.tsv`).
    private var countryNames: [String: String] = [:]

    static let tableNames = ["cities.tsv", "regions.tsv", "features.tsv", "companies-media.tsv", "given-names.tsv",
                             "country-codes.tsv", "common-words.tsv"]

    /// The type the tables give a name: `key` its lower-cased phrase hash, `written` its bytes as the text
    /// writes them (without a leading "the").
    func hit(_ key: UInt64, written: ArraySlice<UInt8>) -> Hit? {
        if let h = namedHit(key) { return h }
        guard let flags = cities.lastColumn(of: written) ?? regions.lastColumn(of: written) else { return nil }
        // (A region's flags say `place` when a city has its name: a place either way.)
        return flags.withUnsafeBufferPointer { b in
            Gazetteer.ambiguous(b, TextRange(0, b.count), regions: true).map { Hit(type: .place, ambiguous: $0) }
        }
    }

    /// A company, medium or feature by its key (the hashed tables only, no search of the city and region lists).
    func namedHit(_ key: UInt64) -> Hit? {
        names[key].map { v in Hit(type: Resolver.types[Int(v & 7)], ambiguous: v & 8 != 0, onlyAWord: v & 16 != 0) }
    }

    /// The country a city (or else a first-level region) named `written` lies in, by its canonical name;
    /// nil when the tables know no such place or its country is not in countries.tsv.
    func country(ofPlace written: ArraySlice<UInt8>) -> (country: String, isRegion: Bool)? {
        var code = cities.column(2, of: written), isRegion = false
        if code == nil { code = regions.column(2, of: written); isRegion = true }
        guard let code, let name = countryNames[String(decoding: code, as: UTF8.self)] else { return nil }
        return (name, isRegion)
    }

    /// The most words of a name of several words in the hashed tables that opens with the word `first`.
    @inline(__always) func longNameWords(startingWith first: UInt64) -> Int? {
        longStarts.mayContain(first) ? longNames[first] : nil
    }

    /// Whether the hashed tables hold the name `key` (a lower-cased phrase hash) without needing a cue.
    func isClearName(_ key: UInt64) -> Bool { names[key].map { $0 & 8 == 0 } ?? false }

    /// Whether `written` is a given name of the census lists ("Margaret").
    func isGivenName(_ written: ArraySlice<UInt8>) -> Bool { given.lastColumn(of: written) != nil }

    /// Whether `written`, a capitalised word, is a common English word the tables write in lower case
    /// ("Methods", "Toward"; not one the other tables hold as a name, nor a common surname).
    func isCommonWord(_ written: ArraySlice<UInt8>) -> Bool {
        guard written.count >= 3, written.count <= 24, written.allSatisfy(Bytes.isASCIILetter) else { return false }
        return commonWords.contains(written.lazy.map { $0 | 0x20 })
    }

    /// Keeps the whole text of a sorted table; true when `name` is one.
    mutating func keep(_ name: String, _ text: String) -> Bool {
        switch name {
        case "cities.tsv": cities = SortedTable(text)
        case "regions.tsv": regions = SortedTable(text)
        case "given-names.tsv": given = SortedTable(text)
        case "common-words.tsv": commonWords = SortedTable(text)
        default: return false
        }
        return true
    }

    /// Flags that make a name need a cue; `country` and `short` names are left to the hand-written
    /// knowledge (a country) or not used at all (two letters). A place that is also a given name
    /// ("Florence", "Virginia") needs none: a person named by a first name alone is rare, has a title or
    /// speaks, and merges with the full name when the text gives it.
    private static let cueFlags = ["word", "surname", "org", "place"].map { Array($0.utf8) }
    private static let skipFlags = ["country", "short"].map { Array($0.utf8) }
    private static let placeFlag = Array("place".utf8), wordFlag = Array("word".utf8)

    /// Adds one row of table `name` (columns as `cols`).
    mutating func line(_ name: Knowledge.Table, _ b: UnsafeBufferPointer<UInt8>, _ cols: [TextRange], _ scratch: inout [Token]) {
        switch name {
        case .features, .companiesMedia:
            // kind or type, name, forms, weak forms, flags
            guard cols.count >= 5, let ambiguous = Gazetteer.ambiguous(b, cols[4], regions: false) else { return }
            let type: EntityType = name == .features ? .place : (EntityType(rawValue: Knowledge.string(b, cols[0])) ?? .organization)
            let onlyAWord = name == .companiesMedia && Gazetteer.wordFlag.elementsEqual(UnsafeBufferPointer(rebasing: b[cols[4].start..<cols[4].end]))
            insert(b, cols[1], type: type, ambiguous: ambiguous, onlyAWord: onlyAWord, &scratch)
            forEachPart(b, cols[2]) { $0.insert(b, $1, type: type, ambiguous: ambiguous, onlyAWord: onlyAWord, &scratch) }
            // Weak forms ("Pacific", "Guardian") are common words or names: only with a cue.
            forEachPart(b, cols[3]) { $0.insert(b, $1, type: type, ambiguous: true, &scratch) }
        case .countryCodes:
            guard cols.count >= 2, cols[1].end > cols[1].start else { return }
            countryNames[Knowledge.string(b, cols[0])] = Knowledge.string(b, cols[1])
        default: break
        }
    }

    /// Whether the flags column `r` makes a name need a cue; nil when the name is not used at all. `place`
    /// counts unless `placeIsClear` (a place also named as a place).
    private static func ambiguous(_ b: UnsafeBufferPointer<UInt8>, _ r: TextRange, regions placeIsClear: Bool) -> Bool? {
        var ambiguous = false
        var c = r.start
        for i in r.start...r.end where i == r.end || b[i] == UInt8(ascii: "|") {
            defer { c = i + 1 }
            guard i > c else { continue }
            let flag = UnsafeBufferPointer(rebasing: b[c..<i])
            if skipFlags.contains(where: { $0.elementsEqual(flag) }) { return nil }
            if placeIsClear, placeFlag.elementsEqual(flag) { continue }
            if cueFlags.contains(where: { $0.elementsEqual(flag) }) { ambiguous = true }
        }
        return ambiguous
    }

    /// Calls `body` with each `|`-separated part of a field, without making a list of them.
    private mutating func forEachPart(_ b: UnsafeBufferPointer<UInt8>, _ r: TextRange, _ body: (inout Gazetteer, TextRange) -> Void) {
        var c = r.start
        for i in r.start...r.end where i == r.end || b[i] == UInt8(ascii: "|") {
            if i > c { body(&self, TextRange(c, i)) }
            c = i + 1
        }
    }

    private mutating func insert(_ b: UnsafeBufferPointer<UInt8>, _ r: TextRange, type: EntityType, ambiguous: Bool,
                                 onlyAWord: Bool = false, _ scratch: inout [Token]) {
        Knowledge.words(b, r, &scratch)
        guard !scratch.isEmpty else { return }
        let h = Tokenizer.phraseHash(scratch[...])
        let v = UInt8(Resolver.ordinal(type)) | (ambiguous ? 8 : 0) | (onlyAWord ? 16 : 0)
        if scratch.count > 1, let first = scratch.first?.hash {
            longNames[first] = max(longNames[first] ?? 0, scratch.count)
            longStarts.insert(first)
        }
        if let old = names[h] {
            // Clear when either table of the same type has it clear; two types need a cue (and are no mere word).
            if old & 7 == v & 7 { names[h] = old & v } else { names[h] = (old | 8) & ~16 }
        } else {
            names[h] = v
        }
    }
}
