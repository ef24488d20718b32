/// The JSON a place is stored in: an object with its keys in sorted order and the optional ones left out
/// when nil, as earlier versions wrote it with Foundation's encoder (whose output this reads, `\/` and
/// `\u` escapes included). Unknown keys are ignored, so a newer version's places still read.
enum PlaceJSON {
    static func encode(_ p: SavedPlace) -> String {
        var fields = ["\"cursor\":" + encode(p.cursor)]
        if let d = p.detail { fields.append("\"detail\":" + quoted(d)) }
        fields.append("\"detailRow\":\(p.detailRow)")
        if let e = p.entity { fields.append("\"entity\":" + quoted(e)) }
        fields += ["\"entityRow\":\(p.entityRow)", "\"pane\":" + quoted(p.pane), "\"relationRow\":\(p.relationRow)",
                   "\"section\":\(p.section)", "\"top\":" + encode(p.top)]
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func encode(_ places: [SavedPlace]) -> String { "[" + places.map(encode).joined(separator: ",") + "]" }

    static func encode(_ s: Spot) -> String { "{\"offset\":\(s.offset),\"paragraph\":\(s.paragraph)}" }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0}"..."\u{1F}":
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    static func place(_ text: String?) -> SavedPlace? { text.flatMap { JSONValue.parse($0) }.flatMap(place) }

    static func places(_ text: String?) -> [SavedPlace]? {
        guard case .array(let items)? = text.flatMap({ JSONValue.parse($0) }) else { return nil }
        let places = items.compactMap(place)
        return places.count == items.count ? places : nil
    }

    static func place(_ v: JSONValue) -> SavedPlace? {
        guard case .object(let o) = v, let pane = o["pane"]?.string, let top = o["top"].flatMap(spot),
              let cursor = o["cursor"].flatMap(spot), let section = o["section"]?.int, let entityRow = o["entityRow"]?.int,
              let detailRow = o["detailRow"]?.int, let relationRow = o["relationRow"]?.int else { return nil }
        return SavedPlace(pane: pane, top: top, cursor: cursor, section: section, entityRow: entityRow,
                          entity: o["entity"]?.string, detail: o["detail"]?.string, detailRow: detailRow,
                          relationRow: relationRow)
    }

    static func spot(_ v: JSONValue) -> Spot? {
        guard case .object(let o) = v, let paragraph = o["paragraph"]?.int, let offset = o["offset"]?.int else { return nil }
        return Spot(paragraph: paragraph, offset: offset)
    }
}

/// A JSON value, parsed from text (RFC 8259). Numbers are kept only when they are integers.
enum JSONValue: Equatable {
    case object([String: JSONValue]), array([JSONValue]), string(String), int(Int), other

    var string: String? { if case .string(let s) = self { s } else { nil } }
    var int: Int? { if case .int(let n) = self { n } else { nil } }

    /// Nesting deeper than this is refused (a damaged row must not exhaust the stack).
    static let maxDepth = 32

    static func parse(_ text: String) -> JSONValue? {
        var parser = JSONParser(bytes: Array(text.utf8))
        guard let v = parser.value(depth: 0) else { return nil }
        parser.skipSpace()
        return parser.i == parser.bytes.count ? v : nil
    }
}

struct JSONParser {
    let bytes: [UInt8]
    var i = 0

    mutating func skipSpace() {
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }

    mutating func value(depth: Int) -> JSONValue? {
        skipSpace()
        guard i < bytes.count, depth < JSONValue.maxDepth else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    mutating func object(depth: Int) -> JSONValue? {
        i += 1
        var fields: [String: JSONValue] = [:]
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string() else { return nil }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            guard let v = value(depth: depth + 1) else { return nil }
            fields[key] = v
            skipSpace()
            guard i < bytes.count else { return nil }
            i += 1
            if bytes[i - 1] == UInt8(ascii: "}") { return .object(fields) }
            if bytes[i - 1] != UInt8(ascii: ",") { return nil }
        }
    }

    mutating func array(depth: Int) -> JSONValue? {
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            guard let v = value(depth: depth + 1) else { return nil }
            items.append(v)
            skipSpace()
            guard i < bytes.count else { return nil }
            i += 1
            if bytes[i - 1] == UInt8(ascii: "]") { return .array(items) }
            if bytes[i - 1] != UInt8(ascii: ",") { return nil }
        }
    }

    mutating func literal(_ word: String) -> JSONValue? {
        guard bytes[i...].starts(with: word.utf8) else { return nil }
        i += word.utf8.count
        return .other
    }

    mutating func number() -> JSONValue? {
        let start = i
        while i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: ".")
                || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") || bytes[i] &- 0x30 < 10 { i += 1 }
        guard i > start else { return nil }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if let n = Int(text) { return .int(n) }
        return Double(text) != nil ? .other : nil
    }

    /// A string at `i` (on its opening quote), escapes decoded.
    mutating func string() -> String? {
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            if b < 0x20 { return nil }
            if b != UInt8(ascii: "\\") { out.append(b); continue }
            guard i < bytes.count else { return nil }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let scalar = unicodeEscape() else { return nil }
                out += Array(String(scalar).utf8)
            default: return nil
            }
        }
        return nil
    }

    /// The scalar of a `\u` escape whose four digits are at `i` (a surrogate pair's second half included).
    mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hex4() else { return nil }
        if (0xD800..<0xDC00).contains(high) {
            guard bytes[i...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else { return "\u{FFFD}" }
            i += 2
            guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00))
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count, let n = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
        i += 4
        return n
    }
}
