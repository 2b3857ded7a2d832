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
    /// Find the column of absolute links too (`MarkdownLink.isAbsolute`). Off: they get column
    /// 0, and their source lines are not searched (for a caller that reports nothing about them).
    public var locatesAbsoluteLinks: Bool

    public init(
        unsafeHTML: Bool = false,
        smartPunctuation: Bool = true,
        headingIDs: Bool = true,
        reservedIDs: [String] = [],
        keepsLinks: Bool = true,
        locatesAbsoluteLinks: Bool = true
    ) {
        self.unsafeHTML = unsafeHTML
        self.smartPunctuation = smartPunctuation
        self.headingIDs = headingIDs
        self.reservedIDs = reservedIDs
        self.keepsLinks = keepsLinks
        self.locatesAbsoluteLinks = locatesAbsoluteLinks
    }
}
