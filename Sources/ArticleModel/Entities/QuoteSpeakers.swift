/// Links each block quote's source to its entity: the mention, in the paragraph that introduces the
/// quote, whose words are the source's or hold them ("the Financial Times" is the entity Financial
/// Times; "Andrey Denisov" the person). A quote whose source is not a found entity keeps its source
/// as written and no speaker.
enum QuoteSpeakers {
    static func assign(_ article: inout Article) {
        guard !article.quotes.isEmpty, !article.mentions.isEmpty else { return }
        let firstMention = firstMentionOfParagraph(article)
        for q in article.quotes.indices {
            guard let source = article.quotes[q].source, let first = article.quotes[q].paragraphs.min(), first > 0
            else { continue }
            let intro = first - 1
            let wanted = Array(source.utf8)
            var m = firstMention[intro], speaker: Int?
            while m >= 0, m < article.mentions.count, article.mentions[m].paragraph == intro {
                let r = article.mentions[m].range
                let said = article.bytes[r.start..<r.end]
                if contains(wanted[...], said) || contains(said, wanted[...]) { speaker = article.mentions[m].entity }
                m += 1
            }
            article.quotes[q].speaker = speaker
        }
    }

    /// For each paragraph, its first mention's index, or -1 (mentions are in reading order).
    static func firstMentionOfParagraph(_ a: Article) -> [Int] {
        var first = [Int](repeating: -1, count: a.paragraphs.count)
        for (i, m) in a.mentions.enumerated().reversed() where a.paragraphs.indices.contains(m.paragraph) {
            first[m.paragraph] = i
        }
        return first
    }

    /// Whether `needle` occurs in `hay`, at word boundaries.
    static func contains(_ hay: ArraySlice<UInt8>, _ needle: ArraySlice<UInt8>) -> Bool {
        guard !needle.isEmpty, needle.count <= hay.count else { return false }
        let h = Array(hay), n = Array(needle)
        for start in 0...(h.count - n.count) where h[start..<(start + n.count)].elementsEqual(n) {
            let before = start == 0 || !Bytes.isWordByte(h[start - 1])
            let after = start + n.count == h.count || !Bytes.isWordByte(h[start + n.count])
            if before && after { return true }
        }
        return false
    }
}
