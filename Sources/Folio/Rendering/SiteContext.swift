/// Context values shared by many pages, computed once per build: the `site` block and a
/// card for every person (home, topic pages, indexes and neighbours all reuse them).
struct SiteContext: @unchecked Sendable {
    let site: Site
    let root: String
    let siteBlock: Context
    /// Indexed by series position.
    let cards: [Context]
    let topicsBySlug: [String: Topic]

    init(site: Site) {
        self.site = site
        let config = site.config
        root = config.basePath
        let root = self.root
        let pages: [Context] = site.pages.map { page in
            ["title": page.title, "url": root + Permalink.page(page.slug)]
        }
        let author: Context? = config.author.map { author in
            context(["name": author.name, "url": author.url, "bio": author.bio])
        }
        siteBlock = context([
            "title": config.title, "description": config.description, "baseURL": config.baseURL, "root": root,
            "language": config.language, "author": author, "pages": pages,
            "feedURL": config.absoluteURL(Permalink.feed), "profileCount": site.people.count,
        ])
        var topicsBySlug: [String: Topic] = [:]
        for topic in site.topics { topicsBySlug[topic.slug] = topic }
        self.topicsBySlug = topicsBySlug
        cards = site.people.map { person in
            Self.card(person, root: root, config: config, topics: topicsBySlug)
        }
    }

    private static func card(_ person: Person, root: String, config: SiteConfig, topics: [String: Topic]) -> Context {
        let profile = person.profile
        let url = root + Permalink.person(profile.slug)
        let photo: Context? = profile.photo.map { ["url": root + $0.sitePath, "alt": profile.name] }
        let topicLinks: [Context] = person.topicSlugs.map { slug in
            ["name": topics[slug]?.name ?? slug, "url": root + Permalink.topic(slug)]
        }
        return context([
            "name": profile.name, "title": profile.title, "sortName": profile.sortName, "slug": profile.slug,
            "url": url, "absoluteURL": config.absoluteURL(Permalink.person(profile.slug)),
            "number": profile.number, "dateISO": profile.date.description, "dateReadable": profile.date.readable,
            "tagline": profile.tagline, "location": profile.location, "excerpt": excerpt(profile.summary),
            "photo": photo, "topics": topicLinks,
        ])
    }

    /// The `page` block: title, description, canonical URL, kind.
    func pageBlock(title: String, path: String, kind: String, description: String? = nil, image: String? = nil)
        -> Context
    {
        context([
            "title": title, "url": site.config.absoluteURL(path), "path": root + path, "kind": kind,
            "description": description.map { excerpt($0, limit: 300) }, "image": image, "isHome": path.isEmpty,
        ])
    }

    func base(_ page: Context) -> Context {
        ["site": siteBlock, "page": page]
    }
}
