import ArgumentParsing
import ArticleModel

struct RelationsCommand: Subcommand {
    static let spec = CommandSpec(
        name: "relations",
        abstract: "List the ties between entities that share sentences: label, weight and first evidence.",
        items: ArticleOptions.items + [
            .option(.value("entity", "name", help: "Only the ties of this entity (any of its names, case-insensitive).")),
            .option(.flag("json", help: "Print JSON (the export contract's relation objects).")),
            .option(.flag("dot", help: "Print a Graphviz graph: nodes coloured by type, edge width by weight (render with dot -Tsvg).")),
        ])
    let input: ArticleOptions
    let entity: String?
    let json: Bool
    let dot: Bool

    init(_ p: ParsedArguments) throws(UsageError) {
        input = try ArticleOptions(p)
        (entity, json, dot) = (p.value("entity"), p.flag("json"), p.flag("dot"))
        if json && dot { throw UsageError("--json and --dot cannot be used together") }
    }

    func run() throws {
        let article = try input.article()
        if article.isEmpty && !json && !dot { Output.emptyNotice(input); return }
        var relations = article.relations
        if let name = entity {
            guard let e = EntityLookup.find(name, in: article) else {
                let near = EntityLookup.closest(name, in: article)
                Terminal.error("no entity named '\(DisplayText.sanitize(name))'"
                    + (near.isEmpty ? "" : "; closest: " + near.map { DisplayText.sanitize($0) }.joined(separator: ", ")))
                throw ExitCode(1)
            }
            relations = relations.filter { $0.source == e || $0.target == e }
        }
        if json {
            Terminal.flushOutput()
            try ExportCommand.stream { ArticleJSON.relations(relations, of: article, to: $0) }
        } else if dot {
            print(Graph.dot(relations, article))
        } else {
            let color = Terminal.useColor
            for r in relations {
                let a = article.entities[r.source], b = article.entities[r.target]
                let pair = DisplayText.sanitize(a.name) + " — " + DisplayText.sanitize(b.name)
                let label = r.label.map { DisplayText.sanitize($0) } ?? "·"
                // (Its first 400 bytes, more than the 100 characters shown: a 64 KB "sentence" of a dump made
                // whole for every tie took minutes.)
                let evidence = r.evidence.first.map { e -> String in
                    let (range, cut) = article.prefix(of: article.sentences[e.sentence].range, maxBytes: 400)
                    return Output.line(article.text(range)) + (cut ? "…" : "")
                } ?? ""
                let line = Output.pad(pair, 44) + " " + Output.pad(label, 16) + " " + Output.pad(String(r.weight), 4)
                    + " ¶\(r.evidence.first?.paragraph ?? 0) " + Output.clip(evidence, 100)
                print(color ? "\u{1B}[1m" + line.prefix(44) + Output.reset + line.dropFirst(44) : line)
            }
        }
    }
}

/// Finding an entity by any of its names.
enum EntityLookup {
    static func find(_ name: String, in a: Article) -> Int? {
        let n = name.lowercased()
        return a.entities.firstIndex { $0.name.lowercased() == n || $0.id == n || $0.aliases.contains { $0.lowercased() == n } }
    }

    /// Up to five names closest to `name` (edit distance, then shared prefix).
    static func closest(_ name: String, in a: Article) -> [String] {
        let n = Array(name.lowercased())
        var scored: [(Int, String)] = []
        for e in a.entities {
            let best = ([e.name] + e.aliases).map { distance(n, Array($0.lowercased())) }.min() ?? Int.max
            scored.append((best, e.name))
        }
        return scored.sorted { $0 < $1 }.prefix(5).map(\.1)
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var prev = Array(0...b.count)
        var cur = prev
        for i in 1...a.count {
            cur[0] = i
            if !b.isEmpty {
                for j in 1...b.count {
                    cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}

/// Graphviz output for relations.
enum Graph {
    static func dot(_ relations: [Relation], _ a: Article) -> String {
        var out = "graph relations {\n  graph [overlap=false, splines=true];\n  node [style=filled, fontname=\"Helvetica\"];\n"
        var nodes = Set<Int>()
        for r in relations { nodes.insert(r.source); nodes.insert(r.target) }
        for i in nodes.sorted() {
            let e = a.entities[i]
            out += "  \(ArticleJSON.quoted(e.id)) [label=\(ArticleJSON.quoted(e.name)), fillcolor=\"\(fill(e.type))\"];\n"
        }
        let maxWeight = relations.map(\.weight).max() ?? 1
        for r in relations {
            let width = 1 + 5 * Double(r.weight) / Double(maxWeight)
            let label = r.label.map { ", label=" + ArticleJSON.quoted($0) } ?? ""
            out += "  \(ArticleJSON.quoted(a.entities[r.source].id)) -- \(ArticleJSON.quoted(a.entities[r.target].id)) [penwidth="
                + String(format1(width)) + label + "];\n"
        }
        return out + "}"
    }

    static func format3(_ x: Double) -> String {
        let t = Int((x * 1000).rounded())
        let f = String(t % 1000)
        return "\(t / 1000)." + String(repeating: "0", count: 3 - f.count) + f
    }

    static func format1(_ x: Double) -> String {
        let t = Int((x * 10).rounded())
        return "\(t / 10).\(t % 10)"
    }

    static func fill(_ t: EntityType) -> String {
        switch t {
        case .person: return "#f6d36b"
        case .country: return "#8fd18f"
        case .organization: return "#7fc8e8"
        case .place: return "#a9b8f0"
        case .event: return "#e5a3e0"
        case .media: return "#f29c9c"
        case .project: return "#c7e89a"
        case .unknown: return "#d0d0d0"
        }
    }
}
