/// Hand labels of a text's structure (`NAME.structure.tsv`, format in `Tests/Fixtures/unseen/README.md`):
/// paragraph kinds in reading order, the outline a reader would write, annotation targets and
/// footnote markers, each naming paragraphs by their opening words.
public struct StructureLabels: Sendable, Equatable {
    public struct Kind: Sendable, Equatable {
        public var kind: String
        public var level: Int?
        public var opening: String
    }
    public struct Section: Sendable, Equatable {
        public var level: Int
        public var title: String
        public var opening: String
    }
    public struct AnnotationTarget: Sendable, Equatable {
        public var annotation: String
        public var first: String
        public var last: String?
    }
    public struct Marker: Sendable, Equatable {
        public var marker: String
        public var note: String
    }

    public var kinds: [Kind] = []
    public var sections: [Section] = []
    public var annotations: [AnnotationTarget] = []
    public var markers: [Marker] = []
    /// Lines that are none of the four records, with their line numbers (a scorer reports them).
    public var badLines: [Int] = []

    public static let kindNames: Set<String> = ["title", "subtitle", "byline", "dateline", "heading", "quote",
                                                "list-item", "note", "caption", "aside", "annotation"]

    public init(parsing text: String) {
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch fields[0] {
            case "section" where fields.count >= 4 && Int(fields[1]) != nil:
                sections.append(Section(level: Int(fields[1])!, title: fields[2], opening: fields[3]))
            case "annotates" where fields.count >= 4:
                annotations.append(AnnotationTarget(annotation: fields[2], first: fields[3],
                                                    last: fields.count > 4 && !fields[4].isEmpty ? fields[4] : nil))
            case "marker" where fields.count >= 4:
                markers.append(Marker(marker: fields[2], note: fields[3]))
            case let kind where Self.kindNames.contains(kind) && fields.count >= 3:
                kinds.append(Kind(kind: kind, level: Int(fields[1]), opening: fields[2]))
            default:
                badLines.append(number + 1)
            }
        }
    }
}

/// Paragraph texts with whitespace runs made one space, and the walks that find a label's paragraph.
public struct OpeningIndex: Sendable {
    public let texts: [String]

    public init(texts: [String]) { self.texts = texts.map(Self.normalise) }

    public static func normalise(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The first paragraph after `after` (or from the start) that begins with `opening`.
    public func first(_ opening: String, after: Int? = nil) -> Int? {
        let wanted = Self.normalise(opening)
        let start = (after ?? -1) + 1
        guard start < texts.count else { return nil }
        return texts[start...].firstIndex { $0.hasPrefix(wanted) }
    }

    /// Paragraphs as a reader of the label files counts them: runs of lines between blank lines.
    public static func blankLineParagraphs(_ text: String) -> [String] {
        var out: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { out.append(current.joined(separator: "\n")); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { out.append(current.joined(separator: "\n")) }
        return out
    }
}

extension StructureLabels {
    /// Where each label resolves among `paragraphs`, walking forward as the label format says.
    public struct Resolved: Sendable {
        /// Per kind line, its paragraph (nil when no paragraph starts with its words).
        public var kinds: [Int?] = []
        /// Per section line, its first paragraph.
        public var sections: [Int?] = []
    }

    public func resolve(in index: OpeningIndex) -> Resolved {
        var out = Resolved()
        var previous: Int? = nil
        for label in kinds {
            let found = index.first(label.opening, after: previous)
            out.kinds.append(found)
            if let found { previous = found }
        }
        previous = nil
        var previousLevel = 0
        for label in sections {
            // A parent and its first child may start at the same paragraph.
            let from = previous.map { label.level == previousLevel + 1 ? $0 - 1 : $0 }
            let found = index.first(label.opening, after: from)
            out.sections.append(found)
            if let found { previous = found; previousLevel = label.level }
        }
        return out
    }

    /// Labels that do not resolve against the label format's own paragraphs (blank-line runs): a
    /// broken label file, reported loudly rather than scored as a miss of the tool.
    public func problems(text: String) -> [String] {
        let index = OpeningIndex(texts: OpeningIndex.blankLineParagraphs(text))
        let resolved = resolve(in: index)
        var out = badLines.map { "line \($0): not a structure record" }
        for (label, at) in zip(kinds, resolved.kinds) where at == nil {
            out.append("\(label.kind) '\(label.opening)': no paragraph after the previous label starts so")
        }
        for (label, at) in zip(sections, resolved.sections) where at == nil {
            out.append("section '\(label.title)': no paragraph '\(label.opening)' after the previous section")
        }
        for a in annotations {
            for opening in [a.annotation, a.first] + (a.last.map { [$0] } ?? []) where index.first(opening) == nil {
                out.append("annotates: no paragraph starts with '\(opening)'")
            }
        }
        for m in markers {
            if index.first(m.note) == nil { out.append("marker \(m.marker): no note starts with '\(m.note)'") }
            if !text.contains(m.marker) { out.append("marker \(m.marker): not in the text") }
        }
        return out
    }
}
