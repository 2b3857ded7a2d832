import CCmark
import CCmarkArena
import CCmarkScan

/// Parses a Markdown body with cmark, rewrites it in place (link destinations, heading ids)
/// and renders it with cmark's HTML renderer, returning plain Swift values.
public enum MarkdownRenderer {
    /// - Parameters:
    ///   - firstLine: the line of the containing file on which the body starts, so that
    ///     every reported line is a line of that file.
    ///   - rewriteLink: given a link as written, returns the destination to render instead
    ///     (nil keeps it as it is).
    public static func render(
        _ source: String,
        options: MarkdownOptions = MarkdownOptions(),
        firstLine: Int = 1,
        rewriteLink: (MarkdownLink) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        render(source[...], options: options, firstLine: firstLine, rewriteLink: rewriteLink)
    }

    /// The same for part of a text (a file's body after its front matter), read where it is.
    public static func render(
        _ source: Substring,
        options: MarkdownOptions = MarkdownOptions(),
        firstLine: Int = 1,
        rewriteLink: (MarkdownLink) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        // A Swift string is valid UTF-8 already: cmark need not check it again.
        var parseOptions = CMARK_OPT_DEFAULT
        if options.smartPunctuation { parseOptions |= CMARK_OPT_SMART }
        var renderOptions: Int32 = 0
        if options.unsafeHTML { renderOptions |= CMARK_OPT_UNSAFE }

        var text = source
        return text.withUTF8 { bytes in
            // Everything cmark allocates for this body (nodes, texts, the HTML) comes from this
            // thread's arena and goes at once at the end, after every string has been copied out.
            let mark = folio_arena_begin()
            defer { folio_arena_rewind(mark) }
            guard let parser = cmark_parser_new_with_mem(parseOptions, folio_arena_allocator()) else {
                return RenderedMarkdown(html: "", headings: [], links: [], firstParagraph: "", wordCount: 0)
            }
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            let parsed = cmark_parser_finish(parser)
            cmark_parser_free(parser)
            guard let root = parsed else {
                return RenderedMarkdown(html: "", headings: [], links: [], firstParagraph: "", wordCount: 0)
            }
            return rewriteAndRender(
                root, bytes: bytes, options: options, renderOptions: renderOptions, firstLine: firstLine,
                rewriteLink: rewriteLink)
        }
    }

    private static func rewriteAndRender(
        _ root: CmarkNode, bytes: UnsafeBufferPointer<UInt8>, options: MarkdownOptions, renderOptions: Int32,
        firstLine: Int, rewriteLink: (MarkdownLink) -> String?
    ) -> RenderedMarkdown {
        let lineShift = firstLine - 1
        var scan = folio_body_scan()
        guard folio_scan_body(root, folio_arena_allocator(), &scan) != 0 else {
            return RenderedMarkdown(html: "", headings: [], links: [], firstParagraph: "", wordCount: 0)
        }

        var locator = SourceLocator(bytes: bytes)
        var links: [MarkdownLink] = []
        if options.keepsLinks { links.reserveCapacity(scan.link_count) }
        for index in 0..<scan.link_count {
            guard let node = scan.links[index] else { continue }
            if !options.handlesAbsoluteLinks, let raw = cmark_node_get_url(node), MarkdownLink.isAbsolute(cString: raw)
            {
                continue
            }
            let destination = node.url
            let line = node.startLine
            let column = locator.column(of: destination, line: line, near: node.startColumn)
            let link = MarkdownLink(
                kind: node.type == CMARK_NODE_LINK ? .link : .image,
                destination: destination, line: line + lineShift, column: column)
            if options.keepsLinks { links.append(link) }
            if let replacement = rewriteLink(link) {
                // A string's own bytes (Swift ends them with a NUL), not a copy of them.
                replacement.withCString { cmark_node_set_url(node, $0) }
            }
        }

        var ids = HeadingIDs(reserved: options.reservedIDs)
        var headings: [MarkdownHeading] = []
        headings.reserveCapacity(scan.heading_count)
        for index in 0..<scan.heading_count {
            guard let node = scan.headings[index] else { continue }
            let text = plainText(of: node)
            let id = options.headingIDs ? ids.next(for: text) : ""
            headings.append(
                MarkdownHeading(level: node.headingLevel, text: text, id: id, line: node.startLine + lineShift))
            if options.headingIDs { giveID(id, to: node) }
        }

        let summary = scan.first_paragraph.map { plainText(of: $0) } ?? ""
        let html = renderHTML(root, options: renderOptions)
        return RenderedMarkdown(
            html: html, headings: headings, links: links, firstParagraph: summary, wordCount: scan.word_count)
    }

    /// cmark's renderer writes no heading ids, so the heading is swapped for a custom block
    /// holding a custom inline whose enter and exit texts are the tags with the id. The
    /// output is the same bytes cmark writes for a heading, plus the `id` attribute (a slug:
    /// nothing in it to escape).
    private static func giveID(_ id: String, to heading: CmarkNode) {
        var id = id
        id.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                _ = folio_give_heading_id(heading, $0.baseAddress, $0.count, folio_arena_allocator())
            }
        }
    }
}
