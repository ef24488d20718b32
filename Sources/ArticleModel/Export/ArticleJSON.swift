/// The export contract (see the README's subcommands) as JSON text: one object with title, paragraphs,
/// sections, annotations, quotes, crossReferences, entities and relations, keys in that order. Each part
/// is also available alone so subcommands print the same shapes. Strings escape every control
/// character and the bidi controls as \uXXXX, so the output is safe on a terminal too.
public enum ArticleJSON {
    public static func export(_ a: Article) -> String {
        var out: [UInt8] = []
        export(a) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The export streamed as UTF-8 in pieces of about 64 KiB (a 10 MB text exports about 110 MB
    /// of JSON, mostly relation evidence; streaming keeps none of it in memory).
    public static func export(_ a: Article, to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        var w = Writer()
        w.sink = sink
        w.bytes.reserveCapacity(Writer.chunk + 4096)
        w.open("{")
        w.key("title"); w.string(a.title)
        // The source format, for markup only (a plain-text export is as it always was).
        if let markup = a.markup { w.key("format"); w.string(markup.format.rawValue) }
        w.key("paragraphs"); paragraphs(a, &w)
        w.key("sections"); sections(a, &w)
        w.key("annotations"); annotations(a, &w)
        w.key("quotes"); quotes(a, &w)
        w.key("crossReferences"); crossReferences(a, &w)
        w.key("entities"); entities(a.entities, &w)
        w.key("relations"); relations(a.relations, of: a, &w)
        w.close("}")
        w.flush()
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
        case "entities": w.key("entities"); entities(a.entities, &w)
        case "relations": w.key("relations"); relations(a.relations, of: a, &w)
        default: w.key("paragraphs"); paragraphs(a, &w)
        }
        w.close("}")
        return w.out
    }

    /// `{"entities": [...]}` for a selection of the article's entities, in the export's shape.
    public static func entities(_ list: [Entity], of a: Article) -> String {
        var w = Writer()
        w.open("{"); w.key("entities"); entities(list, &w); w.close("}")
        return w.out
    }

    /// `{"relations": [...]}` for a selection of the article's relations, in the export's shape.
    public static func relations(_ list: [Relation], of a: Article) -> String {
        var w = Writer()
        w.open("{"); w.key("relations"); relations(list, of: a, &w); w.close("}")
        return w.out
    }

    /// The same, streamed in pieces of about 64 KiB like `export` (a text of many ties writes far more
    /// JSON than it is long).
    public static func relations(_ list: [Relation], of a: Article, to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        var w = Writer()
        w.sink = sink
        w.open("{"); w.key("relations"); relations(list, of: a, &w); w.close("}")
        w.flush()
    }

    /// An evidence sentence longer than this is cut (at a character) and ends with "…": a "sentence" of a
    /// dump or a list with no full stop runs to 64 KB and is the evidence of thousands of ties, which
    /// repeated whole made gigabytes of JSON. Sentences of prose are far shorter.
    public static let evidenceBytes = 1024

    /// A string as a quoted, escaped JSON string literal (also a valid Graphviz DOT string).
    public static func quoted(_ s: String) -> String {
        var w = Writer()
        w.string(s)
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
            w.key("text"); w.text(a.bytes, h.range)
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
            w.key("text"); w.text(a.bytes, p.range)
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

    /// Block quotes: their paragraphs, the source as the text names it, and the entity it is (by id).
    static func quotes(_ a: Article, _ w: inout Writer) {
        w.array(a.quotes) { w, q in
            w.open("{")
            w.key("paragraphs"); w.ints(q.paragraphs)
            w.key("source"); if let s = q.source { w.string(s) } else { w.null() }
            w.key("speaker")
            if let e = q.speaker, a.entities.indices.contains(e) { w.string(a.entities[e].id) } else { w.null() }
            w.close("}")
        }
    }

    static func crossReferences(_ a: Article, _ w: inout Writer) {
        w.array(a.crossReferences) { w, x in
            w.open("{")
            w.key("paragraph"); w.int(x.paragraph)
            w.key("text"); w.text(a.bytes, x.range)
            w.key("target"); if let t = x.target { w.ints(t) } else { w.null() }
            w.close("}")
        }
    }

    static func entities(_ list: [Entity], _ w: inout Writer) {
        w.array(list) { w, e in
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

    static func relations(_ list: [Relation], of a: Article, _ w: inout Writer) {
        w.array(list) { w, r in
            w.open("{")
            w.key("source"); w.string(a.entities.indices.contains(r.source) ? a.entities[r.source].id : String(r.source))
            w.key("target"); w.string(a.entities.indices.contains(r.target) ? a.entities[r.target].id : String(r.target))
            w.key("label"); w.string(r.label)
            w.key("weight"); w.int(r.weight)
            var i = -1
            w.key("evidence"); w.array(r.evidence) { w, e in
                i += 1
                w.open("{")
                w.key("paragraph"); w.int(e.paragraph)
                w.key("sentence")
                if a.sentences.indices.contains(e.sentence) {
                    let (range, cut) = a.prefix(of: a.sentences[e.sentence].range, maxBytes: evidenceBytes)
                    w.text(a.bytes, range, ellipsis: cut)
                } else { w.null() }
                w.key("label"); w.string(r.label(ofEvidence: i))
                w.close("}")
            }
            w.close("}")
        }
    }

    /// A small streaming writer into UTF-8 bytes: two-space indentation, one key per line, arrays of
    /// numbers on one line.
    struct Writer {
        var bytes: [UInt8] = []
        var depth = 0
        var first = true
        var afterKey = false
        /// Where full chunks go when streaming; nil keeps everything in `bytes`.
        var sink: ((UnsafeBufferPointer<UInt8>) -> Void)?
        static let chunk = 1 << 16

        /// Hands what is written so far to the sink (when there is one).
        mutating func flush() {
            guard let sink, !bytes.isEmpty else { return }
            bytes.withUnsafeBufferPointer { sink($0) }
            bytes.removeAll(keepingCapacity: true)
        }

        var out: String { String(decoding: bytes, as: UTF8.self) }

        mutating func raw(_ t: StaticString) { bytes.append(contentsOf: UnsafeBufferPointer(start: t.utf8Start, count: t.utf8CodeUnitCount)) }
        mutating func raw(_ t: String) { bytes.append(contentsOf: t.utf8) }
        mutating func newline() {
            bytes.append(0x0A)
            for _ in 0..<depth { bytes.append(UInt8(ascii: " ")); bytes.append(UInt8(ascii: " ")) }
        }
        mutating func separator() { if !first { bytes.append(UInt8(ascii: ",")) }; if depth > 0 { newline() }; first = false }
        mutating func open(_ c: StaticString) { if depth > 0 && !afterKey { separator() }; afterKey = false; raw(c); depth += 1; first = true }
        mutating func close(_ c: StaticString) { depth -= 1; if !first { newline() }; raw(c); first = false }
        mutating func key(_ k: StaticString) { separator(); bytes.append(UInt8(ascii: "\"")); raw(k); raw("\": "); afterKey = true }
        mutating func value(_ v: String) { if !afterKey { separator() }; afterKey = false; raw(v) }
        mutating func int(_ v: Int) {
            if !afterKey { separator() }
            afterKey = false
            digits(v)
        }
        /// Decimal digits written straight into the buffer (no String per number).
        mutating func digits(_ v: Int) {
            if v < 0 { bytes.append(UInt8(ascii: "-")) }
            var m = v.magnitude
            let start = bytes.count
            repeat { bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: m % 10)); m /= 10 } while m > 0
            bytes[start...].reverse()
        }
        mutating func null() { value("null") }
        mutating func string(_ s: String?) {
            guard let s else { null(); return }
            if !afterKey { separator() }
            afterKey = false
            var copy = s
            copy.withUTF8 { escape($0) }
        }
        /// A string straight from the article's bytes.
        mutating func text(_ s: [UInt8], _ r: TextRange, ellipsis: Bool = false) {
            if !afterKey { separator() }
            afterKey = false
            guard ellipsis else { s.withUnsafeBufferPointer { escape(UnsafeBufferPointer(rebasing: $0[r.start..<r.end])) }; return }
            (Array(s[r.start..<r.end]) + Array("…".utf8)).withUnsafeBufferPointer { escape($0) }
        }
        mutating func ints(_ v: [Int]) {
            if !afterKey { separator() }
            afterKey = false
            bytes.append(UInt8(ascii: "["))
            for (k, x) in v.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")); bytes.append(UInt8(ascii: " ")) }
                digits(x)
            }
            bytes.append(UInt8(ascii: "]"))
        }
        mutating func array<T>(_ items: [T], _ body: (inout Writer, T) -> Void) {
            if items.isEmpty { value("[]"); return }
            open("[")
            for item in items {
                body(&self, item)
                if sink != nil && bytes.count >= Writer.chunk { flush() }
            }
            close("]")
        }

        /// Escapes UTF-8 text: quote, backslash, C0 controls, DEL, C1 controls (C2 80–9F), bidi
        /// controls (U+202A–202E, U+2066–2069) and line/paragraph separators (U+2028/2029) as \uXXXX;
        /// runs of other bytes are copied as they are.
        mutating func escape(_ u: UnsafeBufferPointer<UInt8>) {
            bytes.append(UInt8(ascii: "\""))
            let n = u.count
            var i = 0, run = 0
            func flush(_ to: Int) { if to > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<to])) } }
            func hex(_ v: UInt32) {
                bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "u"))
                for shift in stride(from: 12, through: 0, by: -4) {
                    let d = UInt8(truncatingIfNeeded: (v >> UInt32(shift)) & 0xF)
                    bytes.append(d < 10 ? UInt8(ascii: "0") + d : UInt8(ascii: "a") + d - 10)
                }
            }
            while i < n {
                let b = u[i]
                // Fast path: printable ASCII other than quote and backslash, and every byte of
                // a multi-byte character not led by C2 or E2, are copied as they are.
                if b >= UInt8(ascii: " ") && b < 0x7F && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") || b >= 0x80 && b != 0xC2 && b != 0xE2 { i += 1; continue }
                var width = 0
                var code: UInt32 = 0
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < UInt8(ascii: " ") || b == 0x7F {
                    width = 1; code = UInt32(b)
                } else if b == 0xC2, i + 1 < n, u[i + 1] >= 0x80, u[i + 1] <= 0x9F {
                    width = 2; code = UInt32(u[i + 1])
                } else if b == 0xE2, i + 2 < n, u[i + 1] == 0x80, (0xA8...0xAE).contains(u[i + 2]) {
                    width = 3; code = 0x2000 + UInt32(u[i + 2] - 0x80)
                } else if b == 0xE2, i + 2 < n, u[i + 1] == 0x81, (0xA6...0xA9).contains(u[i + 2]) {
                    width = 3; code = 0x2040 + UInt32(u[i + 2] - 0x80)
                }
                if width == 0 { i += 1; continue }
                flush(i)
                switch code {
                case Unicode.Scalar("\"").value: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "\""))
                case Unicode.Scalar("\\").value: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "\\"))
                case Unicode.Scalar("\n").value: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
                case Unicode.Scalar("\t").value: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
                case Unicode.Scalar("\r").value: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
                default: hex(code)
                }
                i += width
                run = i
            }
            flush(n)
            bytes.append(UInt8(ascii: "\""))
        }
    }
}
