import ArgumentParsing
import ArticleModel
import Content
import ProcessSupport

struct QualityCommand: Subcommand {
    static let spec = CommandSpec(
        name: "quality",
        abstract: "Score the model against hand labels: entities (F1, typed F1), structure (kinds, headings, sections, notes) and relation labels, per text and on average.",
        discussion: """
            DIR holds NAME.txt texts with NAME.entities.tsv, NAME.structure.tsv and NAME.relations.tsv \
            labels (formats in Tests/Fixtures/unseen/README.md). A split.tsv (NAME<TAB>half) groups the \
            averages by half, e.g. tuning and held-out.
            """,
        items: [.argument(ArgumentSpec("dir", help: "Folder with NAME.txt texts and their label files (the default article needs no text).",
                                       isOptional: true, defaultValue: "Tests/Fixtures")),
                .option(topOption),
                .option(.value("entities-from", "dir", help: "Score another tool's entity lists instead of Dossier's (entities only): NAME.listed.tsv files of name, type and aliases joined by |."))])
    static let topOption = OptionSpec.value("top", help: "How many of the first relations have their labels scored.", defaultValue: "40")
    let dir: String
    let top: Int
    let entitiesFrom: String?

    init(_ p: ParsedArguments) throws(UsageError) {
        dir = p.argument("dir") ?? "Tests/Fixtures"
        top = try p.read(Self.topOption) { Int($0) } ?? 40
        entitiesFrom = p.value("entities-from")
    }

    func run() throws {
        guard let files = LocalFiles.names(in: dir) else {
            Terminal.error("\(dir): cannot list the folder")
            throw ExitCode(66)
        }
        let stems = Set(files.compactMap { file in
            [".entities.tsv", ".structure.tsv", ".relations.tsv"].first { file.hasSuffix($0) }.map { String(file.dropLast($0.count)) }
        }).sorted()
        if stems.isEmpty { Terminal.error("\(dir): no *.entities.tsv, *.structure.tsv or *.relations.tsv label files"); throw ExitCode(66) }
        let halves = readSplit()
        var failure: ExitCode? = nil
        var texts: [(stem: String, article: Article)] = []
        for stem in stems {
            let textName = stem + ".txt"
            let bytes: [UInt8]
            if let data = LocalFiles.contents(dir + "/" + textName) { bytes = data }
            else if textName == Content.defaultArticleName { bytes = try Content.defaultArticle() }
            else { Terminal.warn("\(stem): no \(textName) next to its labels; skipped"); continue }
            do {
                let loaded = try ArticleOptions.load(bytes, name: dir + "/" + textName)
                texts.append((stem, ArticleBuilder.build(loaded, knowledge: KnowledgeBase.shared)))
            } catch let e as ExitCode {
                failure = e // (the message names the file); the other texts are still scored
            }
        }
        var report = QualityReportPrinter(halves: halves)
        for (stem, article) in texts {
            guard let labels = labelText(stem, ".entities.tsv", &failure) else { continue }
            var listed = article.entities
            if let other = entitiesFrom {
                guard let data = LocalFiles.contents(other + "/" + stem + ".listed.tsv") else {
                    Terminal.warn("\(other)/\(stem).listed.tsv: missing; skipped"); continue
                }
                listed = EntityQuality.parseListed(String(decoding: data, as: UTF8.self))
            }
            report.entities(stem, EntityQuality.score(listed, labels: EntityQuality.parseLabels(labels)))
        }
        report.finishEntities()
        if entitiesFrom != nil { if let failure { throw failure }; return }
        for (stem, article) in texts {
            guard let text = labelText(stem, ".structure.tsv", &failure) else { continue }
            let labels = StructureLabels(parsing: text)
            for line in labels.badLines { Terminal.warn("\(dir)/\(stem).structure.tsv:\(line): not a structure record; ignored") }
            report.structure(stem, StructureQuality.score(article, labels: labels))
        }
        report.finishStructure()
        for (stem, article) in texts {
            guard let ties = labelText(stem, ".relations.tsv", &failure),
                  let entities = labelText(stem, ".entities.tsv", &failure) else { continue }
            report.relations(stem, RelationQuality.score(article, entityLabels: EntityQuality.parseLabels(entities),
                                                         relationLabels: RelationLabel.parse(ties), top: top))
        }
        report.finishRelations(top: top)
        if let failure { throw failure }
    }

    /// A label file's text, or nil when there is none; an unreadable one is reported.
    func labelText(_ stem: String, _ suffix: String, _ failure: inout ExitCode?) -> String? {
        let path = dir + "/" + stem + suffix
        guard LocalFiles.exists(path) else { return nil }
        guard let data = LocalFiles.contents(path) else {
            Terminal.error("\(path): cannot read it; skipped")
            failure = ExitCode(66)
            return nil
        }
        if String(validating: data, as: UTF8.self) == nil {
            Terminal.warn("\(path): not valid UTF-8; invalid bytes read as U+FFFD")
        }
        return String(decoding: data, as: UTF8.self)
    }

    func readSplit() -> [String: String] {
        guard let data = LocalFiles.contents(dir + "/split.tsv") else { return [:] }
        var out: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            if fields.count >= 2 { out[String(fields[0])] = String(fields[1]) }
        }
        return out
    }
}

/// The three tables `quality` prints, each with its per-text rows and the averages (per half when
/// the folder says which text is in which).
struct QualityReportPrinter {
    let halves: [String: String]
    private var rows: [(stem: String, values: [Double?])] = []
    /// Annotation targets and footnote markers (right, of) per text, summed per half on the averages line.
    private var linked: [String: [(right: Int, of: Int)]] = [:]

    init(halves: [String: String]) { self.halves = halves }

    static func percent(_ x: Double?) -> String { x.map { Graph.format1($0 * 100) + "%" } ?? "–" }
    static func name(_ stem: String) -> String { Output.pad(Output.clip(DisplayText.sanitize(stem), 40), 42) }

    mutating func entities(_ stem: String, _ r: QualityReport) {
        if rows.isEmpty {
            print(Self.name("ENTITIES") + "LABELLED LISTED  PRECISION RECALL  F1      TYPED F1 DUPLICATES")
        }
        print(Self.name(stem) + Output.pad(String(r.labelled), 9) + Output.pad(String(r.listed), 8)
              + Output.pad(Self.percent(r.precision), 10) + Output.pad(Self.percent(r.recall), 8)
              + Output.pad(Self.percent(r.f1), 8) + Output.pad(Self.percent(r.typedF1), 9) + String(r.duplicates.count))
        let list = { (items: [String]) in items.map { DisplayText.sanitize($0) }.joined(separator: ", ") }
        if !r.missed.isEmpty { print("  missed:     " + list(r.missed)) }
        if !r.spurious.isEmpty { print("  spurious:   " + list(r.spurious)) }
        if !r.duplicates.isEmpty { print("  duplicates: " + list(r.duplicates)) }
        if !r.mistyped.isEmpty {
            print("  mistyped:   " + list(r.mistyped.map { "\($0.name) (\($0.listed.rawValue), not \($0.labelled.rawValue))" }))
        }
        rows.append((stem, [r.precision, r.recall, r.f1, r.typedF1]))
    }

    mutating func finishEntities() {
        averages { Self.name($0) + String(repeating: " ", count: 17) + $1.map { Output.pad(Self.percent($0), 8) }.joined() }
    }

    static let structureColumns = ["heading", "quote", "list-item", "note", "caption", "annotation"]

    mutating func structure(_ stem: String, _ s: StructureScore) {
        if rows.isEmpty {
            print("")
            print(Self.name("STRUCTURE (F1)") + "HEADING LEVELS  QUOTE   LIST    NOTE    CAPTION ANNOT   SECTIONS TARGETS MARKERS")
        }
        let kindF1 = Self.structureColumns.map { s.kinds[$0].flatMap { $0.isEmpty ? nil : $0.f1 } }
        let levels = s.headingLevels.of == 0 ? nil : Double(s.headingLevels.right) / Double(s.headingLevels.of)
        let values: [Double?] = [kindF1[0], levels] + kindF1.dropFirst() + [s.sections.isEmpty ? nil : s.sections.f1]
        print(Self.name(stem) + values.map { Output.pad(Self.percent($0), 8) }.joined()
              + Output.pad(" \(s.annotationTargets.right)/\(s.annotationTargets.of)", 8) + " \(s.markers.right)/\(s.markers.of)")
        let other = ["byline", "dateline", "aside", "subtitle"].compactMap { kind in
            s.kinds[kind].flatMap { $0.isEmpty ? nil : "\(kind) \(Self.percent($0.f1))" }
        }
        if !other.isEmpty { print("  also: " + other.joined(separator: ", ")) }
        for bad in s.badSections { print("  bad section: " + DisplayText.sanitize(bad)) }
        printOutlines(s)
        rows.append((stem, values))
        linked[stem] = [s.annotationTargets, s.markers]
    }

    func printOutlines(_ s: StructureScore) {
        let labelled = s.labelledOutline.map { String(repeating: "  ", count: $0.level - 1) + $0.title }
        let tool = s.toolOutline.map { String(repeating: "  ", count: $0.level - 1) + $0.title }
        print("  " + Output.pad("outline a reader would write", 50) + "outline listed")
        for i in 0..<max(labelled.count, tool.count) {
            let left = i < labelled.count ? Output.clip(DisplayText.sanitize(labelled[i]), 48) : ""
            let right = i < tool.count ? Output.clip(DisplayText.sanitize(tool[i]), 60) : ""
            print("  " + Output.pad(left, 50) + right)
        }
    }

    mutating func finishStructure() {
        let halves = halves, sumsOf = linked
        averages { name, means in
            // "average, tuning (4)" → the texts of that half: their targets and markers summed.
            let half = name.split(separator: " ").dropFirst().first.map(String.init) ?? "all"
            let sums = sumsOf.filter { (halves[$0.key] ?? "all") == half }.values.reduce(into: [(0, 0), (0, 0)]) { sum, text in
                for k in 0..<2 { sum[k].0 += text[k].right; sum[k].1 += text[k].of }
            }
            return Self.name(name) + means.map { Output.pad(Self.percent($0), 8) }.joined()
                + Output.pad(" \(sums[0].0)/\(sums[0].1)", 8) + " \(sums[1].0)/\(sums[1].1)"
        }
        self.linked = [:]
    }

    mutating func relations(_ stem: String, _ r: RelationScore) {
        let precision = r.shownLabelled == 0 ? nil : r.precision
        // A text whose key names no must-have tie has no recall to average (not 100 %).
        let mustHave = r.mustHave == 0 ? nil : r.mustHaveRecall
        if rows.isEmpty {
            print("")
            print(Self.name("RELATION LABELS") + "LABELLED RIGHT   PRECISION MUST-HAVE")
        }
        print(Self.name(stem) + Output.pad(String(r.shownLabelled), 9) + Output.pad(String(r.right), 8)
              + Output.pad(Self.percent(precision), 10) + "\(r.mustHaveFound)/\(r.mustHave) \(Self.percent(mustHave))")
        for wrong in r.wrong { print("  wrong:  " + DisplayText.sanitize(wrong)) }
        for missed in r.missedMustHave { print("  needed: " + DisplayText.sanitize(missed)) }
        rows.append((stem, [precision, mustHave]))
    }

    mutating func finishRelations(top: Int) {
        averages { Self.name($0) + String(repeating: " ", count: 17) + $1.map { Output.pad(Self.percent($0), 10) }.joined() }
    }

    /// Prints the mean of each column over the texts of each half (or all texts), then starts a new table.
    private mutating func averages(_ line: (String, [Double?]) -> String) {
        defer { rows = [] }
        guard rows.count > 1 else { return }
        let groups = Dictionary(grouping: rows) { halves[$0.stem] ?? "all" }
        for (half, members) in groups.sorted(by: { $0.key > $1.key }) {
            let columns = members[0].values.count
            let means: [Double?] = (0..<columns).map { c in
                let values = members.compactMap { $0.values[c] }
                return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
            }
            print(line("average, \(half) (\(members.count))", means))
        }
    }
}
