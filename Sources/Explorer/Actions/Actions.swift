import ArticleModel

/// Everything a key can ask for. The table below gives each a name, its default keys and a help
/// line; the keymap, the help overlay and the README's key table all come from it.
public enum Command: String, CaseIterable, Sendable {
    case down, up, halfPageDown, halfPageUp, pageDown, pageUp, top, bottom
    case nextPane, previousPane, sectionsPane, readerPane, entitiesPane, relationsPane
    case open, search, nextMatch, previousMatch, filterParagraphs
    case nextAnnotation, previousAnnotation, nextSection, previousSection
    case nextLink, previousLink, follow, back, forward, jumpList, setMark, goToMark
    case cycleType, cycleSort, toggleGraph, toggleMouse, toggleTheme
    case widerText, narrowerText, defaultTextWidth, toggleNumbers
    case help, close, quit, redraw
}

public struct ActionSpec: Sendable {
    public let command: Command
    public let keys: [Key]
    public let help: String
    public let group: String
}

/// What the reducer takes: a bound command, or an event with a payload.
public enum Action: Hashable, Sendable {
    case command(Command)
    /// A character typed into the search, filter or help-search line.
    case insert(Character)
    /// Text pasted into the search, filter or help-search line: its line breaks become spaces.
    case paste(String)
    /// Backspace inside a text line.
    case deleteBackward
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// The full model of a big text, built in the background, replaces the paragraphs-only first look.
    case modelReady(BuiltModel)
    /// A one-shot note for the status line (the start-up timings).
    case note(String)
    /// Back to where the reader was in an earlier run (`lastRead` says when, for the status line).
    case resume(Memory, lastRead: String)
}

/// A model built off the main thread, as an action's payload. Two are the same when they are the
/// same build (a model is too big to compare).
public struct BuiltModel: Hashable, Sendable {
    private final class Storage: Sendable {
        let article: Article
        let index: ArticleIndex
        init(article: Article, index: ArticleIndex) { self.article = article; self.index = index }
    }
    private let storage: Storage

    public init(article: Article, index: ArticleIndex) { storage = Storage(article: article, index: index) }

    public var article: Article { storage.article }
    public var index: ArticleIndex { storage.index }

    public static func == (a: BuiltModel, b: BuiltModel) -> Bool { a.storage === b.storage }
    public func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(storage)) }
}

public enum Actions {
    /// The one table of actions, in help order.
    public static let table: [ActionSpec] = [
        .init(command: .down, keys: [.char("j"), .down], help: "move down one line", group: "Move"),
        .init(command: .up, keys: [.char("k"), .up], help: "move up one line", group: "Move"),
        .init(command: .halfPageDown, keys: [.ctrl("d")], help: "half a page down", group: "Move"),
        .init(command: .halfPageUp, keys: [.ctrl("u")], help: "half a page up", group: "Move"),
        .init(command: .pageDown, keys: [.pageDown, .char(" ")], help: "a page down", group: "Move"),
        .init(command: .pageUp, keys: [.pageUp], help: "a page up", group: "Move"),
        .init(command: .top, keys: [.char("g"), .home], help: "go to the top", group: "Move"),
        .init(command: .bottom, keys: [.char("G"), .end], help: "go to the bottom", group: "Move"),
        .init(command: .nextPane, keys: [.tab], help: "next pane", group: "Panes"),
        .init(command: .previousPane, keys: [.backTab], help: "previous pane", group: "Panes"),
        .init(command: .sectionsPane, keys: [.char("1")], help: "sections pane", group: "Panes"),
        .init(command: .readerPane, keys: [.char("2")], help: "reader pane", group: "Panes"),
        .init(command: .entitiesPane, keys: [.char("3")], help: "entities pane", group: "Panes"),
        .init(command: .relationsPane, keys: [.char("4")], help: "relations pane", group: "Panes"),
        .init(command: .open, keys: [.enter], help: "open: section, entity, mention or related entity", group: "Open"),
        .init(command: .search, keys: [.char("/")], help: "search the text (reader), filter (entities, help)", group: "Search"),
        .init(command: .nextMatch, keys: [.char("n")], help: "next match", group: "Search"),
        .init(command: .previousMatch, keys: [.char("N")], help: "previous match", group: "Search"),
        .init(command: .filterParagraphs, keys: [.char("&")], help: "show only paragraphs that match (& Enter: all)", group: "Search"),
        .init(command: .nextAnnotation, keys: [.char("]")], help: "next annotation", group: "Jump"),
        .init(command: .previousAnnotation, keys: [.char("[")], help: "previous annotation", group: "Jump"),
        .init(command: .nextSection, keys: [.char("}")], help: "next section", group: "Jump"),
        .init(command: .previousSection, keys: [.char("{")], help: "previous section", group: "Jump"),
        .init(command: .nextLink, keys: [.char("w"), .char(";")], help: "reader: next link (mention, cross-reference, update)", group: "Links"),
        .init(command: .previousLink, keys: [.char("b"), .char(",")], help: "reader: previous link", group: "Links"),
        .init(command: .follow, keys: [.char("f")], help: "follow the current link (shown reversed)", group: "Links"),
        .init(command: .back, keys: [.backspace, .ctrl("o"), .altLeft], help: "back in the jump list", group: "Jump list"),
        .init(command: .forward, keys: [.char("F"), .altRight], help: "forward in the jump list", group: "Jump list"),
        .init(command: .jumpList, keys: [.char("J")], help: "list the jumps; Enter goes to one", group: "Jump list"),
        .init(command: .setMark, keys: [.char("m")], help: "m and a letter: mark this place", group: "Jump list"),
        .init(command: .goToMark, keys: [.char("'")], help: "' and a letter: go to the mark (a jump)", group: "Jump list"),
        .init(command: .cycleType, keys: [.char("t")], help: "entities: cycle the type filter", group: "Lists"),
        .init(command: .cycleSort, keys: [.char("s")], help: "entities: sort by mentions, name, first appearance", group: "Lists"),
        .init(command: .toggleGraph, keys: [.char("v")], help: "relations: list or graph picture", group: "Lists"),
        .init(command: .toggleMouse, keys: [.char("M")], help: "mouse reporting on/off", group: "Screen"),
        .init(command: .toggleTheme, keys: [.char("T")], help: "dark or light theme", group: "Screen"),
        .init(command: .widerText, keys: [.char("+")], help: "reader: wider text", group: "Screen"),
        .init(command: .narrowerText, keys: [.char("-")], help: "reader: narrower text", group: "Screen"),
        .init(command: .defaultTextWidth, keys: [.char("=")], help: "reader: default text width", group: "Screen"),
        .init(command: .toggleNumbers, keys: [.char("#")], help: "reader: paragraph numbers on/off", group: "Screen"),
        .init(command: .help, keys: [.char("?")], help: "this help", group: "Screen"),
        .init(command: .close, keys: [.escape], help: "close help, cancel search or filter", group: "Screen"),
        .init(command: .redraw, keys: [.ctrl("l")], help: "redraw the screen", group: "Screen"),
        .init(command: .quit, keys: [.char("q")], help: "quit", group: "Screen"),
    ]

    public static func spec(_ command: Command) -> ActionSpec {
        table.first { $0.command == command }!
    }

    /// "j ↓" style list of a command's keys.
    public static func keyLabel(_ command: Command) -> String {
        spec(command).keys.map(\.label).joined(separator: " ")
    }
}

extension Actions {
    /// The key table in Markdown, as the README shows it (a test keeps the two equal).
    public static var markdownTable: String {
        var lines = ["| keys | action |", "|---|---|"]
        for spec in table {
            let keys = spec.keys.map { "`" + ($0.label == "`" ? "\\`" : $0.label) + "`" }.joined(separator: " ")
            lines.append("| \(keys) | \(spec.help) |")
        }
        return lines.joined(separator: "\n")
    }
}
