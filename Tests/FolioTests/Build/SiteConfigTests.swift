import Testing

@testable import Folio

@Suite struct SiteConfigTests {
    @Test func missingSiteYML() {
        let site = TestSite(["Content/people/a-one.md": TestSite.profile("A One", number: 1)], siteYML: nil)
        #expect(
            site.build().lines == [
                "Content/site.yml:1:1: error: missing Content/site.yml; it needs at least 'title:' and 'base_url:'"
            ])
    }

    @Test func badBaseURLAndUnknownKey() {
        let site = TestSite(siteYML: "title: T\nbase_url: example.org\nlanguag: en\n")
        #expect(
            site.build().lines == [
                "Content/site.yml:2:11: error: 'base_url' must be an absolute http(s) URL such as https://example.org/series/, not 'example.org'",
                "Content/site.yml:3:1: warning: unknown key 'languag'; did you mean 'language'?",
            ])
    }

    @Test func malformedYAML() {
        let lines = TestSite(siteYML: "title: [unclosed\nbase_url: https://x.org/\n").build().lines
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Content/site.yml:") == true)
        #expect(lines.first?.contains("error: invalid YAML") == true)
    }

    @Test func baseURLIsNormalized() {
        #expect(SiteConfig.normalizeBaseURL("https://example.org/series") == "https://example.org/series/")
        #expect(SiteConfig.normalizeBaseURL("ftp://example.org/") == nil)
        #expect(SiteConfig.normalizeBaseURL("https://example.org/?q=1") == nil)
    }

    @Test func noContentFolder() {
        let site = TestSite(siteYML: nil)
        site.remove("Content")
        let lines = site.build().lines
        #expect(lines.count == 1)
        #expect(lines.first?.contains("no Content/ folder") == true)
    }
}
