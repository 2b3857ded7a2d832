import FolioMarkdown

/// One profile: a person of the series, as its Markdown file describes them.
public struct Profile: Sendable {
    public struct Link: Sendable, Hashable {
        public var label: String
        public var url: String
    }

    public struct Education: Sendable, Hashable {
        public var school: String
        public var degree: String?
        public var year: Int?
    }

    public struct Award: Sendable, Hashable {
        public var name: String
        public var by: String?
        public var year: Int?
    }

    public struct Book: Sendable, Hashable {
        public var title: String
        public var year: Int?
        public var url: String?
    }

    public var slug: String
    public var file: ContentFile
    public var name: String
    public var number: Int
    public var numberLocation: SourceLocation
    public var date: SeriesDate
    public var title: String
    public var sortName: String
    public var summary: String
    public var tagline: String?
    public var location: String?
    public var photo: Photo?
    public var topics: [TopicMention]
    public var links: [Link]
    public var education: [Education]
    public var awards: [Award]
    public var books: [Book]
    public var draft: Bool
    public var aliases: [Alias]
    public var body: Body
    /// Hash of the file's text and the photo found for it: everything the profile was parsed from.
    public var fingerprint: Int
}

/// A profile's picture: the content file and where it is published.
public struct Photo: Sendable, Hashable {
    public var contentPath: String
    public var sitePath: String
}

/// A topic as one profile names it, with where it is named.
public struct TopicMention: Sendable, Hashable {
    public var name: String
    public var slug: String
    public var location: SourceLocation
}

/// An old address of a page, published as a redirect.
public struct Alias: Sendable, Hashable {
    /// Site-relative output file: `2020/12/jane-hart/index.html`.
    public var outputFile: String
    public var location: SourceLocation
}

/// A rendered Markdown body and where its links point.
public struct Body: Sendable {
    public var markdown: RenderedMarkdown
    public var links: [BodyLink]
    /// Hash of the rendered HTML: pages that show this body change exactly when it changes.
    public var fingerprint: Int

    init(markdown: RenderedMarkdown, links: [BodyLink]) {
        self.markdown = markdown
        self.links = links
        fingerprint = markdown.html.hashValue
    }
}

public struct BodyLink: Sendable, Hashable {
    public var link: MarkdownLink
    public var target: LinkTarget
    public var location: SourceLocation
}

/// A standalone page from `Content/pages/`.
public struct Page: Sendable {
    public var slug: String
    public var file: ContentFile
    public var title: String
    public var description: String?
    public var draft: Bool
    public var body: Body
}

/// A topic's own file, `Content/topics/<slug>.md`: its display name and description.
public struct TopicFile: Sendable {
    public var slug: String
    public var file: ContentFile
    public var name: String?
    public var body: Body
}
