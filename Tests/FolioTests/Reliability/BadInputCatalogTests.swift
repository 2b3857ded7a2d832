import Foundation
import Testing

@testable import Folio

/// One bad input: what is done to a good site, the exact diagnostics the build must give
/// (sorted as printed), and whether the build still succeeds (warnings only).
struct BadInput: Sendable, CustomTestStringConvertible {
    var name: String
    var change: @Sendable (TestSite) -> Void
    var expected: [String]
    var succeeds = false

    var testDescription: String { name }

    init(
        _ name: String, expected: [String], succeeds: Bool = false, change: @escaping @Sendable (TestSite) -> Void
    ) {
        self.name = name
        self.change = change
        self.expected = expected
        self.succeeds = succeeds
    }

    /// Replaces one profile's file with `text`.
    static func profile(
        _ name: String, _ text: String, file: String = "ann-lee.md", expected: [String], succeeds: Bool = false
    ) -> BadInput {
        BadInput(name, expected: expected, succeeds: succeeds) { site in site.write("Content/people/" + file, text) }
    }

    /// (The bytes are made when the case runs: kept in a static list, LeakSanitizer would take
    /// them for a leak, as it cannot see Data's tagged pointers.)
    static func bytes(
        _ name: String, _ data: @autoclosure @escaping @Sendable () -> Data, expected: [String], succeeds: Bool = false
    ) -> BadInput {
        BadInput(name, expected: expected, succeeds: succeeds) { site in site.write("Content/people/ann-lee.md", data())
        }
    }
}

/// Every bad input gets its exact, located diagnostic; a build with errors exits with failure
/// (`report.succeeded` is what `folio build` turns into its exit status) and leaves the
/// previous `Output/` byte for byte as it was.
@Suite struct BadInputCatalogTests {
    /// A good series: three profiles that link to each other, a topic file, a page.
    static func goodSite() -> TestSite {
        TestSite([
            "Content/people/ann-lee.md": TestSite.profile(
                "Ann Lee", number: 1, extra: "topics: [Design]\ntagline: Designer", body: "Ann met [Ben](ben-ray.md)."),
            "Content/people/ben-ray.md": TestSite.profile(
                "Ben Ray", number: 2, extra: "topics: [Design, Mentoring]", body: "Ben.\n\n## Work\n\nWork."),
            "Content/people/cy-ito.md": TestSite.profile("Cy Ito", number: 3, body: "Cy read [Ann](ann-lee.md)."),
            "Content/topics/design.md": "---\nname: Design\n---\nAbout design.\n",
            "Content/pages/about.md": "---\ntitle: About\n---\nAbout the series.\n",
        ])
    }

    static let p = "Content/people/ann-lee.md"

    static let cases: [BadInput] = frontMatter + bytes + namesAndPaths + links + templates + settings

    static let frontMatter: [BadInput] = [
        .profile(
            "unterminated front matter", "---\nname: Ann Lee\nnumber: 1\n",
            expected: [
                "Content/people/ann-lee.md:1:1: error: front matter opened with '---' is never closed; add a line '---' after it"
            ]),
        .profile(
            "not YAML", "---\nname: [Ann\nnumber: 1\ndate: 2024-01-01\n---\nText.\n",
            expected: [
                "Content/people/ann-lee.md:3:7: error: invalid YAML: did not find expected ',' or ']'"
            ]),
        .profile(
            "tab indentation", "---\nname: Ann Lee\n\tnumber: 1\ndate: 2024-01-01\n---\n",
            expected: [
                "Content/people/ann-lee.md:3:1: error: YAML does not allow tabs for indentation; use spaces"
            ]),
        .profile(
            "name is a list", "---\nname: [Ann, Lee]\nnumber: 1\ndate: 2024-01-01\n---\n",
            expected: [
                "Content/people/ann-lee.md:2:7: error: 'name' must be text, not a list"
            ]),
        .profile(
            "name is empty", "---\nname: \"\"\nnumber: 1\ndate: 2024-01-01\n---\n",
            expected: [
                "Content/people/ann-lee.md:2:7: error: 'name' must not be empty"
            ]),
        .profile(
            "number is text", "---\nname: Ann Lee\nnumber: one\ndate: 2024-01-01\n---\n",
            expected: [
                "Content/people/ann-lee.md:3:9: error: 'number' must be a whole number greater than 0, not 'one'"
            ]),
        .profile(
            "number is zero", "---\nname: Ann Lee\nnumber: 0\ndate: 2024-01-01\n---\n",
            expected: [
                "Content/people/ann-lee.md:3:9: error: 'number' must be a whole number greater than 0, not '0'"
            ]),
        .profile(
            "number is negative", "---\nname: Ann Lee\nnumber: -3\ndate: 2024-01-01\n---\n",
            expected: [
                "Content/people/ann-lee.md:3:9: error: 'number' must be a whole number greater than 0, not '-3'"
            ]),
        .profile(
            "number is a fraction", "---\nname: Ann Lee\nnumber: 1.5\ndate: 2024-01-01\n---\n",
            expected: [
                "Content/people/ann-lee.md:3:9: error: 'number' must be a whole number greater than 0, not '1.5'"
            ]),
        .profile(
            "number is used twice", "---\nname: Ann Lee\nnumber: 2\ndate: 2024-01-01\n---\n",
            expected: [
                "Content/people/ann-lee.md:3:9: error: number 2 is also used by Content/people/ben-ray.md; each profile needs its own number",
                "Content/people/ben-ray.md:3:9: error: number 2 is also used by Content/people/ann-lee.md; each profile needs its own number",
            ]),
        .profile(
            "date is not a date", "---\nname: Ann Lee\nnumber: 1\ndate: yesterday\n---\n",
            expected: [
                "Content/people/ann-lee.md:4:7: error: 'date' must be a date written YYYY-MM-DD, such as 2020-12-12, not 'yesterday'"
            ]),
        .profile(
            "date does not exist", "---\nname: Ann Lee\nnumber: 1\ndate: 2024-02-30\n---\n",
            expected: [
                "Content/people/ann-lee.md:4:7: error: 'date' must be a date written YYYY-MM-DD, such as 2020-12-12, not '2024-02-30'"
            ]),
        .profile(
            "date month 13", "---\nname: Ann Lee\nnumber: 1\ndate: 2024-13-01\n---\n",
            expected: [
                "Content/people/ann-lee.md:4:7: error: 'date' must be a date written YYYY-MM-DD, such as 2020-12-12, not '2024-13-01'"
            ]),
        .profile(
            "name missing", "---\nnumber: 1\ndate: 2024-01-01\n---\n",
            expected: [
                "Content/people/ann-lee.md:1:1: error: missing required key 'name' (the person's full name)"
            ]),
        .profile(
            "number missing", "---\nname: Ann Lee\ndate: 2024-01-01\n---\n",
            expected: [
                "Content/people/ann-lee.md:1:1: error: missing required key 'number' (the profile's number in the series)"
            ]),
        .profile(
            "date missing", "---\nname: Ann Lee\nnumber: 1\n---\n",
            expected: [
                "Content/people/ann-lee.md:1:1: error: missing required key 'date' (the publication date, YYYY-MM-DD)"
            ]),
        .profile(
            "empty file", "",
            expected: [
                "Content/people/ann-lee.md:1:1: error: profile has no front matter; start the file with '---', 'name:', 'number:', 'date:', '---'"
            ]),
        .profile(
            "no front matter", "Just text.\n",
            expected: [
                "Content/people/ann-lee.md:1:1: error: profile has no front matter; start the file with '---', 'name:', 'number:', 'date:', '---'"
            ]),
        .profile(
            "only front matter", "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\n---\n", expected: [],
            succeeds: true),
        .profile(
            "front matter is a list", "---\n- name\n- number\n---\nText.\n",
            expected: [
                "Content/people/ann-lee.md:2:1: error: expected 'key: value' lines here"
            ]),
        .profile(
            "unknown key", "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\ntagLine: Designer\n---\n",
            expected: [
                "Content/people/ann-lee.md:5:1: warning: unknown key 'tagLine'; did you mean 'tagline'?"
            ],
            succeeds: true),
        .profile(
            "topics is a mapping", "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\ntopics: {a: b}\n---\n",
            expected: [
                "Content/people/ann-lee.md:5:9: error: 'topics' must be a list, such as [A, B]"
            ]),
        .profile(
            "a link without url",
            "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\nlinks:\n  - label: Site\n---\n",
            expected: [
                "Content/people/ann-lee.md:6:5: error: missing required key 'url' (the address)"
            ]),
        .profile(
            "education is text", "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\neducation: MIT\n---\n",
            expected: [
                "Content/people/ann-lee.md:5:12: error: 'education' must be a list of entries, each starting with '- '"
            ]),
        .profile(
            "award year is text",
            "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\nawards:\n  - name: Prize\n    year: soon\n---\n",
            expected: [
                "Content/people/ann-lee.md:7:11: error: 'year' must be a year such as 2020, not 'soon'"
            ]),
        .profile(
            "draft is not yes or no", "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\ndraft: maybe\n---\n",
            expected: [
                "Content/people/ann-lee.md:5:8: error: 'draft' must be true or false, not 'maybe'"
            ]),
        .profile(
            "tagline is a list", "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\ntagline: [a, b]\n---\n",
            expected: [
                "Content/people/ann-lee.md:5:10: error: 'tagline' must be text, not a list"
            ]),
        .profile(
            "key given twice", "---\nname: Ann Lee\nnumber: 1\nnumber: 2\ndate: 2024-01-01\n---\n",
            expected: [
                "Content/people/ann-lee.md:3:1: error: key 'number' appears more than once"
            ]),
    ]

    static let bytes: [BadInput] = [
        .bytes(
            "invalid UTF-8",
            Data("---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\n---\nCaf".utf8) + Data([0xC3, 0x28])
                + Data("\n".utf8),
            expected: [
                "Content/people/ann-lee.md:6:4: error: file is not valid UTF-8 (save it as UTF-8 text)"
            ]),
        .bytes(
            "NUL byte", Data("---\nname: Ann\u{0}Lee\nnumber: 1\ndate: 2024-01-01\n---\nText.\n".utf8),
            expected: [
                "Content/people/ann-lee.md:2:10: error: file contains a NUL byte; is it a text file?"
            ]),
        .bytes(
            "byte order mark", Data([0xEF, 0xBB, 0xBF]) + Data(TestSite.profile("Ann Lee", number: 1).utf8),
            expected: [], succeeds: true),
        .bytes(
            "CRLF line endings",
            Data(
                TestSite.profile("Ann Lee", number: 1, body: "One.\n\nTwo.").replacingOccurrences(
                    of: "\n", with: "\r\n"
                ).utf8),
            expected: [], succeeds: true),
        .bytes(
            "lone CR line endings",
            Data(
                TestSite.profile("Ann Lee", number: 1, body: "One.\n\nTwo.").replacingOccurrences(of: "\n", with: "\r")
                    .utf8),
            expected: [], succeeds: true),
        .bytes(
            "a 20 MB profile",
            Data(
                TestSite.profile(
                    "Ann Lee", number: 1, body: String(repeating: "Word word word word.\n\n", count: 950_000)
                ).utf8),
            expected: [], succeeds: true),
        .bytes(
            "a line of 2 MB",
            Data(TestSite.profile("Ann Lee", number: 1, body: String(repeating: "word ", count: 400_000)).utf8),
            expected: [], succeeds: true),
        .bytes(
            "10,000 nested quotes",
            Data(TestSite.profile("Ann Lee", number: 1, body: String(repeating: ">", count: 10_000) + " deep").utf8),
            expected: [], succeeds: true),
        .bytes(
            "10,000 nested list items",
            Data(
                TestSite.profile(
                    "Ann Lee", number: 1,
                    body: (0..<10_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
                ).utf8),
            expected: [], succeeds: true),
        .bytes(
            "pathological emphasis",
            Data(TestSite.profile("Ann Lee", number: 1, body: String(repeating: "*a _b ", count: 30_000)).utf8),
            expected: [], succeeds: true),
        .bytes(
            "pathological brackets",
            Data(
                TestSite.profile(
                    "Ann Lee", number: 1,
                    body: String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
                ).utf8),
            expected: [], succeeds: true),
        .bytes(
            "pathological link openers",
            Data(TestSite.profile("Ann Lee", number: 1, body: String(repeating: "[a](", count: 30_000)).utf8),
            expected: [], succeeds: true),
        .bytes(
            "deep YAML nesting",
            Data(
                ("---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\nlinks: " + String(repeating: "[", count: 5_000)
                    + String(repeating: "]", count: 5_000) + "\n---\n").utf8),
            expected: [
                "Content/people/ann-lee.md:5:9: error: invalid YAML: Maximum nesting level reached, set with yaml_set_max_nest_level())"
            ]),
        .bytes(
            "YAML billion laughs",
            Data(
                ("---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\nl0: &l0 [x, x, x, x, x, x, x, x, x]\n"
                    + (1..<10).map {
                        "l\($0): &l\($0) [" + Array(repeating: "*l\($0 - 1)", count: 9).joined(separator: ", ") + "]\n"
                    }
                    .joined() + "---\n").utf8),
            expected: [
                "Content/people/ann-lee.md:1:1: error: YAML aliases (*name) here stand for more values than the text holds; write the values out"
            ]),
    ]

    static let namesAndPaths: [BadInput] = [
        BadInput(
            "two files whose names differ only by case",
            expected: [
                "Content/people/Ann-Lee.md: error: file name 'Ann-Lee.md' is not a valid slug (lowercase a-z, 0-9 and '-'); rename it to 'ann-lee.md'",
                "Content/people/ann-lee.md: error: 'people/ann-lee.md' and 'people/Ann-Lee.md' differ only by upper/lower case and would be the same page on many systems; rename one",
            ]
        ) { site in
            site.write("Content/people/Ann-Lee.md", TestSite.profile("Ann Lee Two", number: 9))
        },
        BadInput(
            "a file name with spaces",
            expected: [
                "Content/people/dee kay.md: error: file name 'dee kay.md' is not a valid slug (lowercase a-z, 0-9 and '-'); rename it to 'dee-kay.md'"
            ]
        ) { site in
            site.write("Content/people/dee kay.md", TestSite.profile("Dee Kay", number: 9))
        },
        BadInput(
            "a file name with non-ASCII letters",
            expected: [
                "Content/people/zoë-ünal.md: error: file name 'zoë-ünal.md' is not a valid slug (lowercase a-z, 0-9 and '-'); rename it to 'zoe-unal.md'"
            ]
        ) { site in
            site.write("Content/people/zoë-ünal.md", TestSite.profile("Zoë Ünal", number: 9))
        },
        .profile(
            "a topic that slugifies to nothing",
            "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\ntopics: [\"!!!\"]\n---\n",
            expected: [
                "Content/people/ann-lee.md:5:10: error: topic '!!!' has no letters or digits to make its address from; write it with some"
            ]),
        .profile(
            "a topic named ..", "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\ntopics: [\"..\"]\n---\n",
            expected: [
                "Content/people/ann-lee.md:5:10: error: topic '..' has no letters or digits to make its address from; write it with some"
            ]),
        .profile(
            "a photo outside the site",
            "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\nphoto: ../../../etc/passwd\n---\n",
            expected: [
                "Content/people/ann-lee.md:5:8: error: photo '../../../etc/passwd' must be a file inside Content/, given relative to this profile"
            ]),
        .profile(
            "a photo that does not exist",
            "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\nphoto: ann.jpg\n---\n",
            expected: [
                "Content/people/ann-lee.md:5:8: error: photo 'ann.jpg' matches no file; it is read relative to Content/people/"
            ]),
        .profile(
            "an alias outside the site",
            "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\naliases: [../../outside/]\n---\n",
            expected: [
                "Content/people/ann-lee.md:5:11: error: alias '../../outside/' is not a usable path inside the site; write it like '2020/12/old-name/'"
            ]),
        .profile(
            "an alias onto another page",
            "---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\naliases: [/people/ben-ray/]\n---\n",
            expected: [
                "Content/people/ann-lee.md:5:11: error: alias 'people/ben-ray/' is already the address of Content/people/ben-ray.md; an alias must be an old address no page uses"
            ]),
        BadInput(
            "a link to a file outside the site in Content/",
            expected: [
                "Content/people/dee-kay.md: error: symbolic link leads outside Content/ (to /etc/hostname); Folio reads only files inside it"
            ]
        ) { site in
            try? FileManager.default.createSymbolicLink(
                atPath: site.root.appendingPathComponent("Content/people/dee-kay.md").path,
                withDestinationPath: "/etc/hostname")
        },
        BadInput(
            "a folder link loop in Content/",
            expected: [
                "Content/people/loop: error: symbolic link loop: this folder is already read"
            ]
        ) { site in
            try? FileManager.default.createSymbolicLink(
                atPath: site.root.appendingPathComponent("Content/people/loop").path,
                withDestinationPath: site.root.appendingPathComponent("Content").path)
        },
        BadInput(
            "a profile outside people/",
            expected: [
                "Content/ann-lee.md: warning: 'ann-lee.md' is not used: profiles go in Content/people/, pages in Content/pages/, settings in Content/site.yml"
            ], succeeds: true
        ) { site in
            site.write("Content/ann-lee.md", TestSite.profile("Ann Lee", number: 7))
        },
    ]

    static let links: [BadInput] = [
        .profile(
            "a link to a missing profile",
            TestSite.profile("Ann Lee", number: 1, body: "See [Zed](zed-zed.md)."),
            expected: [
                "Content/people/ann-lee.md:7:11: error: link target 'zed-zed.md' matches no content file"
            ]),
        .profile(
            "a link to a missing heading",
            TestSite.profile("Ann Lee", number: 1, body: "See [Ben](ben-ray.md#nothing)."),
            expected: [
                "Content/people/ann-lee.md:7:11: error: link fragment '#nothing' matches no heading id in 'people/ben-ray.md'"
            ]),
        .profile(
            "a link to a missing heading on the same page",
            TestSite.profile("Ann Lee", number: 1, body: "See [below](#nowhere)."),
            expected: [
                "Content/people/ann-lee.md:7:13: error: link fragment '#nowhere' matches no heading id on this page"
            ]),
        .profile(
            "a link out of Content/",
            TestSite.profile("Ann Lee", number: 1, body: "See [x](../../secret.md)."),
            expected: [
                "Content/people/ann-lee.md:7:9: error: link target '../../secret.md' is outside Content/"
            ]),
        BadInput(
            "a link to a draft from a published profile",
            expected: [
                "Content/people/ann-lee.md:9:15: error: link target 'ben-ray.md' is a draft and will not be published"
            ]
        ) { site in
            site.write(
                "Content/people/ben-ray.md", TestSite.profile("Ben Ray", number: 2, extra: "draft: true", body: "Ben."))
        },
        .profile(
            "a link to itself", TestSite.profile("Ann Lee", number: 1, body: "See [me](ann-lee.md)."), expected: [],
            succeeds: true),
        BadInput("a cycle of links", expected: [], succeeds: true) { site in
            site.write(
                "Content/people/ben-ray.md", TestSite.profile("Ben Ray", number: 2, body: "See [Cy](cy-ito.md)."))
        },
    ]

    static let templates: [BadInput] = [
        BadInput(
            "a template syntax error",
            expected: [
                "Templates/person.mustache:1:35: error: template syntax: '{{/content}}' closes 'person', opened at 1:24"
            ]
        ) { site in
            site.write("Templates/person.mustache", "{{<layout}}{{$content}}{{#person}}{{/content}}{{/layout}}")
        },
        BadInput(
            "a missing partial",
            expected: [
                "Templates/footer.mustache:1:9: error: template 'nothing' does not exist (no Templates/nothing.mustache, no built-in)"
            ]
        ) { site in
            site.write("Templates/footer.mustache", "<footer>{{>nothing}}</footer>")
        },
        BadInput("an unknown variable renders as nothing", expected: [], succeeds: true) { site in
            site.write("Templates/footer.mustache", "<footer>{{site.nothing}}</footer>")
        },
        BadInput(
            "a template that is not UTF-8",
            expected: [
                "Templates/footer.mustache:1:2: error: file is not valid UTF-8 (save it as UTF-8 text)"
            ]
        ) { site in
            site.write("Templates/footer.mustache", Data([0x3C, 0xFF, 0xFE, 0x3E]))
        },
    ]

    static let settings: [BadInput] = [
        BadInput(
            "site.yml is not YAML",
            expected: [
                "Content/site.yml:2:1: error: invalid YAML: did not find expected ',' or ']'"
            ]
        ) { site in site.write("Content/site.yml", "title: [unclosed\n") },
        BadInput(
            "site.yml is missing",
            expected: [
                "Content/site.yml:1:1: error: missing Content/site.yml; it needs at least 'title:' and 'base_url:'"
            ]
        ) { site in site.remove("Content/site.yml") },
        BadInput(
            "base_url is not a URL",
            expected: [
                "Content/site.yml:2:11: error: 'base_url' must be an absolute http(s) URL such as https://example.org/series/, not 'not a url'"
            ]
        ) { site in
            site.write("Content/site.yml", "title: T\nbase_url: not a url\n")
        },
        BadInput(
            "base_url has a query",
            expected: [
                "Content/site.yml:2:11: error: 'base_url' must be an absolute http(s) URL such as https://example.org/series/, not 'https://example.org/?x=1'"
            ]
        ) { site in
            site.write("Content/site.yml", "title: T\nbase_url: https://example.org/?x=1\n")
        },
        BadInput(
            "title is a list",
            expected: [
                "Content/site.yml:1:1: warning: no 'base_url': feed and sitemap will use http://localhost:8000/; set it to the address the site is published at",
                "Content/site.yml:1:8: error: 'title' must be text, not a list",
            ]
        ) { site in site.write("Content/site.yml", "title: [a, b]\n") },
        BadInput(
            "Output is a file",
            expected: [
                "folio: error: the output location $ROOT/Output is a file, not a folder; move it away or pass --output"
            ]
        ) { site in
            site.remove("Output")
            site.write("Output", "not a folder")
        },
        BadInput(
            "Output is a folder Folio did not write",
            expected: [
                "folio: error: the output folder $ROOT/Output is not empty and was not written by Folio; Folio replaces the whole folder, so choose an empty or new one with --output"
            ]
        ) { site in
            site.remove("Output")
            site.write("Output/notes.txt", "mine")
        },
    ]

    @Test(arguments: cases)
    func badInput(_ input: BadInput) throws {
        let site = Self.goodSite()
        #expect(site.build().lines == [])
        let before = site.snapshot()
        input.change(site)
        let outputBefore = Self.listing(site.output)
        let report = site.build()
        let expected = input.expected.map { $0.replacingOccurrences(of: "$ROOT", with: site.root.path) }
        #expect(report.lines == expected, "\(input.name)")
        #expect(report.succeeded == input.succeeds, "\(input.name)")
        if !input.succeeds {
            // Nothing was written: the output is exactly what it was before the build (the
            // good site, or what the case put in its place).
            #expect(Self.listing(site.output) == outputBefore, "\(input.name): the output changed")
            if input.name.hasPrefix("Output") == false {
                #expect(site.snapshot() == before, "\(input.name): the previous site changed")
            }
        }
    }

    /// Every file under `folder` (or the file itself), path -> bytes.
    static func listing(_ folder: URL) -> [String: Data] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return [:] }
        if !isFolder.boolValue { return ["": FileManager.default.contents(atPath: folder.path) ?? Data()] }
        var result: [String: Data] = [:]
        for path in FileBytes.listFiles(under: folder.path) {
            result[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        }
        return result
    }

    /// A location that cannot be written (`/proc` refuses new folders even to root).
    @Test func anOutputLocationThatCannotBeWritten() {
        let site = Self.goodSite()
        let report = SiteBuild.run(
            BuildOptions(siteRoot: site.root, output: URL(fileURLWithPath: "/proc/folio-output")))
        #expect(!report.succeeded)
        #expect(
            report.lines.first?.hasPrefix("folio: error: cannot create /proc/.folio-output.folio-staging-") == true,
            "\(report.lines)")
        #expect(!FileManager.default.fileExists(atPath: "/proc/folio-output"))
    }

    @Test func theCatalogIsLarge() {
        #expect(Self.cases.count + 1 >= 50)  // and anOutputLocationThatCannotBeWritten
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
    }
}
