/// The panes the explorer shows.
public enum Pane: Int, CaseIterable, Sendable {
    case sections, reader, entities, relations
    public var title: String {
        switch self {
        case .sections: return "Sections"
        case .reader: return "Reader"
        case .entities: return "Entities"
        case .relations: return "Relations"
        }
    }
}

/// Where every pane goes for a terminal size. Pane rectangles include their border; neighbouring
/// panes overlap by one column or row so they share a line.
public struct Layout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable { case tooSmall, single, twoColumns, threeColumns }
    public var mode: Mode
    public var panes: [Pane: Rect]
    public var status: Rect
    /// The pane switcher row shown when only one pane fits.
    public var switcher: Rect?

    public static let minimumWidth = 40, minimumHeight = 10

    public static func compute(width w: Int, height h: Int, focus: Pane) -> Layout {
        if w < minimumWidth || h < minimumHeight {
            return Layout(mode: .tooSmall, panes: [:], status: .zero, switcher: nil)
        }
        let status = Rect(x: 0, y: h - 1, width: w, height: 1)
        let mainHeight = h - 1
        if w < 60 || h < 16 {
            let r = Rect(x: 0, y: 1, width: w, height: mainHeight - 1)
            var panes: [Pane: Rect] = [:]
            for p in Pane.allCases { panes[p] = r }
            return Layout(mode: .single, panes: panes, status: status, switcher: Rect(x: 0, y: 0, width: w, height: 1))
        }
        if w < 120 {
            let leftWidth = w * 3 / 5
            let sectionsHeight = max(5, mainHeight / 3)
            let entitiesHeight = (mainHeight + 1) / 2
            return Layout(mode: .twoColumns, panes: [
                .sections: Rect(x: 0, y: 0, width: leftWidth, height: sectionsHeight),
                .reader: Rect(x: 0, y: sectionsHeight - 1, width: leftWidth, height: mainHeight - sectionsHeight + 1),
                .entities: Rect(x: leftWidth - 1, y: 0, width: w - leftWidth + 1, height: entitiesHeight),
                .relations: Rect(x: leftWidth - 1, y: entitiesHeight - 1, width: w - leftWidth + 1, height: mainHeight - entitiesHeight + 1),
            ], status: status, switcher: nil)
        }
        let stripHeight = max(6, min(14, mainHeight / 4))
        let topHeight = mainHeight - stripHeight + 1
        let sectionsWidth = max(22, min(34, w / 6))
        let entitiesWidth = max(30, min(44, w / 4))
        return Layout(mode: .threeColumns, panes: [
            .sections: Rect(x: 0, y: 0, width: sectionsWidth, height: topHeight),
            .reader: Rect(x: sectionsWidth - 1, y: 0, width: w - sectionsWidth - entitiesWidth + 2, height: topHeight),
            .entities: Rect(x: w - entitiesWidth, y: 0, width: entitiesWidth, height: topHeight),
            .relations: Rect(x: 0, y: topHeight - 1, width: w, height: stripHeight),
        ], status: status, switcher: nil)
    }

    /// Panes drawn on screen (all of them, or the focused one in single mode).
    public func visible(focus: Pane) -> [Pane] {
        switch mode {
        case .tooSmall: return []
        case .single: return [focus]
        default: return Pane.allCases
        }
    }

    /// Content rows of a pane (inside its border).
    public func contentHeight(_ p: Pane) -> Int { max(1, (panes[p]?.height ?? 3) - 2) }

    /// Columns the reader wraps its text to (inside the border, a gutter column and a margin).
    public var readerTextWidth: Int { max(1, (panes[.reader]?.width ?? 40) - 4) }
}
