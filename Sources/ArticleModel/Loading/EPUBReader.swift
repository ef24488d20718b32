/// EPUB 2 and 3: the chapters of the spine in reading order, each read whole through the HTML reader
/// (no extraction: every chapter is content), the table of contents (EPUB 3 navigation document, else
/// the EPUB 2 NCX) as level-1 sections, and the package's title and authors.
/// Refused: archives whose entries inflate past `EPUBArchive` limits (zip bombs), entries whose paths
/// leave the archive (`../`, absolute), and books with no readable chapter. Missing chapters are skipped.
enum EPUBReader {
    static func read(_ bytes: [UInt8]) throws(MarkupError) -> MarkupDocument {
        let archive = try EPUBArchive(bytes)
        guard let container = try archive.bytes("META-INF/container.xml") else { throw .archive("EPUB: no META-INF/container.xml") }
        let containerDoc = HTMLParser.parse(container)
        guard let rootNode = containerDoc.elements(named: "rootfile").first,
              let packagePath = containerDoc.attribute(rootNode, "full-path").flatMap({ EPUBArchive.resolve($0, relativeTo: "") }),
              let packageBytes = try archive.bytes(packagePath) else {
            throw .archive("EPUB: the package file named in META-INF/container.xml is missing")
        }
        let package = EPUBPackage(HTMLParser.parse(packageBytes), path: packagePath)
        var doc = MarkupDocument(format: .epub, title: package.title, byline: package.authors.joined(separator: ", "),
                                 date: package.date)
        var firstBlock: [String: Int] = [:]
        var missing: [String] = []
        for path in package.spine {
            guard let chapter = try archive.bytes(path) else { missing.append(path); continue }
            firstBlock[path] = doc.blocks.count
            for var b in HTMLReader.blocks(HTMLParser.parse(chapter), extract: false) {
                // (An offset inside a compressed entry names no place in the file: the chapter's entry does.)
                b.source = archive.archive[path]?.localHeader ?? 0
                doc.blocks.append(b)
            }
        }
        if doc.blocks.isEmpty {
            throw .archive(missing.isEmpty ? "EPUB: the spine names no chapter with text"
                                           : "EPUB: none of the spine's \(missing.count) chapter file(s) is in the archive (first: \(missing[0]))")
        }
        for entry in try package.tableOfContents(archive) {
            if let block = firstBlock[entry.path] { doc.outline.append((block, entry.title)) }
        }
        doc.outline.sort { $0.block < $1.block }
        return doc
    }
}

/// The zip archive of an e-book, read with limits: at most `entryLimit` bytes an entry and `totalLimit`
/// in all (by the sizes the archive declares and by what actually inflates), at most `ratioLimit` times
/// smaller compressed for entries over 1 MB, no entry path outside the archive.
struct EPUBArchive {
    static let entryLimit = 64 << 20
    static let totalLimit = 256 << 20
    static let ratioLimit = 200
    let archive: ZipArchive
    private let read = Counter()

    final class Counter { var bytes = 0 }

    init(_ bytes: [UInt8]) throws(MarkupError) {
        do { archive = try ZipArchive(bytes) } catch {
            throw .archive("EPUB: not a readable zip archive")
        }
        var declared = 0
        for entry in archive.entries {
            if EPUBArchive.resolve(entry.path, relativeTo: "") == nil {
                throw .archive("EPUB: entry '\(entry.path)' points outside the archive; refused")
            }
            declared += entry.uncompressedSize
            if entry.uncompressedSize > EPUBArchive.entryLimit || declared > EPUBArchive.totalLimit
                || entry.uncompressedSize > 1 << 20 && entry.uncompressedSize / max(1, entry.compressedSize) > EPUBArchive.ratioLimit {
                throw .archive("EPUB: entries inflate to more than the limits (\(EPUBArchive.entryLimit >> 20) MB an entry, \(EPUBArchive.totalLimit >> 20) MB in all): a zip bomb? refused")
            }
        }
    }

    /// The bytes of the entry at `path`, or nil when there is none (or it cannot be read).
    func bytes(_ path: String) throws(MarkupError) -> [UInt8]? {
        guard let entry = archive[path], !entry.isDirectory else { return nil }
        // Sizes in the headers can lie: what inflates counts too.
        let limit = min(EPUBArchive.entryLimit, EPUBArchive.totalLimit - read.bytes)
        do throws(ZipArchive.Failure) {
            let out = try archive.contents(of: entry, limit: limit)
            read.bytes += out.count
            return out
        } catch .tooLarge {
            throw .archive("EPUB: '\(path)' inflates past the limits: a zip bomb? refused")
        } catch {
            return nil
        }
    }

    /// `%XX` escapes decoded; nil when an escape is malformed or the bytes are not UTF-8.
    static func percentDecoded(_ s: String) -> String? {
        var out: [UInt8] = []
        var it = s.utf8.makeIterator()
        while let b = it.next() {
            guard b == UInt8(ascii: "%") else { out.append(b); continue }
            guard let h = it.next(), let l = it.next(), let v = UInt8(String(decoding: [h, l], as: UTF8.self), radix: 16)
            else { return nil }
            out.append(v)
        }
        return String(validating: out, as: UTF8.self)
    }

    /// `href` (percent-encoded, relative to the folder of `base`) as a path in the archive; nil when it leaves it.
    static func resolve(_ href: String, relativeTo base: String) -> String? {
        let file = (href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? href)
        let decoded = percentDecoded(file) ?? file
        if decoded.hasPrefix("/") { return nil }
        var parts = base.split(separator: "/").map(String.init)
        if !parts.isEmpty { parts.removeLast() }
        for p in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if p == "." { continue }
            if p == ".." {
                if parts.isEmpty { return nil }
                parts.removeLast()
                continue
            }
            parts.append(String(p))
        }
        return parts.joined(separator: "/")
    }
}

/// An OPF package document: metadata, manifest, spine and where its table of contents is.
struct EPUBPackage {
    var title: String?
    var authors: [String] = []
    var date: String?
    /// Archive paths of the spine's documents, in reading order.
    var spine: [String] = []
    var navPath: String?
    var ncxPath: String?

    init(_ doc: HTMLDocument, path: String) {
        var manifest: [String: (href: String, type: String, properties: String)] = [:]
        for i in doc.elements(named: "item") {
            guard let id = doc.attribute(i, "id"), let href = doc.attribute(i, "href") else { continue }
            manifest[id] = (href, doc.attribute(i, "media-type") ?? "", doc.attribute(i, "properties") ?? "")
        }
        title = doc.elements(named: "dc:title").first.map { doc.plainText($0) }
        authors = doc.elements(named: "dc:creator").map { doc.plainText($0) }.filter { !$0.isEmpty }
        date = doc.elements(named: "dc:date").first.map { doc.plainText($0) }
        for i in doc.elements(named: "itemref") {
            guard let id = doc.attribute(i, "idref"), let item = manifest[id],
                  let p = EPUBArchive.resolve(item.href, relativeTo: path) else { continue }
            spine.append(p)
        }
        if let nav = manifest.values.first(where: { $0.properties.split(separator: " ").contains("nav") }) {
            navPath = EPUBArchive.resolve(nav.href, relativeTo: path)
        }
        let tocID = doc.elements(named: "spine").first.flatMap { doc.attribute($0, "toc") }
        if let ncx = tocID.flatMap({ manifest[$0] }) ?? manifest.values.first(where: { $0.type == "application/x-dtbncx+xml" }) {
            ncxPath = EPUBArchive.resolve(ncx.href, relativeTo: path)
        }
    }

    /// The top level of the table of contents: titles and the archive paths they point at.
    func tableOfContents(_ archive: EPUBArchive) throws(MarkupError) -> [(title: String, path: String)] {
        if let navPath, let bytes = try archive.bytes(navPath) {
            let nav = HTMLParser.parse(bytes)
            let navs = (0..<nav.count).filter { nav.tag[$0] == .nav }
            let toc = navs.first { (nav.attribute($0, "epub:type") ?? "").contains("toc") } ?? navs.first
            if let toc {
                var out: [(String, String)] = []
                for li in toc..<Int(nav.end[toc]) where nav.tag[li] == .li && nav.depth(of: li, among: .li, below: toc) == 0 {
                    guard let a = (li..<Int(nav.end[li])).first(where: { nav.tag[$0] == .a }),
                          let href = nav.attribute(a, "href"), let p = EPUBArchive.resolve(href, relativeTo: navPath) else { continue }
                    out.append((nav.plainText(a), p))
                }
                if !out.isEmpty { return out }
            }
        }
        guard let ncxPath, let bytes = try archive.bytes(ncxPath) else { return [] }
        let ncx = HTMLParser.parse(bytes)
        var out: [(String, String)] = []
        for point in ncx.elements(named: "navpoint") where ncx.depth(of: point, named: "navpoint") == 0 {
            let range = point..<Int(ncx.end[point])
            guard let label = range.first(where: { ncx.names[Int32($0)] == "navlabel" }),
                  let content = range.first(where: { ncx.names[Int32($0)] == "content" }),
                  let src = ncx.attribute(content, "src"), let p = EPUBArchive.resolve(src, relativeTo: ncxPath) else { continue }
            out.append((ncx.plainText(label), p))
        }
        return out
    }
}

extension HTMLDocument {
    /// Elements of an unknown (non-HTML) name, in document order.
    func elements(named name: String) -> [Int] {
        names.filter { $0.value == name }.map { Int($0.key) }.sorted()
    }

    /// How many ancestors of `node` (below `top`, if given) are `tag` elements.
    func depth(of node: Int, among tag: HTMLTag, below top: Int = -1) -> Int {
        var n = 0, a = Int(parent[node])
        while a > top { if self.tag[a] == tag { n += 1 }; a = Int(parent[a]) }
        return n
    }

    /// How many ancestors of `node` have the unknown element name `name`.
    func depth(of node: Int, named name: String) -> Int {
        var n = 0, a = Int(parent[node])
        while a >= 0 { if names[Int32(a)] == name { n += 1 }; a = Int(parent[a]) }
        return n
    }
}
