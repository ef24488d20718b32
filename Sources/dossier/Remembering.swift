import ArticleModel
import Explorer
import ProcessSupport
import StateStore

/// The explorer's memory between runs: opens the state database, turns what it holds into the
/// explorer's values at start and the final state back into stored values at the end. A database
/// that cannot be used is reported once (`problem`, shown in the status line) and the run goes on
/// without memory.
struct Remembering {
    private(set) var store: StateStore?
    let hash: String
    private(set) var problem: String?
    private(set) var remembered: ArticleMemory?
    private(set) var settings = GlobalSettings()
    let path: String?

    /// Off (`--no-state`) or nowhere to keep it: no database is opened.
    init(off: Bool, article: Article, path: String?, environment: [String: String] = LocalFiles.environment()) {
        self.path = path
        guard !off, let directory = StateStore.defaultDirectory(environment: environment) else { hash = ""; return }
        hash = ContentHash.of(article.bytes)
        do {
            let store = try StateStore(directory: directory)
            settings = try store.settings()
            remembered = try store.memory(of: hash)
            self.store = store
        } catch {
            problem = "places are not remembered: \(error.message)"
        }
    }

    var theme: ThemeName? { settings.theme.flatMap { ThemeName(rawValue: $0) } }
    var textWidth: Int? { settings.textWidth }

    /// The action that takes the explorer back where it was, or nil on a first reading.
    func resume(in article: Article, now: Double = WallClock.now()) -> Action? {
        guard let m = remembered else { return nil }
        let memory = Memory(place: Remembering.place(m.place, in: article),
                            marks: Dictionary(m.marks.compactMap { k, v in k.count == 1 ? (Character(k), Remembering.place(v, in: article)) : nil },
                                              uniquingKeysWith: { a, _ in a }),
                            jumps: m.jumps.map { Remembering.place($0, in: article) }, jumpIndex: m.jumpIndex)
        return .resume(memory, lastRead: Remembering.ago(m.savedAt, now: now))
    }

    /// Saves where the explorer ended; a message for standard error when that failed.
    func save(_ state: State) -> String? {
        guard let store else { return nil }
        let a = state.article
        let m = state.memory
        let memory = ArticleMemory(
            place: Remembering.saved(m.place, in: a), percent: state.percent,
            marks: Dictionary(uniqueKeysWithValues: m.marks.map { (String($0.key), Remembering.saved($0.value, in: a)) }),
            jumps: m.jumps.map { Remembering.saved($0, in: a) }, jumpIndex: m.jumpIndex,
            path: path, title: a.title, savedAt: WallClock.now())
        do {
            try store.save(memory, of: hash, settings: GlobalSettings(theme: state.theme.rawValue, textWidth: state.textWidth))
            return nil
        } catch {
            return "the reading place was not saved: \(error.message)"
        }
    }

    // MARK: Stored and shown

    /// The file's absolute path, for a person reading the database (`-` is standard input).
    static func absolute(_ file: String) -> String {
        if file == "-" || file.hasPrefix("/") { return file }
        return LocalFiles.currentDirectory() + "/" + file
    }

    static func saved(_ p: Place, in a: Article) -> SavedPlace {
        let id = { (e: Int?) in e.flatMap { a.entities.indices.contains($0) ? a.entities[$0].id : nil } }
        return SavedPlace(pane: p.focus.title.lowercased(),
                          top: Spot(paragraph: p.readerTop.paragraph, offset: p.readerTop.offset),
                          cursor: Spot(paragraph: p.readerCursor.paragraph, offset: p.readerCursor.offset),
                          section: p.sectionSelection, entityRow: p.entitySelection, entity: id(p.selectedEntity),
                          detail: id(p.entityDetail), detailRow: p.detailSelection, relationRow: p.relationSelection)
    }

    static func place(_ s: SavedPlace, in a: Article) -> Place {
        let index = { (id: String?) in id.flatMap { id in a.entities.firstIndex { $0.id == id } } }
        return Place(focus: Pane.allCases.first { $0.title.lowercased() == s.pane } ?? .reader,
                     readerTop: Anchor(paragraph: s.top.paragraph, offset: s.top.offset),
                     readerCursor: Anchor(paragraph: s.cursor.paragraph, offset: s.cursor.offset),
                     sectionSelection: s.section, entitySelection: s.entityRow, selectedEntity: index(s.entity),
                     entityDetail: index(s.detail), detailSelection: s.detailRow, relationSelection: s.relationRow)
    }

    /// "just now", "5 min ago", "3 h ago", "2 days ago".
    static func ago(_ then: Double, now: Double) -> String {
        let s = Int(now - then)
        switch s {
        case ..<60: return "just now"
        case ..<3600: return "\(s / 60) min ago"
        case ..<86400: return "\(s / 3600) h ago"
        case ..<(2 * 86400): return "yesterday"
        default: return "\(s / 86400) days ago"
        }
    }
}
