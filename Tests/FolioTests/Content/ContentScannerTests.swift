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
}
