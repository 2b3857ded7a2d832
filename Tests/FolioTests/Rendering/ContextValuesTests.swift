import FolioMustache
import Testing

@testable import Folio

/// The rules contexts are built by: no empty text, no nil; lists kept even when empty.
@Suite struct ContextValuesTests {
    @Test func emptyAndMissingValuesAreLeftOut() {
        var values = Context()
        values.add(.title, "")
        values.add(.tagline, nil as String?)
        values.add(.number, nil as Int?)
        values.add(.photo, nil as Context?)
        values.add(.topics, items: [])
        values.add(.name, "Ann")
        values.add(.isHome, false)
        #expect(values[.title] == nil)
        #expect(values[.tagline] == nil)
        #expect(values[.number] == nil)
        #expect(values[.photo] == nil)
        #expect(values[.topics] == .list([]))
        #expect(values[.name] == "Ann")
        #expect(values[.isHome] == false)
        // The boxed form follows the same rules.
        #expect(
            context([.title: "", .tagline: nil as String?, .topics: [Context](), .name: "Ann"])
                == values.without(.isHome))
    }

    @Test func addingNothingLeavesAValueThere() {
        var values = Context()
        values.add(.photo, Context())
        values.add(.photo, nil as Context?)
        values.add(.name, "Ann")
        values.add(.name, "")
        #expect(values[.photo] == .object(Context()))
        #expect(values[.name] == "Ann")
    }
}

extension TemplateObject {
    fileprivate func without(_ key: TemplateKey) -> TemplateObject {
        var copy = self
        copy[key] = nil
        return copy
    }
}
