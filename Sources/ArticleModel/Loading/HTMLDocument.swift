/// A parsed HTML page as flat arrays in document order (pre-order): node `i`'s subtree is
/// `i..<end[i]`, so whole-tree passes are loops, never recursion (10,000 nested elements cost nothing).
/// Text nodes keep their bytes in `text`; whitespace is collapsed later, when blocks are made.
struct HTMLDocument {
    var tag: [HTMLTag] = []
    var parent: [Int32] = []
    var end: [Int32] = []
    /// A text node's bytes in `text` (start, end); (0, 0) for elements.
    var textStart: [Int32] = []
    var textEnd: [Int32] = []
    /// Byte offset in the source file where the node starts.
    var source: [Int] = []
    /// Class and id, lowercased and joined by a space; the empty string when neither is set.
    var classAndID: [String] = []
    var hidden: [Bool] = []
    /// The attributes the readers look at (see `HTMLParser.kept`), for the elements that have any.
    var attributes: [Int32: [String: String]] = [:]
    /// The names of `other` elements (an e-book's package and navigation files are read as markup too).
    var names: [Int32: String] = [:]
    var text: [UInt8] = []
    /// The bodies of `<script type="application/ld+json">` (article metadata).
    var jsonLD: [String] = []
    /// The script whose body `jsonLD`'s last entry is (while parsing).
    var jsonLDOwner: Int32?

    var count: Int { tag.count }

    func attribute(_ node: Int, _ name: String) -> String? { attributes[Int32(node)]?[name] }

    /// The node's whole text, whitespace collapsed, dropped and hidden subtrees skipped.
    func plainText(_ node: Int) -> String {
        var out: [UInt8] = []
        var i = node
        let stop = Int(end[node])
        var space = false
        while i < stop {
            if i != node && (tag[i].isDropped || hidden[i]) { i = Int(end[i]); continue }
            if tag[i] == .text {
                for k in Int(textStart[i])..<Int(textEnd[i]) {
                    let b = text[k]
                    if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C { space = true; continue }
                    if space && !out.isEmpty { out.append(0x20) }
                    space = false
                    out.append(b)
                }
            } else if tag[i].isBlock || tag[i] == .br { space = true }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
