/// Stage 4: assembles people, topics and pages into a `Site`: series order, neighbours,
/// topic membership and names, related topics, backlinks. Checks what needs the whole
/// series at once (duplicate numbers).
enum SiteBuilder {
    static func assemble(
        config: SiteConfig, profiles: [Profile], topicFiles: [TopicFile], pages: [Page],
        backlinks: [String: Set<String>], inventory: ContentInventory
    ) -> (Site, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let ordered = profiles.sorted { ($0.number, $0.slug) < ($1.number, $1.slug) }
        diagnostics += duplicateNumbers(ordered)

        var positionOfSlug: [String: Int] = [:]
        for (index, profile) in ordered.enumerated() { positionOfSlug[profile.slug] = index }

        var people: [Person] = []
        people.reserveCapacity(ordered.count)
        for (index, profile) in ordered.enumerated() {
            var topicSlugs: [String] = []  // a handful: an array beats a set here
            for topic in profile.topics where !topicSlugs.contains(topic.slug) { topicSlugs.append(topic.slug) }
            let mentions = (backlinks[profile.slug] ?? []).compactMap { positionOfSlug[$0] }.sorted()
            people.append(
                Person(
                    profile: profile, position: index, previous: index > 0 ? index - 1 : nil,
                    next: index + 1 < ordered.count ? index + 1 : nil, topicSlugs: topicSlugs,
                    mentionedIn: mentions))
        }

        let topics = TopicIndex.build(people: people, topicFiles: topicFiles)
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
        return (site, diagnostics)
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
