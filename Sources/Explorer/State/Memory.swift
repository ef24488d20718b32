import ArticleModel

/// What the explorer remembers of an article between runs: the place, the marks and the jump list.
/// The backend hands it in at start (`Action.resume`) and takes `State.memory` at the end; where and
/// how it is stored is none of the explorer's business.
public struct Memory: Hashable, Sendable {
    public var place: Place
    public var marks: [Character: Place]
    public var jumps: [Place]
    public var jumpIndex: Int

    public init(place: Place, marks: [Character: Place] = [:], jumps: [Place] = [], jumpIndex: Int = 0) {
        self.place = place
        self.marks = marks
        self.jumps = jumps
        self.jumpIndex = jumpIndex
    }
}

extension State {
    /// What to remember of this article now.
    public var memory: Memory {
        var jumps = history.entries
        if jumps.indices.contains(history.index) { jumps[history.index] = place }
        return Memory(place: place, marks: marks, jumps: jumps, jumpIndex: history.index)
    }

    /// Goes back to a remembered place and says so; places the article no longer has (an older
    /// model's paragraph or entity numbers) are brought within it.
    mutating func resume(_ m: Memory, lastRead: String) {
        marks = m.marks.mapValues(valid)
        restore(valid(m.place))
        if !m.jumps.isEmpty {
            history = History(entries: m.jumps.map(valid), index: min(max(0, m.jumpIndex), m.jumps.count - 1))
            history.replaceCurrent(with: place)
        }
        message = "back at \(percent) % (last read \(lastRead))"
    }

    /// `p` with every number inside this article: paragraphs, sections and entities.
    func valid(_ p: Place) -> Place {
        var p = p
        let paragraphs = article.paragraphs.count
        func anchor(_ a: Anchor) -> Anchor {
            guard paragraphs > 0 else { return Anchor(paragraph: 0, offset: -1) }
            guard a.paragraph >= 0, a.paragraph < paragraphs else { return Anchor(paragraph: paragraphs - 1, offset: -1) }
            let range = article.paragraphs[a.paragraph].range
            return a.offset < 0 ? a : Anchor(paragraph: a.paragraph, offset: min(max(a.offset, range.start), range.end))
        }
        p.readerTop = anchor(p.readerTop)
        p.readerCursor = anchor(p.readerCursor)
        let entities = article.entities.indices
        if let e = p.selectedEntity, !entities.contains(e) { p.selectedEntity = nil }
        if let e = p.entityDetail, !entities.contains(e) { p.entityDetail = nil }
        p.sectionSelection = max(0, p.sectionSelection)
        return p
    }
}
