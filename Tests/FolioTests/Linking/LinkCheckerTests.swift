import Testing

@testable import Folio

@Suite struct LinkCheckerTests {
    static func build(_ body: String, extra: [String: String] = [:]) -> [String] {
        var files = [
            "Content/people/jane-hart.md": TestSite.profile("Jane Hart", number: 1, body: body),
            "Content/people/luis-suarez.md": TestSite.profile("Luis Suarez", number: 2, body: "## Ideas\n\nText."),
            "Content/pages/about.md": "---\ntitle: About\n---\n\n## History\n",
        ]
        files.merge(extra) { $1 }
        return TestSite(files).build(write: false).lines
    }

    @Test func validLinksPass() {
        #expect(
            Self.build(
                "[a](luis-suarez.md) [b](luis-suarez.md#ideas) [c](../pages/about.md#history) [d](#top-level) [e](https://x.org/a.md) [f](jane-hart.md)\n\n## Top level"
            ) == [])
    }

    @Test func missingTargetIsLocated() {
        #expect(
            Self.build("Intro.\n\nSee [Luis](luis-suarz.md).") == [
                "Content/people/jane-hart.md:9:12: error: link target 'luis-suarz.md' matches no content file"
            ])
    }

    @Test func missingFragmentsAreLocatedWithSuggestion() {
        #expect(
            Self.build("[a](luis-suarez.md#idea) [b](../pages/about.md#nope) [c](#nowhere)") == [
                "Content/people/jane-hart.md:7:5: error: link fragment '#idea' matches no heading id in 'people/luis-suarez.md'; did you mean '#ideas'?",
                "Content/people/jane-hart.md:7:30: error: link fragment '#nope' matches no heading id in 'pages/about.md'",
                "Content/people/jane-hart.md:7:58: error: link fragment '#nowhere' matches no heading id on this page",
            ])
    }

    @Test func linksOutsideContentAndToUnpublishedFiles() {
        #expect(
            Self.build("[a](../../secret.md) [b](notes.txt)") == [
                "Content/people/jane-hart.md:7:5: error: link target '../../secret.md' is outside Content/",
                "Content/people/jane-hart.md:7:26: error: link target 'notes.txt' matches no content file; files that pages link to (images, PDFs) belong in Content/static/",
            ])
    }

    @Test func linkToATopicWithoutProfilesIsAnError() {
        #expect(
            Self.build("[t](../topics/ghost.md)") == [
                "Content/people/jane-hart.md:7:5: error: link target '../topics/ghost.md' matches no content file"
            ])
    }

    @Test func selfLinksAndCyclesAreFine() {
        let site = TestSite([
            "Content/people/a-one.md": TestSite.profile("A One", number: 1, body: "[me](a-one.md) [b](b-two.md)"),
            "Content/people/b-two.md": TestSite.profile("B Two", number: 2, body: "[a](a-one.md)"),
        ])
        #expect(site.build().lines == [])
        #expect(site.read("people/a-one/index.html")?.contains("Mentioned in") == true)
        #expect(site.read("people/b-two/index.html")?.contains("Mentioned in") == true)
    }

    /// "Mentioned in" lists each profile that links here once, in series order (whatever order
    /// the files are read in), and neither the page itself nor pages that are not profiles.
    @Test func mentionsAreEachProfileOnceInSeriesOrder() {
        let site = TestSite([
            // File names in the opposite order to the numbers.
            "Content/people/a-three.md": TestSite.profile(
                "A Three", number: 3, body: "[c](c-one.md) [again](c-one.md#main) [me](a-three.md)"),
            "Content/people/b-two.md": TestSite.profile("B Two", number: 2, body: "[c](c-one.md)"),
            "Content/people/c-one.md": TestSite.profile("C One", number: 1, body: "[me](c-one.md) [a](a-three.md)"),
            "Content/people/d-four.md": TestSite.profile("D Four", number: 4, body: "No links."),
            "Content/pages/about.md": "---\ntitle: About\n---\n\n[c](../people/c-one.md)\n",
        ])
        #expect(site.build().lines == [])
        func mentions(_ slug: String) -> [String] {
            guard let page = site.read("people/\(slug)/index.html"), let start = page.range(of: "Mentioned in")
            else { return [] }
            return page[start.upperBound...].components(separatedBy: "</ul>")[0]
                .components(separatedBy: "(No. ").dropFirst().map { String($0.prefix { $0 != ")" }) }
        }
        #expect(mentions("c-one") == ["2", "3"])
        #expect(mentions("a-three") == ["1"])
        #expect(mentions("b-two") == [])
        #expect(mentions("d-four") == [])
    }
}
