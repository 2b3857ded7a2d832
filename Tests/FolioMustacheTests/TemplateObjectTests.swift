import Testing

@testable import FolioMustache

/// Named values as a short list of numbered keys: they must behave as a dictionary would.
@Suite struct TemplateObjectTests {
    @Test func aNameIsNumberedOnce() {
        let first = TemplateKey("title")
        #expect(TemplateKey("title") == first)
        #expect(TemplateKey("Title") != first)
        #expect(TemplateKey("title.x") != first)
        #expect(first.name == "title")
        #expect(TemplateKey("Zoë").name == "Zoë")
    }

    @Test func settingReplacesAndNilRemoves() {
        let (a, b, c) = (TemplateKey("a"), TemplateKey("b"), TemplateKey("c"))
        var object = TemplateObject()
        object[a] = 1
        object[b] = "two"
        object[a] = 3
        #expect(object.count == 2)
        #expect(object[a] == 3)
        #expect(object[b] == "two")
        #expect(object[c] == nil)
        object[a] = nil
        object[c] = nil
        #expect(object.count == 1)
        #expect(object[a] == nil)
        #expect(object.entries.map(\.key) == [b])
    }

    /// Against a dictionary, on random sets and removals.
    @Test func behavesAsADictionary() {
        var random = ReferenceComparisonTests.SeededGenerator(state: 11)
        let keys = (0..<12).map { TemplateKey("k\($0)") }
        for _ in 0..<200 {
            var object = TemplateObject()
            var dictionary: [TemplateKey: Int] = [:]
            for _ in 0..<30 {
                let key = keys.randomElement(using: &random)!
                let value = Bool.random(using: &random) ? Int.random(in: 0..<5, using: &random) : nil
                object[key] = value.map { .number($0) }
                dictionary[key] = value
            }
            #expect(object.count == dictionary.count)
            for key in keys { #expect(object[key] == dictionary[key].map { .number($0) }) }
        }
    }

    @Test func equalityIgnoresOrder() {
        let one: TemplateValue = ["a": 1, "b": "x"]
        let other: TemplateValue = ["b": "x", "a": 1]
        #expect(one == other)
        #expect(one != ["a": 1, "b": "y"])
        #expect(one != ["a": 1])
        #expect(one != ["a": 1, "b": "x", "c": true])
        // A name written twice keeps its last value, in either kind of literal.
        #expect(["a": 1, "a": 2] as TemplateValue == ["a": 2])
        let a = TemplateKey("a")
        let object: TemplateObject = [a: 1, a: 2]
        #expect(object.count == 1)
        #expect(object[a] == 2)
    }
}
