import Foundation
import Testing

@testable import Folio

/// The sitemap protocol's limit of 50,000 URLs per file: a larger site gets `sitemap.xml` as an
/// index of files that each stay within it.
@Suite struct SitemapTests {
    @Test(arguments: [0, 1, 49_999, 50_000])
    func upToTheLimitOneFileListsEveryURL(count: Int) {
        let sitemap = Sitemap.files(urlCount: count)
        #expect(!sitemap.isIndex)
        #expect(sitemap.files == [Sitemap.File(path: "sitemap.xml", urls: 0..<count)])
    }

    @Test func aboveTheLimitFilesOfAtMostTheLimitFollowEachOther() {
        #expect(
            Sitemap.files(urlCount: 50_001).files == [
                Sitemap.File(path: "sitemap-1.xml", urls: 0..<50_000),
                Sitemap.File(path: "sitemap-2.xml", urls: 50_000..<50_001),
            ])
        let files = Sitemap.files(urlCount: 100_070)
        #expect(files.isIndex)
        #expect(files.files.map(\.path) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"])
        #expect(files.files.map(\.urls.count) == [50_000, 50_000, 70])
        for limit in 1...7 {
            for count in 0...30 {
                let files = Sitemap.files(urlCount: count, limit: limit).files
                #expect(files.flatMap { Array($0.urls) } == Array(0..<count))
                #expect(files.allSatisfy { $0.urls.count <= limit })
            }
        }
    }

    /// A site of 11 URLs with at most 4 per file: an index of three files, which together list
    /// what the single sitemap lists, in the same order, with the same dates.
    @Test func aSplitSitemapListsWhatTheSingleOneDoes() throws {
        let single = TestSite.fixture("small-site")
        #expect(single.build().lines == [])
        let whole = try #require(single.read("sitemap.xml"))
        #expect(whole.contains("<urlset"))
        #expect(!single.exists("sitemap-1.xml"))
        let urls = Self.entries(whole, "url")
        #expect(urls.count == 11)

        let split = TestSite.fixture("small-site")
        #expect(split.build(sitemapLimit: 4).lines == [])
        let index = try #require(split.read("sitemap.xml"))
        #expect(try FeedXML.isWellFormed(index))
        #expect(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        let files = Self.entries(index, "sitemap")
        #expect(
            files.map(\.loc) == (1...3).map { "https://example.org/small/sitemap-\($0).xml" })
        var listed: [(loc: String, lastmod: String?)] = []
        for (number, file) in files.enumerated() {
            let part = try #require(split.read("sitemap-\(number + 1).xml"))
            #expect(try FeedXML.isWellFormed(part))
            let entries = Self.entries(part, "url")
            #expect(entries.count == (number < 2 ? 4 : 3))
            // The index gives no date: when a file last changed is not known to a build.
            #expect(file.lastmod == nil)
            listed += entries
        }
        #expect(listed.map(\.loc) == urls.map(\.loc))
        #expect(listed.map(\.lastmod) == urls.map(\.lastmod))
    }

    /// `<loc>` and `<lastmod>` of each `<tag>` element, in order.
    static func entries(_ xml: String, _ tag: String) -> [(loc: String, lastmod: String?)] {
        xml.components(separatedBy: "<\(tag)>").dropFirst().map { element in
            func value(_ name: String) -> String? {
                guard let start = element.range(of: "<\(name)>"), let end = element.range(of: "</\(name)>") else {
                    return nil
                }
                return String(element[start.upperBound..<end.lowerBound])
            }
            return (value("loc") ?? "", value("lastmod"))
        }
    }
}
