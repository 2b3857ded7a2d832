import Foundation
import Testing

@testable import Folio

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct ContentScannerTests {
    /// Names the listing cannot give as UTF-8 (a Latin-1 name from an old archive) and `._`
    /// folders (Foundation's listing skips them) are left out without failing the build, as
    /// before the listing read folders itself.
    @Test func namesThatAreNotUTF8AndDotUnderscoreFoldersAreSkipped() throws {
        let site = TestSite([
            "Content/people/jane-hart.md": TestSite.profile("Jane Hart", number: 1),
            "Content/static/._/a.png": "png",
            "Content/static/b.txt": "b",
        ])
        var name = Array((site.root.path + "/Content/static/caf").utf8).map { CChar(bitPattern: $0) }
        name += [CChar(bitPattern: 0xE9), 0]
        let descriptor = open(name, O_CREAT | O_WRONLY, 0o644)
        try #require(descriptor >= 0)
        close(descriptor)

        let report = site.build()
        #expect(report.lines == [])
        #expect(site.exists("b.txt"))
        #expect(!site.exists("._"))
        let (inventory, problems) = ContentScanner.scan(siteRoot: site.root)
        #expect(problems.isEmpty)
        #expect(inventory.staticFiles.map(\.contentPath) == ["static/b.txt"])
    }

    /// Markdown files are known by `.md` in any case; other endings are not Markdown.
    @Test func markdownEndingsInAnyCase() {
        let site = TestSite([
            "Content/people/jane-hart.md": TestSite.profile("Jane Hart", number: 1),
            "Content/people/ann-lee.MD": TestSite.profile("Ann Lee", number: 2),
            "Content/topics/km.Md": "---\nname: KM\n---\n",
            "Content/pages/about.mdx": "x",
            "Content/pages/notes.m": "x",
        ])
        let (inventory, _) = ContentScanner.scan(siteRoot: site.root)
        #expect(inventory.profiles.map(\.contentPath).sorted() == ["people/ann-lee.MD", "people/jane-hart.md"])
        #expect(inventory.topics.map(\.contentPath) == ["topics/km.Md"])
        #expect(inventory.pages.isEmpty)
    }

    /// Two files whose names are one name to Swift but not byte for byte (`é` as one character,
    /// and as `e` and a combining accent, as macOS writes names) are one page on many systems:
    /// reported as names differing only by case are.
    @Test func namesEqualAsTextButNotAsBytesAreReported() {
        // Written one by one: as dictionary keys the two names would be one key.
        let site = TestSite(["Content/people/jane-hart.md": TestSite.profile("Jane Hart", number: 1)])
        site.write("Content/static/\u{E9}.txt", "one")
        site.write("Content/static/e\u{301}.txt", "two")
        let (inventory, problems) = ContentScanner.scan(siteRoot: site.root)
        #expect(inventory.staticFiles.count == 2)
        #expect(problems.count == 1)
        #expect(
            problems.first?.message.hasSuffix(
                "differ only by upper/lower case and would be the same page on many systems; rename one") == true)
    }
}
