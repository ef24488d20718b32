import ArgumentParsing
import ArticleModel

struct SearchCommand: Subcommand {
    static let spec = CommandSpec(
        name: "search",
        abstract: "Search words and word prefixes, ignoring case, accents and compatibility forms (ligatures, full-width letters, soft hyphens).",
        discussion: "The last word of QUERY matches as a prefix; several words must follow each other. Each hit shows its paragraph and a little context with the match marked. With --json: {\"query\", \"hits\": [{\"paragraph\", \"start\", \"end\", \"text\"}]} (byte offsets into the normalised text).",
        items: [.argument(queryArgument), .option(limitOption), .option(.flag("json", help: "Print JSON."))] + ArticleOptions.items)
    static let queryArgument = ArgumentSpec("query", help: "The word(s) to find.")
    // (Takes "-1" as the value, to refuse it, rather than as an option.)
    static let limitOption = OptionSpec.value("limit", help: "Show at most this many hits (1 or more).", takesDashValue: true)
    let query: String
    let limit: Int?
    let json: Bool
    let input: ArticleOptions

    /// (Checked before the file is read: a usage error, like a missing argument.)
    init(_ p: ParsedArguments) throws(UsageError) {
        query = p.argument("query") ?? ""
        limit = try p.read(Self.limitOption) { Int($0) }
        json = p.flag("json")
        input = try ArticleOptions(p)
        if !query.contains(where: { $0.isLetter || $0.isNumber }) {
            throw UsageError("the query has no word to search for (letters or digits)")
        }
        if let limit, limit < 1 { throw UsageError("--limit must be 1 or more") }
    }

    func run() throws {
        let article = try input.article()
        let hits = article.search(query, limit: limit ?? Int.max)
        if json { print(ArticleJSON.search(query, hits, article)); return }
        if article.isEmpty { Output.emptyNotice(input); return }
        let out = Output()
        if hits.isEmpty { print("no hits for \"\(Output.clip(Output.line(query), 80))\""); return }
        for h in hits {
            let p = article.paragraphs[h.paragraph].range
            let before = article.text(TextRange(cut(article.bytes, max(p.start, h.range.start - 40), forward: true), h.range.start))
            let after = article.text(TextRange(h.range.end, cut(article.bytes, min(p.end, h.range.end + 40), forward: false)))
            let lead = h.range.start - 40 > p.start ? "…" : ""
            let tail = h.range.end + 40 < p.end ? "…" : ""
            print(out.bold(Output.paragraphs([h.paragraph])) + "  " + lead + Output.line(before)
                  + out.mark(Output.line(article.text(h.range))) + Output.line(after) + tail)
        }
    }

    /// Moves `i` to a UTF-8 character boundary (forward or backward).
    func cut(_ s: [UInt8], _ i: Int, forward: Bool) -> Int {
        var k = i
        if forward { while k < s.count, s[k] & 0xC0 == 0x80 { k += 1 } } else { while k > 0, k < s.count, s[k] & 0xC0 == 0x80 { k -= 1 } }
        return k
    }
}
