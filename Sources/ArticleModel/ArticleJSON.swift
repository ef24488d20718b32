/// The export contract (GUIDE section 4) as JSON text: one object with title, paragraphs,
/// sections, annotations, crossReferences, entities and relations, keys in that order. Each part
/// is also available alone so subcommands print the same shapes. Strings escape every control
/// character and the bidi controls as \uXXXX, so the output is safe on a terminal too.
public enum ArticleJSON {
    public static func export(_ a: Article) -> String {
        var w = Writer()
        w.open("{")
        w.key("title"); w.string(a.title)
        w.key("paragraphs"); paragraphs(a, &w)
        w.key("sections"); sections(a, &w)
        w.key("annotations"); annotations(a, &w)
        w.key("crossReferences"); crossReferences(a, &w)
        w.key("entities"); entities(a, &w)
        w.key("relations"); relations(a, &w)
        w.close("}")
        return w.out
    }

    /// `{"<name>": [...]}` for one part: "paragraphs", "sections", "annotations", "crossReferences",
    /// "entities", "relations"; with the title for "sections".
    public static func part(_ name: String, _ a: Article) -> String {
        var w = Writer()
        w.open("{")
        switch name {
        case "sections": w.key("title"); w.string(a.title); w.key("sections"); sections(a, &w)
        case "annotations": w.key("annotations"); annotations(a, &w)
        case "crossReferences": w.key("crossReferences"); crossReferences(a, &w)
        case "entities": w.key("entities"); entities(a, &w)
        case "relations": w.key("relations"); relations(a, &w)
        default: w.key("paragraphs"); paragraphs(a, &w)
        }
        w.close("}")
        return w.out
    }

    /// `{"query": …, "hits": [{"paragraph", "start", "end", "text"}]}`; start and end are byte offsets.
    public static func search(_ query: String, _ hits: [SearchHit], _ a: Article) -> String {
        var w = Writer()
        w.open("{")
        w.key("query"); w.string(query)
        w.key("hits"); w.array(hits) { w, h in
            w.open("{")
            w.key("paragraph"); w.int(h.paragraph)
            w.key("start"); w.int(h.range.start)
            w.key("end"); w.int(h.range.end)
            w.key("text"); w.string(a.text(h.range))
            w.close("}")
        }
        w.close("}")
        return w.out
    }

    static func paragraphs(_ a: Article, _ w: inout Writer) {
        w.array(a.paragraphs) { w, p in
            w.open("{")
            w.key("index"); w.int(p.index)
            w.key("kind"); w.string(p.kind.rawValue)
            w.key("text"); w.string(a.text(of: p))
            w.close("}")
        }
    }

    static func sections(_ a: Article, _ w: inout Writer) {
        w.array(a.sections) { w, s in
            w.open("{")
            w.key("title"); w.string(s.title)
            w.key("level"); w.int(s.level)
            w.key("first"); w.int(s.first)
            w.key("last"); w.int(s.last)
            w.close("}")
        }
    }

    static func annotations(_ a: Article, _ w: inout Writer) {
        w.array(a.annotations) { w, x in
            w.open("{")
            w.key("paragraphs"); w.ints(x.paragraphs)
            w.key("annotates"); w.ints(x.annotates)
            w.close("}")
        }
    }

    static func crossReferences(_ a: Article, _ w: inout Writer) {
        w.array(a.crossReferences) { w, x in
            w.open("{")
            w.key("paragraph"); w.int(x.paragraph)
            w.key("text"); w.string(a.text(x.range))
            w.key("target"); if let t = x.target { w.ints(t) } else { w.null() }
            w.close("}")
        }
    }

    static func entities(_ a: Article, _ w: inout Writer) {
        w.array(a.entities) { w, e in
            w.open("{")
            w.key("id"); w.string(e.id)
            w.key("name"); w.string(e.name)
            w.key("type"); w.string(e.type.rawValue)
            w.key("aliases"); w.array(e.aliases) { w, s in w.string(s) }
            w.key("mentions"); w.int(e.mentionCount)
            w.key("paragraphs"); w.ints(e.paragraphs)
            w.close("}")
        }
    }

    static func relations(_ a: Article, _ w: inout Writer) {
        w.array(a.relations) { w, r in
            w.open("{")
            w.key("source"); w.string(a.entities.indices.contains(r.source) ? a.entities[r.source].id : String(r.source))
            w.key("target"); w.string(a.entities.indices.contains(r.target) ? a.entities[r.target].id : String(r.target))
            w.key("label"); w.string(r.label)
            w.key("weight"); w.int(r.weight)
            w.key("evidence"); w.array(r.evidence) { w, e in
                w.open("{")
                w.key("paragraph"); w.int(e.paragraph)
                w.key("sentence"); w.string(a.sentences.indices.contains(e.sentence) ? a.text(of: a.sentences[e.sentence]) : nil)
                w.close("}")
            }
            w.close("}")
        }
    }

    /// A small streaming writer: two-space indentation, one key per line, arrays of numbers on one line.
    struct Writer {
        var out = ""
        var depth = 0
        var first = true

        mutating func newline() { out += "\n"; out += String(repeating: "  ", count: depth) }
        mutating func separator() { if !first { out += "," }; if depth > 0 { newline() }; first = false }
        mutating func open(_ c: String) { if depth > 0 && !afterKey { separator() }; afterKey = false; out += c; depth += 1; first = true }
        mutating func close(_ c: String) { depth -= 1; if !first { newline() }; out += c; first = false }
        var afterKey = false
        mutating func key(_ k: String) { separator(); escape(k); out += ": "; afterKey = true }
        mutating func value(_ v: String) { if !afterKey { separator() }; afterKey = false; out += v }
        mutating func int(_ v: Int) { value(String(v)) }
        mutating func null() { value("null") }
        mutating func string(_ s: String?) {
            guard let s else { null(); return }
            if !afterKey { separator() }
            afterKey = false
            escape(s)
        }
        mutating func ints(_ v: [Int]) { value("[" + v.map(String.init).joined(separator: ", ") + "]") }
        mutating func array<T>(_ items: [T], _ body: (inout Writer, T) -> Void) {
            if items.isEmpty { value("[]"); return }
            open("[")
            for item in items { body(&self, item) }
            close("]")
        }
        mutating func escape(_ s: String) {
            out += "\""
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                case "\r": out += "\\r"
                default:
                    if DisplayText.isUnsafe(u) || u.value == 0x2028 || u.value == 0x2029 {
                        let hex = String(u.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(u)
                    }
                }
            }
            out += "\""
        }
    }
}
