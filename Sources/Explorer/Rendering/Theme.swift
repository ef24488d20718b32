/// How many colours the terminal has; `none` means monochrome (attributes only).
public enum ColorDepth: Sendable { case none, eight, many }

/// A colour pair and attributes for one role. Colours are terminal colour numbers, -1 the default.
public struct ColorSpec: Hashable, Sendable {
    public var fg: Int
    public var bg: Int
    public var attributes: Attributes
    public init(_ fg: Int, _ bg: Int = -1, _ attributes: Attributes = []) { self.fg = fg; self.bg = bg; self.attributes = attributes }
}

/// Role → colours for a theme (dark or light background) at a colour depth.
public struct Theme: Sendable {
    public let name: ThemeName
    public let depth: ColorDepth
    public init(name: ThemeName, depth: ColorDepth) { self.name = name; self.depth = depth }

    public func spec(_ role: Role) -> ColorSpec {
        switch depth {
        case .none: return Theme.mono(role)
        case .eight: return Theme.eight(role, light: name == .light)
        case .many: return name == .light ? Theme.light256(role) : Theme.dark256(role)
        }
    }

    static func mono(_ r: Role) -> ColorSpec {
        switch r {
        case .normal, .border, .quote, .annotation, .bar, .cursorMark: return ColorSpec(-1)
        case .dim, .quoteSource: return ColorSpec(-1, -1, [.dim])
        case .borderFocus, .titleFocus, .title, .heading, .annotationHeader, .graphNode, .notice: return ColorSpec(-1, -1, [.bold])
        case .selection: return ColorSpec(-1, -1, [.underline])
        case .selectionFocus, .status, .searchHit: return ColorSpec(-1, -1, [.reverse])
        case .statusKey, .statusMode, .searchCurrent: return ColorSpec(-1, -1, [.reverse, .bold])
        case .crossReference: return ColorSpec(-1, -1, [.underline])
        case .person, .country, .organization, .place, .event, .media, .project: return ColorSpec(-1, -1, [.bold])
        case .unknown: return ColorSpec(-1, -1, [.dim])
        }
    }

    static func eight(_ r: Role, light: Bool) -> ColorSpec {
        let text = light ? 0 : 7
        switch r {
        case .normal: return ColorSpec(-1)
        case .dim, .quoteSource: return ColorSpec(-1, -1, [.dim])
        case .border: return ColorSpec(-1)
        case .borderFocus, .titleFocus: return ColorSpec(4, -1, [.bold])
        case .title: return ColorSpec(-1)
        case .heading, .graphNode: return ColorSpec(-1, -1, [.bold])
        case .selection: return ColorSpec(-1, -1, [.underline])
        case .selectionFocus: return ColorSpec(light ? 7 : 0, 6)
        case .status: return ColorSpec(light ? 7 : 0, text)
        case .statusKey: return ColorSpec(4, text, [.bold])
        case .statusMode: return ColorSpec(0, 3, [.bold])
        case .searchHit: return ColorSpec(0, 3)
        case .searchCurrent: return ColorSpec(7, 1, [.bold])
        case .annotation: return ColorSpec(2)
        case .annotationHeader: return ColorSpec(2, -1, [.bold])
        case .quote: return ColorSpec(light ? 4 : 6)
        case .crossReference: return ColorSpec(4, -1, [.underline])
        case .cursorMark, .bar: return ColorSpec(6)
        case .notice: return ColorSpec(1, -1, [.bold])
        case .person: return ColorSpec(3)
        case .country: return ColorSpec(2)
        case .organization: return ColorSpec(5)
        case .place: return ColorSpec(6)
        case .event: return ColorSpec(1)
        case .media: return ColorSpec(3, -1, [.dim])
        case .project: return ColorSpec(4)
        case .unknown: return ColorSpec(-1, -1, [.dim])
        }
    }

    static func dark256(_ r: Role) -> ColorSpec {
        switch r {
        case .normal: return ColorSpec(-1)
        case .dim: return ColorSpec(244)
        case .border: return ColorSpec(240)
        case .borderFocus: return ColorSpec(75, -1, [.bold])
        case .title: return ColorSpec(250)
        case .titleFocus: return ColorSpec(75, -1, [.bold])
        case .heading: return ColorSpec(231, -1, [.bold])
        case .selection: return ColorSpec(-1, 237)
        case .selectionFocus: return ColorSpec(231, 24)
        case .status: return ColorSpec(252, 236)
        case .statusKey: return ColorSpec(75, 236, [.bold])
        case .statusMode: return ColorSpec(16, 179, [.bold])
        case .searchHit: return ColorSpec(16, 179)
        case .searchCurrent: return ColorSpec(16, 208, [.bold])
        case .annotation: return ColorSpec(151)
        case .annotationHeader: return ColorSpec(114, -1, [.bold])
        case .quote: return ColorSpec(187)
        case .quoteSource: return ColorSpec(144, -1, [.italic])
        case .crossReference: return ColorSpec(117, -1, [.underline])
        case .cursorMark: return ColorSpec(75, -1, [.bold])
        case .bar: return ColorSpec(73)
        case .graphNode: return ColorSpec(231, -1, [.bold])
        case .notice: return ColorSpec(203, -1, [.bold])
        case .person: return ColorSpec(215)
        case .country: return ColorSpec(114)
        case .organization: return ColorSpec(141)
        case .place: return ColorSpec(80)
        case .event: return ColorSpec(210)
        case .media: return ColorSpec(180)
        case .project: return ColorSpec(222)
        case .unknown: return ColorSpec(250)
        }
    }

    static func light256(_ r: Role) -> ColorSpec {
        switch r {
        case .normal: return ColorSpec(-1)
        case .dim: return ColorSpec(245)
        case .border: return ColorSpec(249)
        case .borderFocus: return ColorSpec(25, -1, [.bold])
        case .title: return ColorSpec(240)
        case .titleFocus: return ColorSpec(25, -1, [.bold])
        case .heading: return ColorSpec(16, -1, [.bold])
        case .selection: return ColorSpec(-1, 254)
        case .selectionFocus: return ColorSpec(16, 153)
        case .status: return ColorSpec(235, 252)
        case .statusKey: return ColorSpec(25, 252, [.bold])
        case .statusMode: return ColorSpec(16, 221, [.bold])
        case .searchHit: return ColorSpec(16, 221)
        case .searchCurrent: return ColorSpec(16, 208, [.bold])
        case .annotation: return ColorSpec(28)
        case .annotationHeader: return ColorSpec(22, -1, [.bold])
        case .quote: return ColorSpec(94)
        case .quoteSource: return ColorSpec(101, -1, [.italic])
        case .crossReference: return ColorSpec(25, -1, [.underline])
        case .cursorMark: return ColorSpec(25, -1, [.bold])
        case .bar: return ColorSpec(30)
        case .graphNode: return ColorSpec(16, -1, [.bold])
        case .notice: return ColorSpec(160, -1, [.bold])
        case .person: return ColorSpec(130)
        case .country: return ColorSpec(28)
        case .organization: return ColorSpec(91)
        case .place: return ColorSpec(30)
        case .event: return ColorSpec(160)
        case .media: return ColorSpec(94)
        case .project: return ColorSpec(136)
        case .unknown: return ColorSpec(243)
        }
    }
}
