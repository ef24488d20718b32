/// The HTML elements the readers tell apart; every other element is `other` (read as inline).
enum HTMLTag: UInt8, Sendable {
    case text, other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio
    case form, input, button, select, textarea, label, option, dialog, menu
    case nav, header, footer, aside, article, main, section, div, p, br, hr
    case h1, h2, h3, h4, h5, h6
    case blockquote, q, ul, ol, li, dl, dt, dd, figure, figcaption, img, picture
    case table, caption, thead, tbody, tfoot, tr, td, th, pre, code
    case a, span, em, strong, b, i, u, sup, sub, time, address, small, center, font, details, summary, cite

    /// The element names, in the order of the cases (spelled out: "\(tag)" asks the runtime for
    /// each case's name, which cost more at start than reading a small page's tags).
    static let names = ["#text", "#other",
        "html", "head", "body", "title", "meta", "link", "base",
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "form", "input", "button", "select", "textarea", "label", "option", "dialog", "menu",
        "nav", "header", "footer", "aside", "article", "main", "section", "div", "p", "br", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "q", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption", "img", "picture",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "code",
        "a", "span", "em", "strong", "b", "i", "u", "sup", "sub", "time", "address", "small", "center", "font", "details", "summary", "cite"]

    static let byName: [String: HTMLTag] = {
        var map: [String: HTMLTag] = [:]
        for raw in UInt8(2)...HTMLTag.cite.rawValue { map[names[Int(raw)]] = HTMLTag(rawValue: raw)! }
        return map
    }()

    /// Never text: code, styles, embedded media, controls, templates.
    var isDropped: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas,
             .video, .audio, .input, .button, .select, .textarea, .option, .dialog: return true
        default: return false
        }
    }

    /// Starts and ends a block of text (a paragraph break before and after).
    var isBlock: Bool {
        switch self {
        case .html, .body, .nav, .header, .footer, .aside, .article, .main, .section, .div, .p, .hr,
             .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .ul, .ol, .li, .dl, .dt, .dd, .figure, .figcaption,
             .table, .caption, .thead, .tbody, .tfoot, .tr, .td, .th, .pre, .address, .center, .details,
             .summary, .form, .menu, .title: return true
        default: return false
        }
    }

    /// The heading level of h1-h6, else 0.
    var headingLevel: Int {
        guard rawValue >= HTMLTag.h1.rawValue, rawValue <= HTMLTag.h6.rawValue else { return 0 }
        return Int(rawValue - HTMLTag.h1.rawValue) + 1
    }
}
