import Testing

@testable import FolioMarkdown

@Suite struct MarkdownRendererTests {
    @Test func headingsGetUniqueIDsAndPlainText() {
        let result = MarkdownRenderer.render(
            "# Intro\n\n## Articles by *others*\n\n## Articles by others\n\n### Ölçek & `code`\n\n## 日本\n",
            options: MarkdownOptions(reservedIDs: ["intro"]))
        #expect(
            result.headings.map(\.id) == [
                "intro-1", "articles-by-others", "articles-by-others-1", "olcek-code", "section",
            ])
        #expect(
            result.headings.map(\.text) == ["Intro", "Articles by others", "Articles by others", "Ölçek & code", "日本"])
        #expect(result.headings.map(\.level) == [1, 2, 2, 3, 2])
        #expect(result.html.contains("<h2 id=\"articles-by-others\">Articles by <em>others</em></h2>\n"))
        #expect(result.html.contains("<h3 id=\"olcek-code\">Ölçek &amp; <code>code</code></h3>\n"))
    }

    @Test func headingLinesCountFromTheGivenFirstLine() {
        let result = MarkdownRenderer.render("Text\n\n## Two\n", firstLine: 10)
        #expect(result.headings.first?.line == 12)
    }

    @Test func linksAreReportedWithLineAndColumnAndRewritten() {
        let source =
            "Intro line.\n\nSee [Luis](luis.md) and\n  also [Ann](ann.md#ideas), ![pic](p.png) and <https://x.org>.\n"
        var seen: [MarkdownLink] = []
        let result = MarkdownRenderer.render(source, firstLine: 5) { link in
            seen.append(link)
            return link.destination.hasSuffix(".md") ? "/people/" + link.destination.dropLast(3) + "/" : nil
        }
        #expect(
            seen == [
                MarkdownLink(kind: .link, destination: "luis.md", line: 7, column: 12),
                MarkdownLink(kind: .link, destination: "ann.md#ideas", line: 8, column: 14),
                MarkdownLink(kind: .image, destination: "p.png", line: 8, column: 36),
                MarkdownLink(kind: .link, destination: "https://x.org", line: 8, column: 48),
            ])
        #expect(result.links == seen)
        #expect(result.html.contains("<a href=\"/people/luis/\">Luis</a>"))
        #expect(result.html.contains("<img src=\"p.png\" alt=\"pic\" />"))
    }

    @Test func firstParagraphAndWordCount() {
        let result = MarkdownRenderer.render(
            "# Title\n\nThe *first*\nparagraph, with `code`.\n\n> Not this one.\n\n- one two\n")
        #expect(result.firstParagraph == "The first paragraph, with code.")
        #expect(result.wordCount == 11)
        #expect(MarkdownRenderer.render("un*believ*able, `x`y\n\nz").wordCount == 3)
    }

    @Test func rawHTMLIsDroppedUnlessUnsafe() {
        let source = "<script>alert(1)</script>\n\nHi <b onclick=\"x()\">there</b> [x](javascript:alert(1))\n"
        let safe = MarkdownRenderer.render(source, options: MarkdownOptions(unsafeHTML: false))
        #expect(!safe.html.contains("<script"))
        #expect(!safe.html.contains("onclick"))
        #expect(!safe.html.contains("javascript:"))
        #expect(safe.html.contains("<!-- raw HTML omitted -->"))
        let unsafe = MarkdownRenderer.render(source, options: MarkdownOptions(unsafeHTML: true))
        #expect(unsafe.html.contains("<script>alert(1)</script>"))
    }

    @Test func smartPunctuationIsAnOption() {
        let source = "\"Quoted\" -- and...\n"
        #expect(
            MarkdownRenderer.render(source, options: MarkdownOptions(smartPunctuation: true)).html
                == "<p>“Quoted” – and…</p>\n")
        #expect(
            MarkdownRenderer.render(source, options: MarkdownOptions(smartPunctuation: false)).html
                == "<p>&quot;Quoted&quot; -- and...</p>\n")
    }

    @Test func deepNestingDoesNotExhaustTheStack() {
        let quotes = String(repeating: ">", count: 10_000) + " deep\n"
        let result = MarkdownRenderer.render(quotes)
        #expect(result.html.contains("deep"))
        let lists = (0..<5_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        #expect(MarkdownRenderer.render(lists).html.contains("<li>"))
    }

    /// Ids stay unique past the first few dozen (where the list of used ids becomes a set), also
    /// when a heading's own slug is an id given before.
    @Test func headingIDsStayUniqueOnLongPages() {
        let markdown = (0..<100).map { _ in "## Same\n" }.joined() + "## Same 1\n## Main\n"
        let ids = MarkdownRenderer.render(markdown, options: MarkdownOptions(reservedIDs: ["main"])).headings.map(\.id)
        #expect(Array(ids.prefix(100)) == ["same"] + (1..<100).map { "same-\($0)" })
        #expect(Array(ids.suffix(2)) == ["same-1-1", "main-1"])
        #expect(Set(ids).count == ids.count)
    }

    /// Without `keepsLinks` the result lists no link, but each is still shown to the rewriting
    /// closure, located, and rewritten.
    @Test func linksShownButNotKept() {
        var seen: [MarkdownLink] = []
        let rendered = MarkdownRenderer.render(
            "Intro.\n\nSee [a](a.md) and [b](https://b.org).\n", options: MarkdownOptions(keepsLinks: false)
        ) { link in
            seen.append(link)
            return link.destination == "a.md" ? "/a/" : nil
        }
        #expect(rendered.links.isEmpty)
        #expect(seen.map(\.destination) == ["a.md", "https://b.org"])
        #expect(seen.map(\.column) == [9, 23])
        #expect(rendered.html.contains("<a href=\"/a/\">a</a>"))
    }

    /// Without `handlesAbsoluteLinks`, links with a scheme or from the root are passed over: not
    /// shown to the rewriting closure, not kept, left as written; the others as always.
    @Test func absoluteLinksPassedOverWhenAsked() {
        let markdown = "See [a](a.md), [b](https://b.org), [c](/c/) and [d](../d.md#x).\n"
        var seen: [MarkdownLink] = []
        let rendered = MarkdownRenderer.render(markdown, options: MarkdownOptions(handlesAbsoluteLinks: false)) {
            link in
            seen.append(link)
            return "/rewritten/"
        }
        #expect(seen.map(\.destination) == ["a.md", "../d.md#x"])
        #expect(seen.map(\.column) == [9, 53])
        #expect(rendered.links.map(\.destination) == ["a.md", "../d.md#x"])
        #expect(rendered.html.contains("href=\"https://b.org\"") && rendered.html.contains("href=\"/c/\""))
        #expect(!rendered.html.contains("href=\"a.md\""))
        let all = MarkdownRenderer.render(markdown).links
        #expect(all.map(\.column) == [9, 20, 40, 53])
    }

    @Test func invalidUTF8IsReplacedNotCrashed() {
        let bytes: [UInt8] = [0x48, 0x69, 0x20, 0xFF, 0xFE, 0x0A]
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(MarkdownRenderer.render(text).html.hasPrefix("<p>Hi "))
    }
}
