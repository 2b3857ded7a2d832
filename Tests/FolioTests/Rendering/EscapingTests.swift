import Foundation
import Testing

@testable import Folio

@Suite struct EscapingTests {
    static let evil = #"<script>alert(1)</script> "q" 'a' ]]> & x"#

    /// A hostile value in every front-matter field and in site.yml appears only escaped, in
    /// every output file; the feed and sitemap stay well-formed XML.
    @Test func hostileTextIsEscapedEverywhere() throws {
        let yaml = "'" + Self.evil.replacingOccurrences(of: "'", with: "''") + "'"
        let site = TestSite(
            [
                "Content/people/eve.md": """
                ---
                name: \(yaml)
                number: 1
                date: 2024-01-01
                topics: [\(yaml)]
                title: \(yaml)
                sort_name: \(yaml)
                summary: \(yaml)
                tagline: \(yaml)
                location: \(yaml)
                links:
                  - label: \(yaml)
                    url: "https://example.org/?a=1&b=\\"2\\""
                education:
                  - school: \(yaml)
                    degree: \(yaml)
                    year: 2000
                awards:
                  - name: \(yaml)
                    by: \(yaml)
                books:
                  - title: \(yaml)
                ---

                Body with <script>alert(2)</script> raw HTML and a [bad link](javascript:alert(3)).
                """
            ],
            siteYML: """
                title: \(yaml)
                description: \(yaml)
                base_url: https://example.org/
                author:
                  name: \(yaml)
                  bio: \(yaml)
                """)
        let report = site.build()
        #expect(report.lines == [])
        var scanned = 0
        for (path, data) in site.snapshot() where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>alert"), "unescaped script in \(path)")
            #expect(!text.contains("javascript:"), "javascript: URL in \(path)")
            #expect(!text.contains("]]>"), "unescaped ]]> in \(path)")
            #expect(!text.contains("\"q\""), "unescaped quotes in \(path)")
            if path.hasSuffix(".xml") { #expect(try FeedXML.isWellFormed(text), "\(path) is not well-formed") }
            scanned += 1
        }
        #expect(scanned >= 9)
        let person = try #require(site.read("people/eve/index.html"))
        #expect(person.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &#39;a&#39; ]]&gt; &amp; x"))
        #expect(person.contains("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\""))
    }

    @Test func controlCharactersAreRemoved() throws {
        let site = TestSite([
            "Content/people/eve.md": "---\nname: \"Eve\\u0001 Bell\\u0008\"\nnumber: 1\ndate: 2024-01-01\n---\nText\n"
        ])
        #expect(site.build().lines == [])
        let feed = try #require(site.read("feed.xml"))
        #expect(feed.contains("<title>Eve Bell</title>"))
        #expect(try FeedXML.isWellFormed(feed))
    }
}
