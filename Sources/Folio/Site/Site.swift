/// The assembled series: everything the pages show, in the order they show it.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Every published person, in series order (by number).
    public var people: [Person]
    /// Every topic, by slug.
    public var topics: [Topic]
    public var pages: [Page]
    public var staticFiles: [ContentFile]
    /// Photo content path -> content file, for copying.
    public var photoFiles: [String: ContentFile]

    /// Positions of the `count` newest people (by date, then number), newest first, found in
    /// one pass without sorting the whole series.
    public func newest(_ count: Int) -> [Int] {
        var best: [(date: SeriesDate, number: Int, position: Int)] = []
        best.reserveCapacity(count + 1)
        for person in people {
            let entry = (date: person.profile.date, number: person.profile.number, position: person.position)
            if best.count == count, let last = best.last, (entry.date, entry.number) <= (last.date, last.number) {
                continue
            }
            let index = best.firstIndex { (entry.date, entry.number) > ($0.date, $0.number) } ?? best.count
            best.insert(entry, at: index)
            if best.count > count { best.removeLast() }
        }
        return best.map(\.position)
    }
}

/// A profile placed in the series: its neighbours, its topics, who mentions it.
public struct Person: Sendable {
    public var profile: Profile
    /// Position in series order, 0-based.
    public var position: Int
    /// Slugs of the profiles before and after this one in series order.
    public var previous: Int?
    public var next: Int?
    /// Topic slugs, in the profile's order, without repeats.
    public var topicSlugs: [String]
    /// Positions (in series order) of the people whose bodies link here.
    public var mentionedIn: [Int]

    public var readingMinutes: Int { max(1, (profile.body.markdown.wordCount + 110) / 220) }
}

/// A topic: its name, description and the people filed under it.
public struct Topic: Sendable {
    public var slug: String
    public var name: String
    public var description: Body?
    public var descriptionFile: ContentFile?
    /// Positions of its people in series order.
    public var people: [Int]
    /// Slugs of the topics that share the most people with this one, most first.
    public var related: [String]
}
