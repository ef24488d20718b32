extension Article {
    /// What is wrong with this article's internal consistency, empty when nothing is: paragraphs in
    /// order without overlap, sentences inside their paragraphs, sections covering every paragraph,
    /// mentions inside their sentences, and every index in range. The fuzzer and the property tests
    /// check it on every input.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var last = 0
        for (i, p) in paragraphs.enumerated() {
            if p.index != i || p.range.start < last || p.range.end > bytes.count || p.range.isEmpty {
                problems.append("paragraph \(i) out of order or empty")
            }
            last = p.range.end
            guard p.sentences.lowerBound >= 0, p.sentences.upperBound <= sentences.count else {
                problems.append("paragraph \(i) has sentences out of range"); continue
            }
            for s in sentences[p.sentences] where s.paragraph != i || s.range.start < p.range.start || s.range.end > p.range.end {
                problems.append("sentence \(s.index) outside paragraph \(i)")
            }
        }
        var next = 0
        for s in sections.sorted(by: { ($0.first, $0.level) < ($1.first, $1.level) }) {
            if s.first > s.last || s.last >= paragraphs.count { problems.append("section \(s.title) out of range") }
            if s.first > next { problems.append("paragraphs \(next)..<\(s.first) in no section") }
            next = max(next, s.last + 1)
        }
        if !paragraphs.isEmpty, next != paragraphs.count { problems.append("sections end at \(next) of \(paragraphs.count)") }
        for m in mentions {
            if m.entity >= entities.count || m.sentence >= sentences.count || m.range.isEmpty {
                problems.append("mention at \(m.range.start) has bad indices"); continue
            }
            let s = sentences[m.sentence].range
            if m.range.start < s.start || m.range.end > s.end { problems.append("mention at \(m.range.start) outside its sentence") }
        }
        for r in relations where r.source >= entities.count || r.target >= entities.count || r.weight <= 0 {
            problems.append("relation \(r.source)-\(r.target) invalid")
        }
        for x in crossReferences where x.paragraph >= paragraphs.count || (x.target ?? []).contains(where: { $0 >= paragraphs.count }) {
            problems.append("cross-reference in paragraph \(x.paragraph) out of range")
        }
        for a in annotations where (a.paragraphs + a.annotates).contains(where: { $0 < 0 || $0 >= paragraphs.count }) {
            problems.append("annotation \(a.paragraphs) out of range")
        }
        return problems
    }
}
