extension Relations {
    /// A pair's key, whichever way round it is named: lower entity index << 32 | higher (as `countPairs` keys pairs).
    static func pairKey(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }

    /// Ties the knowledge states between entities of the text: a city (or a first-level region) the
    /// gazetteer places in a country the text also names, labelled `city` (or `region`); by pair key
    /// (lower entity index << 32 | higher), as `countPairs` keys pairs. The tables say no city is a
    /// capital, so no `capital` label.
    static func knownTies(_ entities: [Entity], knowledge: Knowledge) -> HashMap<UInt32> {
        var ties = HashMap<UInt32>()
        guard let city = knowledge.knowledgeLabelClass("city"), let region = knowledge.knowledgeLabelClass("region") else { return ties }
        var countries: [String: Int] = [:]
        for (i, e) in entities.enumerated() where e.type == .country { countries[e.name] = i }
        guard !countries.isEmpty else { return ties }
        for (i, e) in entities.enumerated() where e.type == .place {
            guard let place = knowledge.gazetteer.country(ofPlace: Array(e.name.utf8)[...]),
                  let c = countries[place.country] else { continue }
            ties[pairKey(i, c)] = place.isRegion ? region : city
        }
        return ties
    }
}
