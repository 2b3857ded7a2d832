import Testing

@testable import Folio

@Suite struct LinkTargetTests {
    @Test func classifiesDestinations() {
        #expect(
            LinkTarget.classify("jane-hart.md", from: "people/ann.md")
                == .content(path: "people/jane-hart.md", fragment: nil))
        #expect(
            LinkTarget.classify("../topics/design.md#x", from: "people/ann.md")
                == .content(path: "topics/design.md", fragment: "x"))
        #expect(LinkTarget.classify("../../etc/passwd", from: "people/ann.md") == .outside("../../etc/passwd"))
        #expect(LinkTarget.classify("#top", from: "people/ann.md") == .samePage(fragment: "top"))
        #expect(LinkTarget.classify("mailto:a@b.org", from: "people/ann.md") == .external)
        #expect(LinkTarget.classify("HTTPS://e.org", from: "people/ann.md") == .external)
        #expect(LinkTarget.classify("/about/", from: "people/ann.md") == .external)
        #expect(LinkTarget.classify("1:2.md", from: "people/ann.md") == .content(path: "people/1:2.md", fragment: nil))
    }

    /// The quick answer for a file beside the linking one is the general resolution's answer.
    @Test func theSiblingShortcutAgreesWithTheGeneralResolution() {
        var random = SeededGenerator(state: 3)
        let pieces = ["a", "jane-hart.md", ".", "..", "/", "#", "?", "%20", "x.md", "é", ":", "\\"]
        let froms = ["people/ann.md", "pages/about.md", "index.md", "static/img/x.png"]
        var shortcuts = 0
        for _ in 0..<5_000 {
            let destination = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                pieces.randomElement(using: &random)!
            }
            .joined()
            let from = froms.randomElement(using: &random)!
            guard let path = LinkTarget.simpleSibling(destination, of: from) else { continue }
            shortcuts += 1
            #expect(
                LinkTarget.resolve(destination, from: from) == .content(path: path, fragment: nil),
                "\(destination) from \(from)")
        }
        #expect(shortcuts > 500)
    }

    /// A profile's file is published at `people/<slug>/`; other content files where their kind says.
    @Test func permalinksOfContentFiles() {
        #expect(Permalink.of(contentPath: "people/jane-hart.md") == "people/jane-hart/")
        #expect(Permalink.of(contentPath: "people/zoë.md") == "people/zoë/")
        #expect(Permalink.of(contentPath: "people/a/b.md") == nil)
        #expect(Permalink.of(contentPath: "people/a.txt") == nil)
        #expect(Permalink.of(contentPath: "topics/design.md") == "topics/design/")
        #expect(Permalink.of(contentPath: "pages/about.md") == "about/")
        #expect(Permalink.of(contentPath: "static/img/x.png") == "img/x.png")
    }

    /// A link's address is the base path, the permalink and the fragment (a `#` with an empty
    /// fragment kept), whether written at once (profiles) or pieced together.
    @Test func linkAddressesAreBasePermalinkAndFragment() {
        let paths = [
            "people/jane-hart.md", "people/zoë.md", "people/a/b.md", "people/a.txt", "people/.md", "topics/design.md",
            "pages/about.md", "static/img/x.png", "other/x.md",
        ]
        for base in ["/", "/s/", "/ünï/"] {
            for path in paths {
                for fragment in [nil, "", "part-2", "ü"] as [String?] {
                    let expected = Permalink.of(contentPath: path).map { base + $0 + (fragment.map { "#" + $0 } ?? "") }
                    #expect(
                        Permalink.url(of: path, fragment: fragment, base: base) == expected,
                        "\(base) \(path) \(String(describing: fragment))")
                }
            }
        }
        #expect(Permalink.url(of: "people/jane-hart.md", fragment: "x", base: "/s/") == "/s/people/jane-hart/#x")
    }
}
