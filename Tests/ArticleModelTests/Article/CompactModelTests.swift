import Testing
import Content
@testable import ArticleModel

/// The recognizer reads a paragraph at a time and the model's structs are packed; these check that
/// neither changes what is found.
@Suite struct CompactModelTests {
    @Test func modelStructsStayPacked() {
        #expect(MemoryLayout<Candidate>.stride == 24)
        #expect(MemoryLayout<Mention>.stride == 24)
        #expect(MemoryLayout<Sentence>.stride == 20)
        #expect(MemoryLayout<Paragraph>.stride == 24)
        #expect(MemoryLayout<Section>.stride == 32)
        #expect(MemoryLayout<Resolver.Group>.stride == 48)
        #expect(MemoryLayout<Evidence>.stride == 8)
    }

    @Test func packedStructsKeepTheirValues() {
        var m = Mention(entity: 7, range: TextRange(1_000_000_000_000, 1_000_000_000_042), paragraph: 3, sentence: 9)
        #expect(m.entity == 7 && m.range == TextRange(1_000_000_000_000, 1_000_000_000_042) && m.paragraph == 3 && m.sentence == 9)
        m.range.end += 1
        #expect(m.range.count == 43)
        let p = Paragraph(index: 4, kind: .quote, range: TextRange(10, 20), sentences: 5..<8)
        #expect(p.index == 4 && p.kind == .quote && p.range == TextRange(10, 20) && p.sentences == 5..<8)
        var far = Paragraph(index: 1, kind: .heading, range: TextRange(5_000_000_000, 5_000_000_012), sentences: 2..<3)
        #expect(far.range == TextRange(5_000_000_000, 5_000_000_012) && far.kind == .heading)
        far.range = TextRange(300_000_000_000, 300_000_000_001)
        #expect(far.range.start == 300_000_000_000 && far.range.count == 1 && far.index == 1 && far.sentences == 2..<3)
        let sentences = (0..<4).map { Sentence(index: $0, paragraph: 0, range: TextRange($0 * 20, $0 * 20 + 20)) }
        var c = Candidate(range: TextRange(65, 70), name: 12, in: sentences[3], titleStart: 61)
        c.titled = true
        let r = c.range(in: sentences)
        #expect(r == TextRange(65, 70) && c.sentence == 3 && c.titleStart(before: r) == 61)
        #expect(c.name == 12 && c.knowledge == nil && c.titled && c.isNameForm && !c.isLabel)
        let k = Candidate(range: TextRange(45, 50), knowledge: 7, in: sentences[2])
        #expect(k.knowledge == 7 && k.name == nil && k.titleStart(before: k.range(in: sentences)) == nil)
    }

    /// The article's paragraphs and sentences only: what the recognizer reads.
    func segmented(_ bytes: [UInt8]) throws -> Article {
        let loaded = try Loader.load(bytes)
        let (paragraphs, sentences) = Segmenter.segment(loaded.bytes)
        return Article(bytes: loaded.bytes, source: loaded.source, paragraphs: paragraphs, sentences: sentences)
    }

    /// Tokens kept between the passes (a short text) and tokens read again (a long one) give the same names.
    @Test func keptAndReadAgainTokensGiveTheSameCandidates() throws {
        var bytes: [UInt8] = []
        for _ in 0..<3 { bytes += try Content.defaultArticle() + [0x0A, 0x0A] }
        bytes += Array("PRESIDENT BIDEN: Thank you.\n\nEurasian Economic Union (EEU) members met.\n".utf8)
        let article = try segmented(bytes)
        func run(_ limit: Int) -> Recognized {
            Recognizer.recognize(article.bytes, paragraphs: article.paragraphs, sentences: article.sentences,
                                 knowledge: sharedKnowledge, keptTokensLimit: limit)
        }
        let kept = run(Int.max), read = run(0)
        #expect(kept.candidates.count > 100)
        #expect(kept.candidates.map { $0.range(in: article.sentences) } == read.candidates.map { $0.range(in: article.sentences) })
        #expect(kept.candidates.map { kept.names.entry($0).key } == read.candidates.map { read.names.entry($0).key })
        #expect(kept.labels.words.map(\.start) == read.labels.words.map(\.start))
        #expect(kept.labels.ends == read.labels.ends)
        #expect(kept.labels.ends.count == article.sentences.count)
    }

    /// A paragraph too long to tokenize at once (a whole book on one line) is read a run of sentences at a
    /// time and gives the names it gives when read whole.
    @Test func aLongParagraphReadInRunsGivesTheSameCandidates() throws {
        let text = String(decoding: try Content.defaultArticle(), as: UTF8.self)
        // The article's body as one paragraph: every line break made a space.
        let oneLine = text.split(whereSeparator: \.isNewline).dropFirst().joined(separator: " ")
        let article = try segmented(Array(oneLine.utf8))
        #expect(article.paragraphs.count == 1 && article.sentences.count > 100)
        func run(_ limit: Int) -> Recognized {
            Recognizer.recognize(article.bytes, paragraphs: article.paragraphs, sentences: article.sentences,
                                 knowledge: sharedKnowledge, pieceLimit: limit)
        }
        let whole = run(Int.max), runs = run(2_000)
        #expect(Recognizer.pieces(article.paragraphs[0], article.sentences, limit: 2_000).count > 5)
        #expect(whole.candidates.count > 100)
        #expect(whole.candidates.map { $0.range(in: article.sentences) } == runs.candidates.map { $0.range(in: article.sentences) })
        #expect(whole.candidates.map { whole.names.entry($0).key } == runs.candidates.map { runs.names.entry($0).key })
        #expect(whole.labels.words.map(\.start) == runs.labels.words.map(\.start))
        #expect(whole.labels.ends == runs.labels.ends)
    }

    /// The tokenizer's one-pass way for plain ASCII words reads them as the general way does.
    @Test func plainWordsReadAsTheGeneralWayReadsThem() {
        for w in ["Putin", "NATO", "x", "A", "G20", "2024", "iPhone", "McDonald", "UN", "ab12CD", "war", "Z9"] {
            for after in ["", " met", ", and", "-led", ")", "\n"] {
                let bytes = Array((w + after).utf8)
                var fast: [Token] = [], general: [Token] = []
                bytes.withUnsafeBufferPointer { s in
                    _ = Tokenizer.word(s, 0, s.count, space: true, gap: false, joined: 0, into: &fast)
                    _ = Tokenizer.generalWord(s, 0, s.count, space: true, gap: false, joined: 0, into: &general)
                }
                let f = fast[0], g = general[0]
                #expect(f.start == g.start && f.end == g.end && f.fullEnd == g.fullEnd && f.hash == g.hash, "\(w)\(after)")
                #expect(f.isCapitalised == g.isCapitalised && f.isAllCaps == g.isAllCaps && f.hasDigit == g.hasDigit
                        && f.isPossessive == g.isPossessive && f.spaceBefore == g.spaceBefore, "\(w)\(after)")
            }
        }
    }

    /// A name written again shares its words' entry: the pool grows with distinct names, not mentions.
    @Test func repeatedNamesShareOneEntry() throws {
        let text = "Title\n\n" + String(repeating: "Adam Garrie met Nguyễn Du and Adam Garrie again.\n\n", count: 50)
        let article = try segmented(Array(text.utf8))
        let r = Recognizer.recognize(article.bytes, paragraphs: article.paragraphs, sentences: article.sentences,
                                     knowledge: sharedKnowledge)
        #expect(r.candidates.count >= 150)
        #expect(r.names.entries.count <= 3)
    }

    /// "PRESIDENT BIDEN:" is a speaker label whose mention is the name, without the title, like "President Biden".
    @Test func speakerLabelMentionLeavesOutTheTitle() throws {
        let a = try model("Remarks\n\nPresident Joe Biden spoke.\n\nPRESIDENT BIDEN: Thank you all.\n")
        let biden = try #require(a.entity("Joe Biden"))
        let e = try #require(a.entities.firstIndex(of: biden))
        #expect(a.mentions.filter { $0.entity == e }.map { a.text($0.range) } == ["Joe Biden", "BIDEN"])
    }
}
