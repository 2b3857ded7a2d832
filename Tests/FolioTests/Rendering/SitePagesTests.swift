import Foundation
import Testing

@testable import Folio

@Suite struct SitePagesTests {
    @Test func everyPageKindIsWritten() throws {
        let site = TestSite.fixture("small-site")
        let report = site.build()
        #expect(report.lines == [])
        for path in [
            "index.html", "people/index.html", "people/mira-okafor/index.html", "people/oskar-lind/index.html",
            "people/ben-adair/index.html", "people/mira-okafor/photo.png", "topics/index.html",
            "topics/social-learning/index.html", "topics/communities/index.html",
            "topics/knowledge-management/index.html", "series/index.html", "about/index.html", "feed.xml",
            "sitemap.xml", "404.html", "assets/folio.css", "2023/05/mira/index.html", "docs/guide.txt",
        ] {
            #expect(site.exists(path), "missing \(path)")
        }
        #expect(!site.exists("people/dana-draft/index.html"))
        #expect(!site.exists("topics/drafting/index.html"))
        #expect(report.profileCount == 3)
        #expect(report.topicCount == 3)
        #expect(report.pageCount == 13)  // with the alias redirect
        #expect(report.summary(outputName: "Output/").hasPrefix("Built 13 pages from 3 profiles and 3 topics in "))
    }

    @Test func personPage() throws {
        let site = TestSite.fixture("small-site")
        site.build()
        let html = try #require(site.read("people/mira-okafor/index.html"))
        #expect(html.contains("No. 1 of 3"))
        #expect(html.contains("<h1 class=\"p-name\">Mira Okafor</h1>"))
        #expect(html.contains("Builds communities that teach"))
        #expect(html.contains("Lagos"))
        #expect(html.contains("<time datetime=\"2023-05-02\">2 May 2023</time>"))
        #expect(html.contains("<img class=\"profile-photo u-photo\" src=\"/small/people/mira-okafor/photo.png\""))
        // Topics, linked; the second spelling of a topic merges into the first.
        #expect(html.contains("<a href=\"/small/topics/social-learning/\">Social learning</a>"))
        #expect(html.contains("<a href=\"/small/topics/communities/\">Communities</a>"))
        // Structured sections and the body, with unique heading ids and a table of contents.
        let ids = HTMLScan.ids(in: html)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        for id in ["ideas-and-work", "ideas-and-work-1", "education", "awards", "books", "links", "mentioned-in"] {
            #expect(ids.contains(id), "no id \(id)")
        }
        #expect(html.contains("<li class=\"toc-level-2\"><a href=\"#ideas-and-work-1\">Ideas and work</a></li>"))
        #expect(html.contains("<li class=\"toc-level-2\"><a href=\"#awards\">Awards</a></li>"))
        #expect(html.contains("Example College"))
        #expect(html.contains("Community Prize</span>, Example Guild"))
        // Links between profiles and to static files are rewritten to published URLs.
        #expect(html.contains("<a href=\"/small/people/oskar-lind/\">Öskar</a>"))
        #expect(
            html.contains("<a href=\"/small/people/oskar-lind/#ideas-and-work\">her peer&#39;s ideas</a>")
                || html.contains("<a href=\"/small/people/oskar-lind/#ideas-and-work\">her peer’s ideas</a>"))
        #expect(html.contains("<a href=\"/small/docs/guide.txt\">the docs</a>"))
        // Backlinks: Oskar and Ben link here (the draft Dana does not count).
        let mentions = try #require(
            HTMLScan.text(between: "<h2 id=\"mentioned-in\">Mentioned in</h2>", and: "</section>", in: html))
        #expect(mentions.contains("Öskar Lind") && mentions.contains("Ben Adair"))
        #expect(!mentions.contains("Dana"))
        // Series neighbours: no previous for number 1, next is number 2.
        #expect(!html.contains("rel=\"prev\""))
        #expect(html.contains("<a class=\"pager-next\" rel=\"next\" href=\"/small/people/oskar-lind/\">"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/small/people/mira-okafor/\">"))
        #expect(html.contains("<html lang=\"en-GB\">"))
    }

    @Test func alphabeticalIndexFoldsDiacritics() throws {
        let site = TestSite.fixture("small-site")
        site.build()
        let html = try #require(site.read("people/index.html"))
        let letters = HTMLScan.values(of: "id", in: html)
        #expect(letters == ["main", "letter-a", "letter-l", "letter-o"])
        let l = try #require(HTMLScan.text(between: "<h2 id=\"letter-l\">L</h2>", and: "</section>", in: html))
        #expect(l.contains("Lind, Öskar"))
        let a = try #require(HTMLScan.text(between: "<h2 id=\"letter-a\">A</h2>", and: "</section>", in: html))
        #expect(a.contains("Adair, Ben"))
        #expect(html.contains("<a href=\"#letter-o\">O</a>"))
    }

    @Test func topicPagesAndIndex() throws {
        let site = TestSite.fixture("small-site")
        site.build()
        let index = try #require(site.read("topics/index.html"))
        #expect(
            index.contains(
                "<a href=\"/small/topics/social-learning/\">Social learning</a> <span class=\"count\">2</span>"))
        #expect(
            index.contains(
                "<a href=\"/small/topics/knowledge-management/\">Knowledge management</a> <span class=\"count\">2</span>"
            ))
        let topic = try #require(site.read("topics/social-learning/index.html"))
        #expect(topic.contains("Learning from and with other people."))
        #expect(topic.contains("2 profiles in the series."))
        // Its profiles in series order, then related topics by co-occurrence.
        let mira = try #require(topic.range(of: "Mira Okafor"))
        let oskar = try #require(topic.range(of: "Öskar Lind"))
        #expect(mira.lowerBound < oskar.lowerBound)
        let related = try #require(
            HTMLScan.text(between: "<h2 id=\"related\">Related topics</h2>", and: "</section>", in: topic))
        #expect(related.contains("Communities") && related.contains("Knowledge management"))
    }

    @Test func seriesPageGroupsByYear() throws {
        let site = TestSite.fixture("small-site")
        site.build()
        let html = try #require(site.read("series/index.html"))
        #expect(HTMLScan.values(of: "id", in: html) == ["main", "year-2023", "year-2024"])
        let y2024 = try #require(HTMLScan.text(between: "<h2 id=\"year-2024\">2024</h2>", and: "</section>", in: html))
        #expect(y2024.contains("Öskar Lind") && y2024.contains("Ben Adair") && !y2024.contains("Mira"))
    }

    @Test func homeFeedSitemapAndRedirect() throws {
        let site = TestSite.fixture("small-site")
        site.build()
        let home = try #require(site.read("index.html"))
        #expect(home.contains("<h1>The Small Series</h1>"))
        let ben = try #require(home.range(of: "Ben Adair"))
        let mira = try #require(home.range(of: "Mira Okafor"))
        #expect(ben.lowerBound < mira.lowerBound)  // newest first
        let feed = try #require(site.read("feed.xml"))
        #expect(feed.contains("<link rel=\"self\" href=\"https://example.org/small/feed.xml\"/>"))
        #expect(feed.contains("<id>https://example.org/small/people/ben-adair/</id>"))
        #expect(feed.contains("<updated>2024-09-30T00:00:00Z</updated>"))
        #expect(try FeedXML.isWellFormed(feed))
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(
            sitemap.contains("<loc>https://example.org/small/people/mira-okafor/</loc><lastmod>2023-05-02</lastmod>"))
        #expect(!sitemap.contains("404"))
        #expect(try FeedXML.isWellFormed(sitemap))
        let redirect = try #require(site.read("2023/05/mira/index.html"))
        #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=/small/people/mira-okafor/\">"))
        #expect(redirect.contains("<link rel=\"canonical\" href=\"https://example.org/small/people/mira-okafor/\">"))
    }

    @Test func draftsAreIncludedOnRequest() throws {
        let site = TestSite.fixture("small-site")
        let report = site.build(drafts: true)
        #expect(report.lines == [])
        #expect(site.exists("people/dana-draft/index.html"))
        #expect(site.exists("topics/drafting/index.html"))
        #expect(site.read("people/ben-adair/index.html")?.contains("Dana Draft") == true)  // backlink now
    }

    @Test func linkFromPublishedPageToDraftIsAnError() throws {
        let site = TestSite.fixture("small-site")
        site.write(
            "Content/people/ben-adair.md",
            TestSite.profile("Ben Adair", number: 3, body: "See [Dana](dana-draft.md)."))
        let report = site.build()
        #expect(
            report.lines == [
                "Content/people/ben-adair.md:7:12: error: link target 'dana-draft.md' is a draft and will not be published"
            ])
        #expect(!site.exists("index.html"))
    }

    /// Every internal link and fragment of every page resolves to a file of the output.
    @Test(arguments: ["https://example.org/small/", "https://example.org/", "https://example.org/a/b/"])
    func everyInternalLinkResolves(baseURL: String) throws {
        let site = TestSite.fixture("small-site")
        #expect(site.build(baseURL: baseURL).lines == [])
        let basePath =
            URL(string: baseURL)!.path.hasSuffix("/") ? URL(string: baseURL)!.path : URL(string: baseURL)!.path + "/"
        var checked = 0
        for path in FileBytes.listFiles(under: site.output.path) where path.hasSuffix(".html") {
            let html = try #require(site.read(path))
            let pageDirectory = (path as NSString).deletingLastPathComponent
            for link in HTMLScan.values(of: "href", in: html) + HTMLScan.values(of: "src", in: html) {
                if link.hasPrefix("http") || link.hasPrefix("mailto:") { continue }
                var target = link
                var fragment: String?
                if let hash = target.firstIndex(of: "#") {
                    fragment = String(target[target.index(after: hash)...])
                    target = String(target[..<hash])
                }
                let file: String
                if target.isEmpty {
                    file = path
                } else {
                    #expect(target.hasPrefix(basePath), "\(path): link \(link) is not under \(basePath)")
                    let relative = String(target.dropFirst(basePath.count))
                    file = relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
                }
                _ = pageDirectory
                #expect(site.exists(file), "\(path): link \(link) leads to no file")
                if let fragment, !fragment.isEmpty, let targetHTML = site.read(file) {
                    #expect(HTMLScan.ids(in: targetHTML).contains(fragment), "\(path): no id \(fragment) in \(file)")
                }
                checked += 1
            }
        }
        #expect(checked > 100)
        let feed = try #require(site.read("feed.xml"))
        #expect(feed.contains("<link href=\"\(baseURL)\"/>"))
    }
}
