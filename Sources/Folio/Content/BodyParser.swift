import FolioMarkdown

/// What parsing a body needs to know about the whole site, fixed before any file is parsed.
struct ParseSettings: Sendable {
    var basePath: String
    var unsafeHTML: Bool
    var smartPunctuation: Bool
    var inventory: ContentInventory
    /// Whether pages' inputs are hashed (for a render cache, which only `folio serve` keeps).
    var fingerprints = true
}

/// Stage 2 (bodies): Markdown through cmark, with links to content files rewritten to the
/// URLs those files are published at. Whether the targets exist is checked later, in Linking.
enum BodyParser {
    static func parse(
        _ markdown: Substring, firstLine: Int, file: ContentFile, settings: ParseSettings,
        reservedIDs: [String] = []
    ) -> Body {
        let options = MarkdownOptions(
            unsafeHTML: settings.unsafeHTML, smartPunctuation: settings.smartPunctuation, headingIDs: true,
            // The links to check are kept below, as `BodyLink`s; absolute ones are left as they are.
            reservedIDs: reservedIDs, keepsLinks: false, handlesAbsoluteLinks: false)
        var links: [BodyLink] = []
        links.reserveCapacity(8)  // a profile links to a handful of others: fewer doublings
        let rendered = MarkdownRenderer.render(markdown, options: options, firstLine: firstLine) { link in
            let target = LinkTarget.classify(link.destination, from: file.contentPath)
            if target == .external { return nil }  // left alone, and nothing to check
            links.append(
                BodyLink(
                    link: link, target: target,
                    location: SourceLocation(file: file.sitePath, line: link.line, column: link.column)))
            guard case .content(let path, let fragment) = target else { return nil }
            return Permalink.url(of: path, fragment: fragment, base: settings.basePath)
        }
        return Body(markdown: rendered, links: links, fingerprinted: settings.fingerprints)
    }
}
