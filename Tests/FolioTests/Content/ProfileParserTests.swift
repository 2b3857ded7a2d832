import Foundation
import Testing

@testable import Folio

@Suite struct ProfileParserTests {
    static let settings = ParseSettings(
        basePath: "/", unsafeHTML: false, smartPunctuation: true,
        inventory: {
            var inventory = ContentInventory()
            inventory.allPaths = [
                "people/jane-hart.md", "people/jane-hart.jpg", "people/luis-suarez.md", "static/cv.pdf",
            ]
            // As the scanner lists it: an image in people/ is one of the people's images too.
            inventory.peopleImages["people/jane-hart.jpg"] = ContentFile(
                contentPath: "people/jane-hart.jpg", sitePath: "Content/people/jane-hart.jpg", absolutePath: "/dev/null"
            )
            return inventory
        }())

    static func parse(_ text: String, slug: String = "jane-hart") -> (Profile?, [String]) {
        let file = ContentFile(
            contentPath: "people/\(slug).md", sitePath: "Content/people/\(slug).md", absolutePath: "/dev/null")
        let (profile, diagnostics) = ProfileParser.parse(
            SourceText(path: file.sitePath, text: text), file: file, settings: settings)
        return (profile, diagnostics.map(\.description))
    }

    @Test func readsEveryField() throws {
        let text = """
            ---
            name: Jane  Hart
            number: 63
            date: 2020-12-12
            topics: [Social learning, "Workplace  learning"]
            title: "Jane Hart: learning in the flow of work"
            sort_name: Hart, Jane E.
            summary: She maps how people learn at work.
            tagline: Learning in the flow of work
            location: Bath, England
            photo: jane-hart.jpg
            links:
              - label: Website
                url: https://example.org/jane
            education:
              - school: Example University
                degree: BA
                year: 1978
            awards:
              - name: Example Award
                by: Example Society
                year: 2012
            books:
              - title: Modern Workplace Learning
                year: 2015
                url: https://example.org/book
            draft: false
            aliases: ["/2020/12/jane-hart/", "old/jane.html"]
            ---

            Jane Hart is *an* independent advisor.

            ## Articles by others
            """
        let (profile, diagnostics) = Self.parse(text)
        #expect(diagnostics == [])
        let jane = try #require(profile)
        #expect(jane.slug == "jane-hart")
        #expect(jane.name == "Jane Hart")
        #expect(jane.number == 63)
        #expect(jane.date == SeriesDate(year: 2020, month: 12, day: 12))
        #expect(jane.topics.map(\.name) == ["Social learning", "Workplace learning"])
        #expect(jane.topics.map(\.slug) == ["social-learning", "workplace-learning"])
        #expect(jane.topics[1].location == SourceLocation(file: "Content/people/jane-hart.md", line: 5, column: 27))
        #expect(jane.title == "Jane Hart: learning in the flow of work")
        #expect(jane.sortName == "Hart, Jane E.")
        #expect(jane.summary == "She maps how people learn at work.")
        #expect(jane.tagline == "Learning in the flow of work")
        #expect(jane.location == "Bath, England")
        #expect(jane.photo == Photo(contentPath: "people/jane-hart.jpg", sitePath: "people/jane-hart/photo.jpg"))
        #expect(jane.links == [Profile.Link(label: "Website", url: "https://example.org/jane")])
        #expect(jane.education == [Profile.Education(school: "Example University", degree: "BA", year: 1978)])
        #expect(jane.awards == [Profile.Award(name: "Example Award", by: "Example Society", year: 2012)])
        #expect(
            jane.books == [
                Profile.Book(title: "Modern Workplace Learning", year: 2015, url: "https://example.org/book")
            ])
        #expect(jane.draft == false)
        #expect(jane.aliases.map(\.outputFile) == ["2020/12/jane-hart/index.html", "old/jane.html"])
        #expect(jane.body.markdown.headings.map(\.id) == ["articles-by-others"])
        #expect(jane.body.markdown.headings.first?.line == 33)
    }

    @Test func defaultsForOptionalFields() throws {
        let (profile, diagnostics) = Self.parse(
            "---\nname: Luis Suarez\nnumber: 2\ndate: 2021-01-01\ntags: [KM]\n---\nFirst *paragraph* here.\n\nSecond.\n",
            slug: "luis-suarez")
        #expect(diagnostics == [])
        let luis = try #require(profile)
        #expect(luis.title == "Luis Suarez")
        #expect(luis.sortName == "Suarez, Luis")
        #expect(luis.summary == "First paragraph here.")
        #expect(luis.topics.map(\.name) == ["KM"])  // Hugo/Jekyll's `tags` are topics
        #expect(luis.photo == nil)
        #expect(luis.draft == false)
    }

    @Test func photoIsFoundBySlugWithoutPhotoKey() throws {
        let (profile, _) = Self.parse("---\nname: Jane Hart\nnumber: 1\ndate: 2021-01-01\n---\n")
        #expect(profile?.photo?.contentPath == "people/jane-hart.jpg")
    }

    @Test func unknownKeyIsAWarningWithSuggestion() {
        let (profile, diagnostics) = Self.parse("---\nname: Jane Hart\nnumber: 1\ndate: 2021-01-01\ntopcis: [A]\n---\n")
        #expect(profile != nil)
        #expect(
            diagnostics == [
                "Content/people/jane-hart.md:5:1: warning: unknown key 'topcis'; did you mean 'topics'?"
            ])
    }

    @Test func missingRequiredKeysAreErrorsAtTheFirstLine() {
        let (profile, diagnostics) = Self.parse("---\ntagline: x\n---\nBody\n")
        #expect(profile == nil)
        #expect(
            diagnostics == [
                "Content/people/jane-hart.md:1:1: error: missing required key 'name' (the person's full name)",
                "Content/people/jane-hart.md:1:1: error: missing required key 'number' (the profile's number in the series)",
                "Content/people/jane-hart.md:1:1: error: missing required key 'date' (the publication date, YYYY-MM-DD)",
            ])
    }

    @Test(arguments: [
        (
            "number: zero",
            "Content/people/jane-hart.md:3:9: error: 'number' must be a whole number greater than 0, not 'zero'"
        ),
        (
            "number: 0",
            "Content/people/jane-hart.md:3:9: error: 'number' must be a whole number greater than 0, not '0'"
        ),
        (
            "number: -4",
            "Content/people/jane-hart.md:3:9: error: 'number' must be a whole number greater than 0, not '-4'"
        ),
        ("number: [1]", "Content/people/jane-hart.md:3:9: error: 'number' must be text, not a list"),
    ])
    func badNumbers(line: String, expected: String) {
        let (profile, diagnostics) = Self.parse("---\nname: Jane Hart\n\(line)\ndate: 2021-01-01\n---\n")
        #expect(profile == nil)
        #expect(diagnostics == [expected])
    }

    @Test(arguments: [
        "2024-02-30", "2024-13-01", "12/12/2020", "2020-1-5", "yesterday", "+202-01-01", "2020-+1-01", "2020-01-+1",
    ])
    func badDates(date: String) {
        let (profile, diagnostics) = Self.parse("---\nname: Jane Hart\nnumber: 1\ndate: \(date)\n---\n")
        #expect(profile == nil)
        #expect(
            diagnostics == [
                "Content/people/jane-hart.md:4:7: error: 'date' must be a date written YYYY-MM-DD, such as 2020-12-12, not '\(date)'"
            ])
    }

    @Test func leapDayIsADate() {
        #expect(SeriesDate("2024-02-29") != nil)
        #expect(SeriesDate("2023-02-29") == nil)
        #expect(SeriesDate("2000-02-29") != nil)
        #expect(SeriesDate("1900-02-29") == nil)
    }

    @Test func wrongTypes() {
        let text = """
            ---
            name: [Jane, Hart]
            number: 1
            date: 2021-01-01
            topics: {a: b}
            draft: maybe
            education:
              - degree: BA
            links: https://example.org
            ---
            """
        let (profile, diagnostics) = Self.parse(text)
        #expect(profile == nil)
        #expect(
            diagnostics == [
                "Content/people/jane-hart.md:2:7: error: 'name' must be text, not a list",
                "Content/people/jane-hart.md:5:9: error: 'topics' must be a list, such as [A, B]",
                "Content/people/jane-hart.md:9:8: error: 'links' must be a list of entries, each starting with '- '",
                "Content/people/jane-hart.md:8:5: error: missing required key 'school' (the school's name)",
                "Content/people/jane-hart.md:6:8: error: 'draft' must be true or false, not 'maybe'",
            ])
    }

    @Test func unterminatedFrontMatter() {
        let (profile, diagnostics) = Self.parse("---\nname: Jane Hart\nnumber: 1\n\nBody text\n")
        #expect(profile == nil)
        #expect(
            diagnostics == [
                "Content/people/jane-hart.md:1:1: error: front matter opened with '---' is never closed; add a line '---' after it"
            ])
    }

    @Test func noFrontMatter() {
        let (_, diagnostics) = Self.parse("Just a body.\n")
        #expect(
            diagnostics == [
                "Content/people/jane-hart.md:1:1: error: profile has no front matter; start the file with '---', 'name:', 'number:', 'date:', '---'"
            ])
    }

    @Test func yamlSyntaxErrorIsLocatedInTheFile() throws {
        let (_, diagnostics) = Self.parse("---\nname: Jane Hart\nnumber: 1\ndate: \"2021-01-01\nsummary: x\n---\n")
        let first = try #require(diagnostics.first)
        #expect(first.hasPrefix("Content/people/jane-hart.md:"))
        #expect(first.contains("error: invalid YAML"))
        let line = Int(first.split(separator: ":")[1]) ?? 0
        #expect((4...6).contains(line))
    }

    @Test func tabsInFrontMatter() {
        let (_, diagnostics) = Self.parse(
            "---\nname: Jane Hart\nnumber: 1\ndate: 2021-01-01\nlinks:\n\t- url: https://x.org\n---\n")
        #expect(
            diagnostics == [
                "Content/people/jane-hart.md:6:1: error: YAML does not allow tabs for indentation; use spaces"
            ])
    }

    @Test func badSlugIsAnError() {
        let (_, diagnostics) = Self.parse("---\nname: Jane Hart\nnumber: 1\ndate: 2021-01-01\n---\n", slug: "Jane Hart")
        #expect(
            diagnostics == [
                "Content/people/Jane Hart.md: error: file name 'Jane Hart.md' is not a valid slug (lowercase a-z, 0-9 and '-'); rename it to 'jane-hart.md'"
            ])
    }

    @Test func topicThatSlugifiesToNothing() {
        let (_, diagnostics) = Self.parse(
            "---\nname: Jane Hart\nnumber: 1\ndate: 2021-01-01\ntopics: [\"...\", ok]\n---\n")
        #expect(
            diagnostics == [
                "Content/people/jane-hart.md:5:10: error: topic '...' has no letters or digits to make its address from; write it with some"
            ])
    }

    @Test func photoOutsideContentAndMissingPhoto() {
        let (_, outside) = Self.parse(
            "---\nname: Jane Hart\nnumber: 1\ndate: 2021-01-01\nphoto: ../../etc/passwd\n---\n")
        #expect(
            outside == [
                "Content/people/jane-hart.md:5:8: error: photo '../../etc/passwd' must be a file inside Content/, given relative to this profile"
            ])
        let (_, missing) = Self.parse("---\nname: Jane Hart\nnumber: 1\ndate: 2021-01-01\nphoto: nope.png\n---\n")
        #expect(
            missing == [
                "Content/people/jane-hart.md:5:8: error: photo 'nope.png' matches no file; it is read relative to Content/people/"
            ])
    }

    @Test func aliasesThatEscapeAreErrors() {
        let (_, diagnostics) = Self.parse(
            "---\nname: Jane Hart\nnumber: 1\ndate: 2021-01-01\naliases: [\"../../evil/\", \"a/./b\"]\n---\n")
        #expect(
            diagnostics == [
                "Content/people/jane-hart.md:5:11: error: alias '../../evil/' is not a usable path inside the site; write it like '2020/12/old-name/'",
                "Content/people/jane-hart.md:5:26: error: alias 'a/./b' is not a usable path inside the site; write it like '2020/12/old-name/'",
            ])
    }

    @Test func unsafeLinkURLsAreErrors() {
        let (_, diagnostics) = Self.parse(
            "---\nname: Jane Hart\nnumber: 1\ndate: 2021-01-01\nlinks:\n  - label: x\n    url: javascript:alert(1)\n---\n"
        )
        #expect(
            diagnostics == [
                "Content/people/jane-hart.md:7:10: error: 'url' must be a web address starting with https:// or http:// (or mailto:), not 'javascript:alert(1)'"
            ])
    }
}
