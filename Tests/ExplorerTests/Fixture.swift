import ArticleModel
@testable import Explorer

/// A small article built by hand with every layer filled (sections, a quote, an annotation,
/// a cross-reference, entities, mentions and relations), so tests do not depend on the model.
enum Fixture {
    static let text = """
    Alliance Notes

    Introduction

    Xi Jinping met Vladimir Putin in Moscow. China and Russia signed a pact that week.

    Putin said the alliance is strong. As discussed above, trade between China and Russia grows every year and the two leaders meet often.

    Background

    We are partners and friends, said Xi of Russia.

    Trump watched from Hamburg. Putin and Trump met later in Hamburg.

    Update: since this was written, Putin and Xi met again in Beijing.

    北京 and 東京 are written wide; Putin reads them.
    """

    static let article: Article = build(text)

    static func build(_ text: String) -> Article {
        var a = try! ArticleBuilder.build(bytes: Array(text.utf8))
        let kinds: [Int: ParagraphKind] = [0: .title, 1: .heading, 4: .heading, 5: .quote, 7: .annotation]
        for (p, k) in kinds where p < a.paragraphs.count { a.paragraphs[p].kind = k }
        a.sections = [
            Section(title: "Introduction", level: 1, first: 0, last: 3),
            Section(title: "Background", level: 1, first: 4, last: 8),
            Section(title: "Hamburg", level: 2, first: 6, last: 8),
        ]
        a.quotes = [Quote(paragraphs: [5], source: "Xi Jinping, 2017")]
        a.annotations = [Annotation(paragraphs: [7], annotates: [2])]
        if let r = range(of: "As discussed above", in: a, paragraph: 3) {
            a.crossReferences = [CrossReference(paragraph: 3, range: r, target: [2])]
        }
        let people: [(String, EntityType, [String])] = [
            ("Vladimir Putin", .person, ["Putin"]), ("Xi Jinping", .person, ["Xi"]), ("China", .country, []),
            ("Russia", .country, []), ("Donald Trump", .person, ["Trump"]), ("Moscow", .place, []),
            ("Hamburg", .place, []), ("Beijing", .place, []),
        ]
        var mentions: [Mention] = []
        var entities: [Entity] = []
        for (e, (name, type, aliases)) in people.enumerated() {
            var count = 0
            var paragraphs: [Int] = []
            for form in ([name] + aliases).sorted(by: { $0.count > $1.count }) {
                for p in a.paragraphs.indices {
                    var from = a.paragraphs[p].range.start
                    while let r = range(of: form, in: a, paragraph: p, from: from) {
                        from = r.end
                        if mentions.contains(where: { $0.range.start < r.end && r.start < $0.range.end }) { continue }
                        let s = a.sentences.first { $0.range.start <= r.start && r.end <= $0.range.end }?.index ?? a.paragraphs[p].sentences.lowerBound
                        mentions.append(Mention(entity: e, range: r, paragraph: p, sentence: s))
                        count += 1
                        if !paragraphs.contains(p) { paragraphs.append(p) }
                    }
                }
            }
            entities.append(Entity(id: name.lowercased().replacingOccurrences(of: " ", with: "-"), name: name, type: type,
                                   aliases: aliases, mentionCount: count, paragraphs: paragraphs.sorted()))
        }
        a.entities = entities
        a.mentions = mentions.sorted { $0.range < $1.range }
        func sentence(_ p: Int, _ i: Int = 0) -> Evidence {
            Evidence(paragraph: p, sentence: a.paragraphs[p].sentences.lowerBound + i)
        }
        a.relations = [
            Relation(source: 1, target: 0, label: "met", weight: 3, evidence: [sentence(2), sentence(7)]),
            Relation(source: 0, target: 4, label: "met", weight: 2, evidence: [sentence(6, 1)]),
            Relation(source: 2, target: 3, label: "signed", weight: 2, evidence: [sentence(2, 1)]),
            Relation(source: 0, target: 5, label: nil, weight: 1, evidence: [sentence(2)]),
            Relation(source: 1, target: 3, label: nil, weight: 1, evidence: [sentence(5)]),
        ]
        return a
    }

    /// The first occurrence of `s` in a paragraph at or after `from`.
    static func range(of s: String, in a: Article, paragraph p: Int, from: Int? = nil) -> TextRange? {
        let needle = Array(s.utf8)
        let r = a.paragraphs[p].range
        var i = from ?? r.start
        while i + needle.count <= r.end {
            if Array(a.bytes[i..<i + needle.count]) == needle {
                // Whole words only.
                let before = i == r.start || !isWordByte(a.bytes[i - 1])
                let after = i + needle.count == r.end || !isWordByte(a.bytes[i + needle.count])
                if before && after { return TextRange(i, i + needle.count) }
            }
            i += 1
        }
        return nil
    }

    static func isWordByte(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    static func state(_ width: Int = 120, _ height: Int = 40) -> State {
        State(article: article, width: width, height: height)
    }
}

/// Applies commands in order.
func run(_ s: State, _ actions: Action...) -> State {
    actions.reduce(s, reduce)
}

func run(_ s: State, _ commands: Command...) -> State {
    commands.reduce(s) { reduce($0, .command($1)) }
}

/// Moves the reader's cursor to `row` with the down and up keys.
func cursor(_ s: State, at row: Int) -> State {
    var s = s
    while s.readerCursor < row { s = reduce(s, .command(.down)) }
    while s.readerCursor > row { s = reduce(s, .command(.up)) }
    return s
}

func typing(_ s: State, _ text: String) -> State {
    text.reduce(s) { reduce($0, .insert($1)) }
}
