/// One name the recognizer found, for the resolver. There is one per mention in the text (about one
/// every 50 bytes), so it is kept to 24 bytes: narrow integers and bit flags behind the properties, its
/// place as an offset into its sentence, and what depends only on how the name is written (its key, its
/// words) in a shared `NamePool` entry rather than in the candidate (two arrays a candidate would be most of
/// the recognizer's memory).
struct Candidate {
    /// Bytes from the start of the sentence to the start of the name.
    private var offset: UInt32
    private var length: UInt32
    /// The knowledge entry of a known form; else the `NamePool` entry of the name's key and words.
    private var entry: UInt32
    private var sentenceIndex: Int32
    /// Bytes from the start of a title before the name to the start of the name, 0 without a title.
    private var titleDistance: UInt32 = 0
    /// Type from a head word ("Bank", "Sea", "Summit") or a context cue ("X pipeline").
    var head: EntityType? = nil
    var cue: EntityType? = nil
    private var flags: UInt16 = Candidate.nameFormFlag

    /// A name the knowledge does not know, by its `NamePool` entry, found in `sentence` (an acronym in
    /// brackets after a name may lie in the next one), after a title starting at `titleStart`.
    init(range: TextRange, name: UInt32, in sentence: Sentence, titleStart: Int? = nil, isLabel: Bool = false) {
        offset = UInt32(range.start - sentence.range.start)
        length = UInt32(clamping: range.count)
        entry = name
        sentenceIndex = Int32(sentence.index)
        titleDistance = titleStart.map { UInt32(clamping: range.start - $0) } ?? 0
        self.isLabel = isLabel
    }

    /// A form of the knowledge entry `knowledge`.
    init(range: TextRange, knowledge: Int, in sentence: Sentence) {
        self.init(range: range, name: UInt32(knowledge), in: sentence)
        set(Candidate.knownFlag, true)
    }

    /// The name's bytes (no title, no possessive).
    func range(in sentences: [Sentence]) -> TextRange {
        let start = sentences[sentence].range.start + Int(offset)
        return TextRange(start, start + Int(length))
    }
    var sentence: Int { Int(sentenceIndex) }
    /// The knowledge entry the name is a form of.
    var knowledge: Int? { flag(Candidate.knownFlag) ? Int(entry) : nil }
    /// The `NamePool` entry of a name the knowledge does not know.
    var name: Int? { flag(Candidate.knownFlag) ? nil : Int(entry) }
    /// Where a title before the name ("President" in "President Putin") starts, given the name's range.
    func titleStart(before range: TextRange) -> Int? { titleDistance == 0 ? nil : range.start - Int(titleDistance) }

    private static let nameFormFlag: UInt16 = 1, titledFlag: UInt16 = 2, speaksFlag: UInt16 = 4, placePrepFlag: UInt16 = 8
    private static let labelFlag: UInt16 = 16, headlineFlag: UInt16 = 32, acronymFlag: UInt16 = 64
    private static let knownFlag: UInt16 = 128, afterExpansionFlag: UInt16 = 256, afterTheFlag: UInt16 = 512
    private static let plainWordFlag: UInt16 = 1024, makerFlag: UInt16 = 2048
    private func flag(_ f: UInt16) -> Bool { flags & f != 0 }
    private mutating func set(_ f: UInt16, _ on: Bool) { if on { flags |= f } else { flags &= ~f } }

    /// A form of a name, not a word describing it ("Chinese" is not a name form of China).
    var isNameForm: Bool { get { flag(Candidate.nameFormFlag) } set { set(Candidate.nameFormFlag, newValue) } }
    /// A title, honorific or role stands before it, or "Mr".
    var titled: Bool { get { flag(Candidate.titledFlag) } set { set(Candidate.titledFlag, newValue) } }
    var speaks: Bool { get { flag(Candidate.speaksFlag) } set { set(Candidate.speaksFlag, newValue) } }
    var afterPlacePrep: Bool { get { flag(Candidate.placePrepFlag) } set { set(Candidate.placePrepFlag, newValue) } }
    /// A transcript speaker label ("PRESIDENT BIDEN:"): links to a person found elsewhere.
    var isLabel: Bool { get { flag(Candidate.labelFlag) } set { set(Candidate.labelFlag, newValue) } }
    /// In a headline-like line: kept only when the body uses the same name.
    var inHeadline: Bool { get { flag(Candidate.headlineFlag) } set { set(Candidate.headlineFlag, newValue) } }
    var isAcronym: Bool { get { flag(Candidate.acronymFlag) } set { set(Candidate.acronymFlag, newValue) } }
    /// A lower-case "the" stands right before the name ("the Capitol", "the Presidium"): no person's name.
    var afterThe: Bool { get { flag(Candidate.afterTheFlag) } set { set(Candidate.afterTheFlag, newValue) } }
    /// A name of several words, not opening with a given name, with a word the text also writes in lower case
    /// ("College Greenlight", "National Archives"): no person's name, unless a title or a speaking verb says so.
    var hasPlainWord: Bool { get { flag(Candidate.plainWordFlag) } set { set(Candidate.plainWordFlag, newValue) } }
    /// A name of several words opening with a maker's name the tables know ("Nintendo Switch"): no person's.
    var opensWithMaker: Bool { get { flag(Candidate.makerFlag) } set { set(Candidate.makerFlag, newValue) } }
    /// An acronym in brackets right after its expansion ("Eurasian Economic Union (EEU)"), which is the
    /// candidate just before it in the list.
    var followsExpansion: Bool {
        get { flag(Candidate.afterExpansionFlag) }
        set { set(Candidate.afterExpansionFlag, newValue) }
    }
}
