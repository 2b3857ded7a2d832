import Testing

@testable import Folio

@Suite struct TemplateTests {
    @Test func siteTemplateOverridesTheBuiltIn() throws {
        let site = TestSite([
            "Content/people/a-one.md": TestSite.profile("A One", number: 1),
            "Templates/footer.mustache": "<footer class=\"mine\">{{site.title}} · {{site.profileCount}}</footer>\n",
        ])
        #expect(site.build().lines == [])
        #expect(site.read("index.html")?.contains("<footer class=\"mine\">Test Series · 1</footer>") == true)
        #expect(site.read("people/a-one/index.html")?.contains("<footer class=\"mine\">") == true)
    }

    /// A missing optional field is absent, so a section on it shows nothing; the body is always
    /// there, even when it is empty.
    @Test func missingFieldsAreAbsentButTheBodyIsAlwaysThere() throws {
        let site = TestSite([
            "Content/people/a-one.md": TestSite.profile("A One", number: 1, body: ""),
            "Templates/person.mustache":
                "[{{#person.body}}body{{/person.body}}|{{#person.tagline}}tagline{{/person.tagline}}]\n",
        ])
        _ = site.build()
        #expect(site.read("people/a-one/index.html") == "[body|]\n")
    }

    @Test func syntaxErrorNamesTemplateFileAndLine() {
        let site = TestSite([
            "Content/people/a-one.md": TestSite.profile("A One", number: 1),
            "Templates/home.mustache": "<h1>{{site.title}}</h1>\n{{#latest}}\n<p>{{name}}</p>\n{{/oops}}\n",
        ])
        let lines = site.build().lines
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Templates/home.mustache:4:") == true)
        #expect(
            lines.first
                == "Templates/home.mustache:4:1: error: template syntax: '{{/oops}}' closes 'latest', opened at 2:1")
    }

    @Test func missingPartialIsAnError() {
        let site = TestSite([
            "Content/people/a-one.md": TestSite.profile("A One", number: 1),
            "Templates/footer.mustache": "<footer>\n  {{> nothing}}\n</footer>\n",
        ])
        #expect(
            site.build().lines == [
                "Templates/footer.mustache:2:3: error: template 'nothing' does not exist (no Templates/nothing.mustache, no built-in)"
            ])
    }

    @Test func unknownVariablesRenderAsNothing() {
        let site = TestSite([
            "Content/people/a-one.md": TestSite.profile("A One", number: 1),
            "Templates/footer.mustache": "<footer>[{{site.nonexistent}}]</footer>\n",
        ])
        #expect(site.build().lines == [])
        #expect(site.read("index.html")?.contains("<footer>[]</footer>") == true)
    }

    @Test func extraTemplateIsAWarningAndUsableAsPartial() {
        let site = TestSite([
            "Content/people/a-one.md": TestSite.profile("A One", number: 1),
            "Templates/extra.mustache": "<p>extra</p>\n",
            "Templates/footer.mustache": "{{>extra}}\n",
        ])
        #expect(
            site.build().lines == [
                "Templates/extra.mustache:1:1: warning: template 'extra' replaces no built-in template; it can still be used as a partial ({{>extra}})"
            ])
        #expect(site.read("index.html")?.contains("<p>extra</p>") == true)
    }
}
