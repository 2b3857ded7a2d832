/// How a Markdown body is turned into HTML.
public struct MarkdownOptions: Sendable, Hashable {
    /// Keep raw HTML from the source. Off: cmark replaces it with a comment.
    public var unsafeHTML: Bool
    /// Curly quotes, dashes and ellipses (cmark's `--smart`).
    public var smartPunctuation: Bool
    /// Give every heading an `id` derived from its text, unique within the page.
    public var headingIDs: Bool
    /// Ids already used on the page around the body (they are never given to a heading).
    public var reservedIDs: [String]
    /// Return every link in `RenderedMarkdown.links`. Off: each link is only shown to the
    /// rewriting closure (which keeps what it needs), and the result's list is empty.
    public var keepsLinks: Bool
    /// Treat absolute links (`MarkdownLink.isAbsolute`) as the others: locate them, show them to
    /// the rewriting closure, keep them. Off: they are left as written and passed over (no
    /// string made, no source line searched), for a caller that neither rewrites nor reports them.
    public var handlesAbsoluteLinks: Bool

    public init(
        unsafeHTML: Bool = false,
        smartPunctuation: Bool = true,
        headingIDs: Bool = true,
        reservedIDs: [String] = [],
        keepsLinks: Bool = true,
        handlesAbsoluteLinks: Bool = true
    ) {
        self.unsafeHTML = unsafeHTML
        self.smartPunctuation = smartPunctuation
        self.headingIDs = headingIDs
        self.reservedIDs = reservedIDs
        self.keepsLinks = keepsLinks
        self.handlesAbsoluteLinks = handlesAbsoluteLinks
    }
}
