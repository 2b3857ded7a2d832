import Foundation

/// The key of each page: a hash of everything its template is given. Two builds that give a
/// page the same key render it to the same bytes, so the preview server renders only the
/// pages whose key changed. The randomized incremental-equals-full test keeps this honest.
final class PageKeys: @unchecked Sendable {
    private let site: Site
    private let base: Int
    /// Per person (series position): a hash of what a card of that person shows.
    private let cards: [Int]
    private let topicNames: [String: String]
    /// Output path -> key, filled while the jobs are made.
    var byPath: [String: Int] = [:]

    init(site: Site, templates: TemplateSet) {
        self.site = site
        var topicNames: [String: String] = [:]
        for topic in site.topics { topicNames[topic.slug] = topic.name }
        self.topicNames = topicNames
        var hasher = Hasher()
        hasher.combine(templates.fingerprint)
        hasher.combine(site.config)
        hasher.combine(site.people.count)
        for page in site.pages {
            hasher.combine(page.slug)
            hasher.combine(page.title)
        }
        base = hasher.finalize()
        // Only what a card shows: editing a body below its first paragraph changes no card.
        // A card shows its person's fields and the display names of its topics. All topic names
        // are hashed once (a rename of one topic changes every card's key: rare, and correct).
        var names = Hasher()
        for topic in site.topics {
            names.combine(topic.slug)
            names.combine(topic.name)
        }
        let namesKey = names.finalize()
        cards = site.people.map { person in
            var hasher = Hasher()
            hasher.combine(person.profile.cardFingerprint)
            hasher.combine(namesKey)
            return hasher.finalize()
        }
    }

    private func key(_ kind: String, _ more: (inout Hasher) -> Void) -> Int {
        var hasher = Hasher()
        hasher.combine(base)
        hasher.combine(kind)
        more(&hasher)
        return hasher.finalize()
    }

    func person(_ person: Person) -> Int {
        key("person") { hasher in
            hasher.combine(person.profile.fingerprint)
            hasher.combine(cards[person.position])
            hasher.combine(person.previous.map { cards[$0] })
            hasher.combine(person.next.map { cards[$0] })
            for position in person.mentionedIn { hasher.combine(cards[position]) }
        }
    }

    func topic(_ topic: Topic) -> Int {
        key("topic") { hasher in
            hasher.combine(topic.slug)
            hasher.combine(topic.name)
            hasher.combine(topic.description?.fingerprint)
            for position in topic.people { hasher.combine(cards[position]) }
            for slug in topic.related {
                hasher.combine(slug)
                hasher.combine(topicNames[slug])
            }
        }
    }

    func home() -> Int {
        key("home") { hasher in
            hasher.combine(site.topics.count)
            for position in site.newest(SiteContext.homeCount) { hasher.combine(cards[position]) }
        }
    }

    func people() -> Int { key("people") { hasher in for card in cards { hasher.combine(card) } } }
    func series() -> Int { key("series") { hasher in for card in cards { hasher.combine(card) } } }
    /// The feed shows the newest people's cards and whole bodies.
    func feed() -> Int {
        key("feed") { hasher in
            for position in site.newest(SiteContext.feedCount) {
                hasher.combine(cards[position])
                hasher.combine(site.people[position].profile.body.fingerprint)
                hasher.combine(site.people[position].profile.date)
            }
        }
    }

    func topicsIndex() -> Int {
        key("topics") { hasher in
            for topic in site.topics {
                hasher.combine(topic.slug)
                hasher.combine(topic.name)
                hasher.combine(topic.people.count)
            }
        }
    }

    func page(_ page: Page) -> Int {
        key("page") { hasher in
            hasher.combine(page.slug)
            hasher.combine(page.title)
            hasher.combine(page.description)
            hasher.combine(page.body.fingerprint)
        }
    }

    func notFound() -> Int { key("404") { _ in } }

    func redirect(to person: Person) -> Int { key("redirect") { hasher in hasher.combine(cards[person.position]) } }

    /// The sitemap lists every person, topic and page with dates: their slugs and dates decide it,
    /// with how many URLs a file holds (which decides whether `sitemap.xml` is an index).
    func sitemap(urlsPerFile: Int) -> Int {
        key("sitemap") { hasher in
            hasher.combine(urlsPerFile)
            for person in site.people {
                hasher.combine(person.profile.slug)
                hasher.combine(person.profile.date)
            }
            for topic in site.topics {
                hasher.combine(topic.slug)
                hasher.combine(topic.people.count)
                for position in topic.people { hasher.combine(position) }
            }
            for page in site.pages { hasher.combine(page.slug) }
        }
    }
}

/// Rendered pages of the previous build, by output path, with the key they were rendered for.
public final class RenderCache: @unchecked Sendable {
    private var entries: [String: (key: Int, bytes: [UInt8])] = [:]
    private let lock = NSLock()

    public init() {}

    func bytes(for path: String, key: Int) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[path], entry.key == key else { return nil }
        return entry.bytes
    }

    /// Keeps the pages of this build: the entries whose key changed are replaced; when `keys`
    /// are those of every page (`complete`), entries of pages that are gone are dropped.
    func store(_ files: [OutputFile], keys: [String: Int], complete: Bool) {
        lock.lock()
        defer { lock.unlock() }
        for file in files {
            guard case .bytes(let bytes) = file.contents, let key = keys[file.path] else { continue }
            if entries[file.path]?.key != key { entries[file.path] = (key, bytes) }
        }
        if complete, entries.count != keys.count {
            entries = entries.filter { keys[$0.key] != nil }
        }
    }
}
