/// Stage 4: assembles people, topics and pages into a `Site`: series order, neighbours,
/// topic membership and names, related topics; then backlinks, once the link check (which
/// runs beside the assembly) has found them. Checks what needs the whole series at once
/// (duplicate numbers).
enum SiteBuilder {
    /// The site without backlinks (every `mentionedIn` empty), and the series position of each
    /// of `profiles`, for `addBacklinks`.
    static func assemble(
        config: SiteConfig, profiles: [Profile], topicFiles: [TopicFile], pages: [Page],
        inventory: ContentInventory
    ) -> (site: Site, diagnostics: [Diagnostic], positions: [Int]) {
        var diagnostics: [Diagnostic] = []
        // By number, then slug; the numbers taken out first (no profile touched per comparison).
        let numbers = profiles.map(\.number)
        let order = profiles.indices.sorted { a, b in
            numbers[a] != numbers[b] ? numbers[a] < numbers[b] : profiles[a].slug < profiles[b].slug
        }
        let ordered = order.map { profiles[$0] }
        diagnostics += duplicateNumbers(ordered)
        var positions = [Int](repeating: 0, count: profiles.count)
        for (position, index) in order.enumerated() { positions[index] = position }

        var people: [Person] = []
        people.reserveCapacity(ordered.count)
        for (index, profile) in ordered.enumerated() {
            var topicSlugs: [String] = []  // a handful: an array beats a set here
            topicSlugs.reserveCapacity(profile.topics.count)
            for topic in profile.topics where !topicSlugs.contains(topic.slug) { topicSlugs.append(topic.slug) }
            people.append(
                Person(
                    profile: profile, position: index, previous: index > 0 ? index - 1 : nil,
                    next: index + 1 < ordered.count ? index + 1 : nil, topicSlugs: topicSlugs,
                    mentionedIn: []))
        }

        let topics = TopicIndex.build(people: people, topicFiles: topicFiles)
        diagnostics += aliasCollisions(people: people, topics: topics, pages: pages)
        var photoFiles: [String: ContentFile] = [:]
        var staticByPath: [String: ContentFile] = [:]
        for file in inventory.staticFiles { staticByPath[file.contentPath] = file }
        for person in people {
            if let photo = person.profile.photo {
                photoFiles[photo.contentPath] =
                    inventory.peopleImages[photo.contentPath] ?? staticByPath[photo.contentPath]
            }
        }
        let site = Site(
            config: config, people: people, topics: topics, pages: pages.sorted { $0.slug < $1.slug },
            staticFiles: inventory.staticFiles, photoFiles: photoFiles)
        return (site, diagnostics, positions)
    }

    /// Fills each person's `mentionedIn` from the link check's mentions: the series positions
    /// of the profiles linking to them, each once, in series order.
    static func addBacklinks(_ mentions: [LinkChecker.Mention], positions: [Int], to site: inout Site) {
        // Each person's mentioners in one flat list, grouped by person (counted first, so that
        // nothing grows as it is filled), then sorted and made unique person by person.
        var ends = [Int](repeating: 0, count: site.people.count + 1)
        for mention in mentions { ends[positions[mention.target] + 1] += 1 }
        for position in site.people.indices { ends[position + 1] += ends[position] }
        var filled = ends
        var flat = [Int](repeating: 0, count: mentions.count)
        for mention in mentions {
            let target = positions[mention.target]
            flat[filled[target]] = positions[mention.source]
            filled[target] += 1
        }
        for position in site.people.indices where ends[position + 1] > ends[position] {
            var sources = Array(flat[ends[position]..<ends[position + 1]])
            sources.sort()
            var kept = 1
            for index in 1..<sources.count where sources[index] != sources[kept - 1] {
                sources[kept] = sources[index]
                kept += 1
            }
            sources.removeLast(sources.count - kept)
            site.people[position].mentionedIn = sources
        }
    }

    /// An alias must be an address no page has: not another page's, not another alias's.
    private static func aliasCollisions(people: [Person], topics: [Topic], pages: [Page]) -> [Diagnostic] {
        guard people.contains(where: { !$0.profile.aliases.isEmpty }) else { return [] }
        var owners: [String: String] = [:]
        for person in people {
            owners[Permalink.outputFile(Permalink.person(person.profile.slug))] = person.profile.file.sitePath
        }
        for topic in topics { owners[Permalink.outputFile(Permalink.topic(topic.slug))] = "the topic '\(topic.name)'" }
        for page in pages { owners[Permalink.outputFile(Permalink.page(page.slug))] = page.file.sitePath }
        for (path, name) in [
            ("index.html", "the home page"), (Permalink.outputFile(Permalink.people), "the people index"),
            (Permalink.outputFile(Permalink.topics), "the topics index"),
            (Permalink.outputFile(Permalink.series), "the series page"), (Permalink.notFound, "the 404 page"),
        ] {
            owners[path] = name
        }
        var diagnostics: [Diagnostic] = []
        for person in people {
            for alias in person.profile.aliases {
                if let owner = owners[alias.outputFile] {
                    diagnostics.append(
                        .error(
                            "alias '\(alias.outputFile.dropLast("index.html".count))' is already the address of \(owner); an alias must be an old address no page uses",
                            at: alias.location))
                } else {
                    owners[alias.outputFile] = "an alias in \(person.profile.file.sitePath)"
                }
            }
        }
        return diagnostics
    }

    private static func duplicateNumbers(_ ordered: [Profile]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var index = 0
        while index < ordered.count {
            var end = index + 1
            while end < ordered.count, ordered[end].number == ordered[index].number { end += 1 }
            if end - index > 1 {
                let group = ordered[index..<end]
                for profile in group {
                    let others = group.filter { $0.slug != profile.slug }.map(\.file.sitePath).joined(separator: ", ")
                    diagnostics.append(
                        .error(
                            "number \(profile.number) is also used by \(others); each profile needs its own number",
                            at: profile.numberLocation))
                }
            }
            index = end
        }
        return diagnostics
    }
}
