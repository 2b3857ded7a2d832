import FolioMustache
import Foundation

/// Context values shared by many pages, computed once per build: the `site` block and a
/// card for every person (home, topic pages, indexes and neighbours all reuse them). A class:
/// every page's render job holds it, and holding a reference is one count, where a copy of
/// its fields was one per field.
final class SiteContext: @unchecked Sendable {
    let site: Site
    let root: String
    let siteBlock: Context
    /// Cards by series position, each with `cardHTML` (the `card` template's output), made when
    /// a page first needs them: a rebuild that renders three pages makes a handful of cards, not
    /// one per person, and pages that list cards share them instead of copying them.
    private let cards: Store<Context>
    let topicsBySlug: [String: Topic]
    /// Each topic's name and address, as every card that names the topic shows it (one value
    /// shared by all those cards).
    private let topicLinks: [String: Context]

    /// Renders the `card` partial once per person; pages that list cards insert the result.
    let renderCard: @Sendable (Context) -> [UInt8]

    init(site: Site, renderCard: @escaping @Sendable (Context) -> [UInt8] = { _ in [] }) {
        self.site = site
        self.renderCard = renderCard
        let config = site.config
        let root = config.basePath
        self.root = root
        let pages: [Context] = site.pages.map { page in
            context([.title: page.title, .url: root + Permalink.page(page.slug)])
        }
        let author: Context? = config.author.map { author in
            context([.name: author.name, .url: author.url, .bio: author.bio])
        }
        siteBlock = context([
            .title: config.title, .description: config.description, .baseURL: config.baseURL, .root: root,
            .language: config.language, .author: author, .pages: pages,
            .feedURL: config.absoluteURL(Permalink.feed), .profileCount: site.people.count,
        ])
        var topicsBySlug: [String: Topic] = [:]
        for topic in site.topics { topicsBySlug[topic.slug] = topic }
        self.topicsBySlug = topicsBySlug
        var topicLinks: [String: Context] = [:]
        for topic in site.topics {
            topicLinks[topic.slug] = Self.topicLink(name: topic.name, slug: topic.slug, root: root)
        }
        self.topicLinks = topicLinks
        cards = Store(count: site.people.count)
    }

    /// The card of the person at `position` in series order.
    func card(_ position: Int) -> Context {
        cards.card(position) {
            var card = Self.card(site.people[position], root: root, config: site.config, topics: topicLinks)
            var values = card
            values[.site] = .object(siteBlock)
            card[.cardHTML] = .bytes(renderCard(values))
            return card
        }
    }

    private static func topicLink(name: String, slug: String, root: String) -> Context {
        var link = Context(minimumCapacity: 2)
        link.add(.name, name)
        link.add(.url, root + Permalink.topic(slug))
        return link
    }

    private static func card(_ person: Person, root: String, config: SiteConfig, topics: [String: Context])
        -> Context
    {
        let profile = person.profile
        let url = root + Permalink.person(profile.slug)
        var card = Context(minimumCapacity: 18)
        card.add(.name, profile.name)
        card.add(.title, profile.title)
        card.add(.sortName, profile.sortName)
        card.add(.slug, profile.slug)
        card.add(.url, url)
        card.add(.absoluteURL, config.absoluteURL(Permalink.person(profile.slug)))
        card.add(.number, profile.number)
        card.add(.dateISO, profile.date.description)
        card.add(.dateReadable, profile.date.readable)
        card.add(.tagline, profile.tagline)
        card.add(.location, profile.location)
        card.add(.excerpt, excerpt(profile.summary))
        card.add(
            .photo,
            profile.photo.map { photo in
                var values = Context(minimumCapacity: 2)
                values.add(.url, root + photo.sitePath)
                values.add(.alt, profile.name)
                return values
            })
        card.add(
            .topics,
            items: person.topicSlugs.map { slug in
                .object(topics[slug] ?? topicLink(name: slug, slug: slug, root: root))
            })
        return card
    }

    /// The `page` block: title, description, canonical URL, kind.
    func pageBlock(title: String, path: String, kind: String, description: String? = nil, image: String? = nil)
        -> Context
    {
        var block = Context(minimumCapacity: 7)
        block.add(.title, title)
        block.add(.url, site.config.absoluteURL(path))
        block.add(.path, root + path)
        block.add(.kind, kind)
        block.add(.description, description.map { excerpt($0, limit: 300) })
        block.add(.image, image)
        block.add(.isHome, path.isEmpty)
        return block
    }

    /// The `site` and `page` blocks, with room for the one block each page adds.
    func base(_ page: Context) -> Context {
        var values = Context(minimumCapacity: 3)
        values[.site] = .object(siteBlock)
        values[.page] = .object(page)
        return values
    }
}

/// Values per person made when first needed, shared by the pages rendered in parallel.
final class Store<Value>: @unchecked Sendable {
    private var cards: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        cards = Array(repeating: nil, count: count)
    }

    func card(_ position: Int, make: () -> Value) -> Value {
        lock.lock()
        if let card = cards[position] {
            lock.unlock()
            return card
        }
        lock.unlock()
        let card = make()
        lock.lock()
        cards[position] = card
        lock.unlock()
        return card
    }
}
