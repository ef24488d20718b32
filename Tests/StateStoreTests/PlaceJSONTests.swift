import Foundation
import Testing
@testable import StateStore

/// Places are stored as JSON written and read without Foundation; earlier versions wrote it with
/// Foundation's encoder, and both must read each other's.
@Suite struct PlaceJSONTests {
    let place = SavedPlace(pane: "entities", top: Spot(paragraph: 3, offset: -1), cursor: Spot(paragraph: 4, offset: 120),
                           section: 2, entityRow: 5, entity: "vladimir-putin", detail: "Café \"Ost\"\n\u{1F600}",
                           detailRow: 1, relationRow: 7)

    @Test func writesWhatFoundationsEncoderWroteAndReadsItBack() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let theirs = String(decoding: try encoder.encode(place), as: UTF8.self)
        #expect(PlaceJSON.encode(place) == theirs)
        #expect(PlaceJSON.place(theirs) == place)
        #expect(try JSONDecoder().decode(SavedPlace.self, from: Data(PlaceJSON.encode(place).utf8)) == place)
        let list = [place, SavedPlace(pane: "reader", top: Spot(paragraph: 0, offset: 0), cursor: Spot(paragraph: 0, offset: 0))]
        #expect(PlaceJSON.places(String(decoding: try encoder.encode(list), as: UTF8.self)) == list)
        #expect(PlaceJSON.places(PlaceJSON.encode(list)) == list)
    }

    @Test func readsEscapesSpacesAndKeysItDoesNotKnow() {
        let text = """
            { "pane" : "reader", "top": {"paragraph": 1, "offset": 2}, "cursor": {"paragraph": 1, "offset": 2},
              "section": 0, "entityRow": 0, "detailRow": 0, "relationRow": 0, "entity": "a\\/b \\u00e9 \\ud83d\\ude00",
              "later": [1.5, true, null, {"x": "y"}] }
            """
        #expect(PlaceJSON.place(text)?.entity == "a/b é 😀")
        #expect(PlaceJSON.place(text)?.top == Spot(paragraph: 1, offset: 2))
    }

    @Test func damagedTextIsNoPlace() {
        for text in ["", "{", "{\"pane\": \"reader\"}", "[1, 2", "{\"pane\": \"a\\q\"}", "null", "\"x\" tail",
                     String(repeating: "[", count: 100_000)] {
            #expect(PlaceJSON.place(text) == nil, "\(text.prefix(20))")
        }
        #expect(PlaceJSON.places("[{}]") == nil)
    }
}
