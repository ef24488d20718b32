import ArticleModel

/// What a cell is for; a `Theme` turns roles into colours for a given terminal.
public enum Role: UInt8, CaseIterable, Sendable {
    case normal, dim, border, borderFocus, title, titleFocus, heading, selection, selectionFocus
    case status, statusKey, statusMode, searchHit, searchCurrent, annotation, annotationHeader
    case quote, quoteSource, crossReference, cursorMark, bar, graphNode, notice
    case person, country, organization, place, event, media, project, unknown
}

/// Text attributes independent of colour.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1)
    public static let underline = Attributes(rawValue: 2)
    public static let reverse = Attributes(rawValue: 4)
    public static let dim = Attributes(rawValue: 8)
    public static let italic = Attributes(rawValue: 16)
}

public struct Style: Hashable, Sendable {
    public var role: Role
    public var attributes: Attributes
    public init(_ role: Role = .normal, _ attributes: Attributes = []) { self.role = role; self.attributes = attributes }
    public static let normal = Style()
}

/// One terminal cell. A wide glyph occupies its cell (width 2) and the next (width 0, `isContinuation`).
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var width: UInt8
    public var style: Style
    public init(_ character: Character = " ", width: UInt8 = 1, style: Style = .normal) {
        self.character = character; self.width = width; self.style = style
    }
    public var isContinuation: Bool { width == 0 }
    public static let blank = Cell()
}

/// A grid of cells the renderer draws into and the backend copies to the terminal.
/// Nothing written into it can break the grid: out-of-range writes are dropped, control characters
/// become placeholders, and a wide glyph that would cross the clip edge becomes a space.
public struct Screen: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width); self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { x >= 0 && y >= 0 && x < width && y < height ? cells[y * width + x] : .blank }
    }

    /// Sets one cell; a cell overwritten in the middle of a wide glyph clears the glyph's other half.
    public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = y * width + x
        if cells[i].isContinuation, x > 0 { cells[i - 1] = Cell(style: cells[i - 1].style) }
        if cells[i].width == 2, x + 1 < width { cells[i + 1] = Cell(style: cells[i].style) }
        cells[i] = cell
    }

    /// Writes text from column `x` and stops before column `limit` (default: the screen edge).
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ x: Int, _ y: Int, _ text: some StringProtocol, _ style: Style = .normal, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        var col = x
        guard y >= 0, y < height else { return col }
        for ch in text {
            if col >= end { break }
            if let a = ch.singleByte, a >= 0x20, a < 0x7F {
                if col >= 0 { set(col, y, Cell(ch, width: 1, style: style)) }
                col += 1
                continue
            }
            if let p = DisplayText.placeholder(for: ch) {
                col = put(col, y, p, style, limit: end)
                continue
            }
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col < 0 { col += w; continue }
            if col + w > end {
                while col < end { set(col, y, Cell(" ", style: style)); col += 1 }
                break
            }
            set(col, y, Cell(ch, width: UInt8(w), style: style))
            if w == 2 {
                let i = y * width + col + 1
                if cells[i].width == 2, col + 2 < width { cells[i + 1] = Cell(style: cells[i].style) }
                cells[i] = Cell("\u{0}", width: 0, style: style)
            }
            col += w
        }
        return col
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, _ style: Style = .normal) {
        for y in max(0, rect.y)..<min(height, rect.maxY) where rect.x < rect.maxX {
            for x in max(0, rect.x)..<min(width, rect.maxX) { set(x, y, Cell(" ", style: style)) }
        }
    }

    /// Applies a style to existing cells without changing their characters.
    public mutating func restyle(_ rect: Rect, _ style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) where rect.x < rect.maxX {
            for x in max(0, rect.x)..<min(width, rect.maxX) { cells[y * width + x].style = style }
        }
    }

    /// One row as text (continuation cells omitted), trailing spaces kept.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = ""
        for x in 0..<width {
            let c = cells[y * width + x]
            if !c.isContinuation { s.append(c.character) }
        }
        return s
    }

    /// The whole screen as text, one line per row with trailing spaces trimmed.
    public var text: String {
        (0..<height).map { line($0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public func contains(_ px: Int, _ py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
    /// The inside of a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)
}
