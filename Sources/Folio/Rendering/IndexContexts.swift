import FolioMustache

/// Contexts of the index pages: home, A–Z, topics, a topic, the series.
extension SiteContext {
    static let homeCount = 12

    func homePage() -> Context {
        let latest = site.newest(Self.homeCount).map { card($0) }
        var values = base(
            pageBlock(title: site.config.title, path: "", kind: "home", description: site.config.description))
        values[.latest] = latest.templateValue
        values[.topicCount] = .number(site.topics.count)
        return values
    }

    func peoplePage() -> Context {
        let groups: [Context] = AlphabeticalIndex.groups(site.people).map { group in
            context([
                .letter: group.letter, .anchor: group.letter == "#" ? "other" : group.letter.lowercased(),
                .people: group.people.map { card($0) },
            ])
        }
        var values = base(
            pageBlock(
                title: "People A–Z", path: Permalink.people, kind: "people",
                description: "Everyone profiled in \(site.config.title), by family name."))
        values[.groups] = groups.templateValue
        values[.count] = .number(site.people.count)
        return values
    }

    func topicsPage() -> Context {
        let topics: [Context] = site.topics.sorted {
            AlphabeticalIndex.foldedKey($0.name) < AlphabeticalIndex.foldedKey($1.name)
        }
        .map { context([.name: $0.name, .url: root + Permalink.topic($0.slug), .profileCount: $0.people.count]) }
        var values = base(
            pageBlock(
                title: "Topics", path: Permalink.topics, kind: "topics",
                description: "The topics of \(site.config.title)."))
        values[.topics] = topics.templateValue
        values[.count] = .number(topics.count)
        return values
    }

    func topicPage(_ topic: Topic) -> Context {
        let related: [Context] = topic.related.compactMap { slug in
            topicsBySlug[slug].map { context([.name: $0.name, .url: root + Permalink.topic($0.slug)]) }
        }
        let block = context([
            .name: topic.name, .slug: topic.slug, .description: topic.description?.markdown.html,
            .people: topic.people.map { card($0) }, .profileCount: topic.people.count,
            .profileWord: topic.people.count == 1 ? "profile" : "profiles",
            .related: related, .hasRelated: !related.isEmpty,
        ])
        var values = base(
            pageBlock(
                title: topic.name, path: Permalink.topic(topic.slug), kind: "topic",
                description: topic.description?.markdown.firstParagraph ?? "Profiles about \(topic.name)."))
        values[.topic] = .object(block)
        return values
    }

    func seriesPage() -> Context {
        var years: [Context] = []
        var current: (year: Int, people: [Context])?
        for person in site.people.sorted(by: {
            ($0.profile.date, $0.profile.number) < ($1.profile.date, $1.profile.number)
        }) {
            let year = person.profile.date.year
            if current?.year != year {
                if let current { years.append(context([.year: current.year, .people: current.people])) }
                current = (year, [])
            }
            current?.people.append(card(person.position))
        }
        if let current { years.append(context([.year: current.year, .people: current.people])) }
        var values = base(
            pageBlock(
                title: "The series", path: Permalink.series, kind: "series",
                description: "Every profile of \(site.config.title), by number and year."))
        values[.years] = years.templateValue
        values[.count] = .number(site.people.count)
        return values
    }

    func standalonePage(_ page: Page) -> Context {
        var values = base(
            pageBlock(
                title: page.title, path: Permalink.page(page.slug), kind: "page",
                description: page.description ?? page.body.markdown.firstParagraph))
        values[.standalone] = .object(context([.title: page.title, .body: page.body.markdown.html]))
        return values
    }

    func notFoundPage() -> Context {
        base(pageBlock(title: "Page not found", path: Permalink.notFound, kind: "not-found"))
    }

    func redirectPage(to person: Person) -> Context {
        let path = Permalink.person(person.profile.slug)
        var values = base(pageBlock(title: person.profile.title, path: path, kind: "redirect"))
        values[.target] = .object(
            context([
                .title: person.profile.title, .url: root + path, .absoluteURL: site.config.absoluteURL(path),
            ]))
        return values
    }
}
