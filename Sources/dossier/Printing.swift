import ArticleModel

/// Output helpers shared by the entity and relation subcommands.
enum Printing {
    /// Text from the article made safe for a terminal: C0/C1 controls, DEL, ESC and bidi
    /// overrides/isolates become visible placeholders (U+2400 block, or "⟨U+XXXX⟩").
    static func safe(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for u in text.unicodeScalars {
            switch u.value {
            case 0x09: out.unicodeScalars.append(" ")
            case 0x00..<0x20: out.unicodeScalars.append(Unicode.Scalar(0x2400 + u.value)!)
            case 0x7F: out.unicodeScalars.append("\u{2421}")
            case 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
                out += "⟨U+" + String(u.value, radix: 16, uppercase: true) + "⟩"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// A JSON string literal.
    static func json(_ text: String) -> String {
        var out = "\""
        for u in text.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80..<0xA0).contains(u.value) || (0x202A...0x202E).contains(u.value)
                    || (0x2066...0x2069).contains(u.value) || u.value == 0x200E || u.value == 0x200F || u.value == 0x2028 || u.value == 0x2029 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// At most `n` characters, with an ellipsis when cut.
    static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    /// ANSI colour for an entity type, when colour is on.
    static func color(_ type: EntityType) -> String {
        switch type {
        case .person: return "\u{1B}[33m"
        case .country: return "\u{1B}[32m"
        case .organization: return "\u{1B}[36m"
        case .place: return "\u{1B}[34m"
        case .event: return "\u{1B}[35m"
        case .media: return "\u{1B}[31m"
        case .project: return "\u{1B}[94m"
        }
    }
    static let reset = "\u{1B}[0m"

    /// Entity as in the export contract (GUIDE section 4).
    static func entityJSON(_ e: Entity) -> String {
        "{\"id\": \(json(e.id)), \"name\": \(json(e.name)), \"type\": \(json(e.type.rawValue)), \"aliases\": ["
            + e.aliases.map(json).joined(separator: ", ") + "], \"mentions\": \(e.mentionCount), \"paragraphs\": ["
            + e.paragraphs.map(String.init).joined(separator: ", ") + "]}"
    }

    static func relationJSON(_ r: Relation, _ a: Article) -> String {
        let ev = r.evidence.map { "{\"paragraph\": \($0.paragraph), \"sentence\": \(json(a.text(of: a.sentences[$0.sentence])))}" }
        return "{\"source\": \(json(a.entities[r.source].id)), \"target\": \(json(a.entities[r.target].id)), \"label\": "
            + (r.label.map(json) ?? "null") + ", \"weight\": \(r.weight), \"evidence\": [" + ev.joined(separator: ", ") + "]}"
    }
}
