import Testing

@testable import Folio

@Suite struct YAMLFieldsTests {
    private static func fields(_ yaml: String) -> YAMLFields {
        YAMLFields.parse(
            yaml, file: "Content/people/a.md", firstLine: 2,
            origin: SourceLocation(file: "Content/people/a.md", line: 1, column: 1))
    }

    /// The accepted addresses come back as written; the refused ones are errors.
    @Test(arguments: [
        ("https://example.org/a", true), ("HTTPS://EXAMPLE.ORG", true), ("Http://x", true),
        ("mailto:ann@example.org", true), ("MailTo:ann@example.org", true), ("/about/", true),
        ("people/ann.md", true), ("a/b:c", true), ("notes", true), ("https://例え.jp/パス", true),
        ("javascript:alert(1)", false), ("JavaScript:alert(1)", false), ("a:b/c", false), ("ftp://x", false),
        ("https://x y", false), ("data:text/html,x", false), ("https:/x", false), ("httpsx://x", false),
    ])
    func webAddresses(raw: String, accepted: Bool) {
        var fields = Self.fields("url: \"\(raw)\"")
        let address = fields.webAddress("url")
        #expect(address == (accepted ? raw : nil))
        #expect(fields.diagnostics.count == (accepted ? 0 : 1))
    }

    @Test func keysAreFoundWhereverTheyAreAndUnknownOnesWarnedInOrder() {
        var fields = Self.fields("b: 2\nzz: x\na: 1\nyy: y\n")
        #expect(fields.has("a") && fields.has("b") && !fields.has("c"))
        #expect(fields.string("a") == "1")
        #expect(fields.string("b") == "2")
        #expect(fields.string("c") == nil)
        #expect(fields.location(ofValue: "a").line == 4)
        #expect(fields.location(ofKey: "yy").line == 5)
        fields.warnAboutUnknownKeys(known: ["a", "b"])
        #expect(
            fields.diagnostics.map(\.message) == [
                "unknown key 'zz'; known keys: a, b", "unknown key 'yy'; known keys: a, b",
            ])
    }
}
