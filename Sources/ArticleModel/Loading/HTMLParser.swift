import CLibXML2

/// HTML (and XHTML) bytes to an `HTMLDocument` with libxml2's tolerant HTML parser: no network, no DTD,
/// no entity declarations (only HTML's own named entities are decoded), errors repaired silently.
enum HTMLParser {
    /// Attributes kept for later passes (metadata, links, quotes, footnotes).
    static let kept: Set<String> = ["name", "property", "content", "itemprop", "rel", "href", "datetime", "type",
                                    "cite", "role", "epub:type", "charset", "http-equiv", "src", "alt",
                                    "idref", "media-type", "properties", "full-path", "toc"]

    static func parse(_ bytes: [UInt8]) -> HTMLDocument {
        let (encoding, converted) = HTMLEncoding.prepare(bytes)
        let prepared = converted ?? bytes
        // (UTF-16 is left whole: its markup is not ASCII bytes.)
        let raw = encoding?.hasPrefix("UTF-16") == true ? nil : HTMLRawText(prepared, keepNewlines: encoding != nil)
        let builder = HTMLTreeBuilder(source: prepared, raw: raw, exactOffsets: encoding == nil)
        dossier_xml_silence()
        var sax = htmlSAXHandler()
        sax.startElement = { ctx, name, atts in HTMLTreeBuilder.from(ctx).start(name, atts) }
        sax.endElement = { ctx, _ in HTMLTreeBuilder.from(ctx).finish() }
        sax.characters = { ctx, ch, len in HTMLTreeBuilder.from(ctx).characters(ch, Int(len)) }
        sax.ignorableWhitespace = sax.characters
        sax.cdataBlock = { ctx, ch, len in HTMLTreeBuilder.from(ctx).script(ch, Int(len)) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let input = raw?.bytes ?? prepared
        input.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                let user = Unmanaged.passUnretained(builder).toOpaque()
                guard let ctxt = dossier_html_context(chars.baseAddress, Int32(clamping: chars.count), encoding,
                                                      &sax, user, options) else { return }
                builder.context = ctxt
                htmlParseDocument(ctxt)
                builder.context = nil
                htmlFreeParserCtxt(ctxt)
            }
        }
        return builder.finished()
    }
}

/// Collects SAX events into an `HTMLDocument`.
final class HTMLTreeBuilder {
    var doc = HTMLDocument()
    var open: [Int32] = []
    var context: htmlParserCtxtPtr?
    /// The bytes libxml2 reads (script and style bodies cut out, see `HTMLRawText`).
    let source: [UInt8]
    let raw: HTMLRawText?
    /// Whether `xmlByteConsumed` is a cheap exact offset (UTF-8 input); else offsets come from line starts.
    let exactOffsets: Bool
    var lineStarts: [Int] = []

    /// `original` is the page as read (line starts come from it; the cut bytes keep its line breaks).
    init(source original: [UInt8], raw: HTMLRawText?, exactOffsets: Bool) {
        self.source = raw?.bytes ?? original
        self.raw = raw
        self.exactOffsets = exactOffsets
        if !exactOffsets {
            lineStarts = [0]
            for (i, b) in original.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
        }
    }

    static func from(_ ctx: UnsafeMutableRawPointer?) -> HTMLTreeBuilder {
        Unmanaged<HTMLTreeBuilder>.fromOpaque(ctx!).takeUnretainedValue()
    }

    /// Where the parser is in the page, moved back to the '<' of the tag just read when `tagStart`,
    /// or `back` bytes before where it is.
    func offset(tagStart: Bool, back: Int = 0) -> Int {
        guard let context else { return 0 }
        if !exactOffsets {
            let line = Int(dossier_html_line(context)) - 1
            return line >= 0 && line < lineStarts.count ? lineStarts[line] : 0
        }
        var at = min(source.count, max(0, Int(xmlByteConsumed(context))))
        if tagStart {
            var k = at - 1, steps = 0
            while k > 0, source[k] != 0x3C, steps < 4096 { k -= 1; steps += 1 }
            if k >= 0, k < source.count, source[k] == 0x3C { at = k }
        }
        at = max(0, at - back)
        return raw?.original(at) ?? at
    }

    private func append(_ tag: HTMLTag, source: Int) -> Int {
        let i = doc.tag.count
        doc.tag.append(tag)
        doc.parent.append(open.last ?? -1)
        doc.end.append(Int32(i + 1))
        doc.textStart.append(0); doc.textEnd.append(0)
        doc.source.append(source)
        doc.classAndID.append("")
        doc.hidden.append(false)
        return i
    }

    func start(_ name: UnsafePointer<xmlChar>?, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let name else { return }
        let tagName = String(cString: name)
        let tag = HTMLTag.byName[tagName] ?? .other
        let i = append(tag, source: offset(tagStart: true))
        if tag == .other { doc.names[Int32(i)] = tagName }
        var hidden = false
        if let atts {
            var k = 0
            var kept: [String: String] = [:]
            var hint = ""
            while let key = atts[k] {
                // (libxml2's HTML parser gives attribute names in lower case.)
                let attName = String(cString: key)
                let raw = atts[k + 1]
                k += 2
                guard attName == "class" || attName == "id" || attName == "hidden" || attName == "aria-hidden"
                        || attName == "style" || HTMLParser.kept.contains(attName) else { continue }
                switch attName {
                case "class", "id":
                    hint += (hint.isEmpty ? "" : " ") + Self.asciiLowered(raw)
                    if attName == "id" { kept["id"] = raw.map { String(cString: $0) } ?? "" }
                case "hidden":
                    hidden = true
                case "aria-hidden":
                    if let raw, String(cString: raw) == "true" { hidden = true }
                case "style":
                    let v = Self.asciiLowered(raw).utf8.filter { $0 != 0x20 }
                    if Bytes.firstIndex(of: Array("display:none".utf8), in: v) != nil
                        || Bytes.firstIndex(of: Array("visibility:hidden".utf8), in: v) != nil { hidden = true }
                default:
                    kept[attName] = raw.map { String(cString: $0) } ?? ""
                }
            }
            doc.classAndID[i] = hint
            if !kept.isEmpty { doc.attributes[Int32(i)] = kept }
        }
        doc.hidden[i] = hidden
        open.append(Int32(i))
    }

    /// A value with its ASCII letters lowered (class names, ids and styles are ASCII words; the
    /// Unicode-aware `lowercased()` costs more than the rest of reading a tag).
    static func asciiLowered(_ value: UnsafePointer<xmlChar>?) -> String {
        guard let value else { return "" }
        var n = 0
        while value[n] != 0 { n += 1 }
        return String(unsafeUninitializedCapacity: n) { out in
            for k in 0..<n { out[k] = Bytes.lower(value[k]) }
            return n
        }
    }

    func finish() {
        guard let i = open.popLast() else { return }
        doc.end[Int(i)] = Int32(doc.tag.count)
    }

    func characters(_ ch: UnsafePointer<xmlChar>?, _ len: Int) {
        guard let ch, len > 0 else { return }
        // Consecutive calls for one run of text extend one text node.
        let last = doc.tag.count - 1
        if last >= 0, doc.tag[last] == .text, doc.parent[last] == (open.last ?? -1) {
            doc.text.append(contentsOf: UnsafeBufferPointer(start: ch, count: len))
            doc.textEnd[last] = Int32(doc.text.count)
            return
        }
        let i = append(.text, source: offset(tagStart: false, back: exactOffsets ? len : 0))
        doc.textStart[i] = Int32(doc.text.count)
        doc.text.append(contentsOf: UnsafeBufferPointer(start: ch, count: len))
        doc.textEnd[i] = Int32(doc.text.count)
    }

    /// Script and style bodies: kept only for JSON-LD.
    func script(_ ch: UnsafePointer<xmlChar>?, _ len: Int) {
        guard let ch, len > 0, let top = open.last, doc.tag[Int(top)] == .script,
              doc.attribute(Int(top), "type")?.lowercased() == "application/ld+json",
              doc.jsonLD.reduce(0, { $0 + $1.utf8.count }) < 1 << 20 else { return }
        let body = String(decoding: UnsafeBufferPointer(start: ch, count: len), as: UTF8.self)
        if let lastScript = doc.jsonLDOwner, lastScript == top { doc.jsonLD[doc.jsonLD.count - 1] += body } else {
            doc.jsonLD.append(body); doc.jsonLDOwner = top
        }
    }

    func finished() -> HTMLDocument {
        while !open.isEmpty { finish() }
        var d = doc
        d.jsonLDOwner = nil
        return d
    }
}
