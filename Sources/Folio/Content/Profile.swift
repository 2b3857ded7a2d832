import FolioMarkdown

extension Profile {
    /// A body's heading ids and where its links lead: what other pages' links and backlinks see.
    static func combineStructure(of body: Body, into hasher: inout Hasher) {
        for heading in body.markdown.headings { hasher.combine(heading.id) }
        for link in body.links { hasher.combine(link.target) }
    }
}

/// One profile: a person of the series, as its Markdown file describes them. A class, so
/// that the many arrays and sorts of a build pass it around without copying its fields.
public final class Profile: Sendable {
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

    public let slug: String
    public let file: ContentFile
    public let name: String
    public let number: Int
    public let numberLocation: SourceLocation
    public let date: SeriesDate
    public let title: String
    public let sortName: String
    public let summary: String
    public let tagline: String?
    public let location: String?
    public let photo: Photo?
    public let topics: [TopicMention]
    public let links: [Link]
    public let education: [Education]
    public let awards: [Award]
    public let books: [Book]
    public let draft: Bool
    public let aliases: [Alias]
    public let body: Body
    /// Hash of the profile's file and photo; this and the two below are 0 when nothing keeps
    /// rendered pages (`folio build`).
    public let fingerprint: Int
    /// Hash of what a card of this person shows (not the body): pages that list people
    /// change only when it does.
    public let cardFingerprint: Int
    /// Hash of what the site's structure depends on (number, slug, draft, topics, photo, aliases, the ids
    /// of its page, its links to other content): a build in which no file's structure changed
    /// keeps the previous build's series order, topics, backlinks and link verdicts.
    public let structureFingerprint: Int

    init(
        slug: String,
        file: ContentFile,
        name: String,
        number: Int,
        numberLocation: SourceLocation,
        date: SeriesDate,
        title: String,
        sortName: String,
        summary: String,
        tagline: String?,
        location: String?,
        photo: Photo?,
        topics: [TopicMention],
        links: [Link],
        education: [Education],
        awards: [Award],
        books: [Book],
        draft: Bool,
        aliases: [Alias],
        body: Body,
        fingerprint: Int?
    ) {
        self.slug = slug
        self.file = file
        self.name = name
        self.number = number
        self.numberLocation = numberLocation
        self.date = date
        self.title = title
        self.sortName = sortName
        self.summary = summary
        self.tagline = tagline
        self.location = location
        self.photo = photo
        self.topics = topics
        self.links = links
        self.education = education
        self.awards = awards
        self.books = books
        self.draft = draft
        self.aliases = aliases
        self.body = body
        // Without a render cache (`folio build`) nothing compares these hashes.
        guard let fingerprint else {
            (self.fingerprint, cardFingerprint, structureFingerprint) = (0, 0, 0)
            return
        }
        self.fingerprint = fingerprint
        var hasher = Hasher()
        hasher.combine(slug)
        hasher.combine(name)
        hasher.combine(title)
        hasher.combine(sortName)
        hasher.combine(number)
        hasher.combine(date)
        hasher.combine(tagline)
        hasher.combine(location)
        hasher.combine(summary)
        hasher.combine(photo)
        for topic in topics { hasher.combine(topic.slug) }
        cardFingerprint = hasher.finalize()
        var structure = Hasher()
        structure.combine(slug)
        structure.combine(number)
        structure.combine(draft)
        for topic in topics {
            structure.combine(topic.name)
            structure.combine(topic.slug)
        }
        structure.combine(photo)
        for alias in aliases { structure.combine(alias.outputFile) }
        structure.combine(education.isEmpty)
        structure.combine(awards.isEmpty)
        structure.combine(books.isEmpty)
        structure.combine(links.isEmpty)
        Self.combineStructure(of: body, into: &structure)
        structureFingerprint = structure.finalize()
    }
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
    /// Hash of the rendered HTML: pages that show this body change exactly when it changes
    /// (0 when nothing keeps rendered pages).
    public var fingerprint: Int

    init(markdown: RenderedMarkdown, links: [BodyLink], fingerprinted: Bool = true) {
        self.markdown = markdown
        self.links = links
        fingerprint = fingerprinted ? Fingerprint.ofText(markdown.html) : 0
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
