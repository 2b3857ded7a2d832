/// Topics as partitions of the series: who is filed under each, its display name, and
/// which topics co-occur with it most.
enum TopicIndex {
    static let relatedCount = 5

    static func build(people: [Person], topicFiles: [TopicFile]) -> [Topic] {
        var members: [String: [Int]] = [:]
        var spellings: [String: [String: Int]] = [:]
        var firstSpelling: [String: [String]] = [:]
        for person in people {
            for mention in person.profile.topics {
                if members[mention.slug]?.last != person.position {
                    members[mention.slug, default: []].append(person.position)
                }
                if spellings[mention.slug]?[mention.name] == nil {
                    firstSpelling[mention.slug, default: []].append(mention.name)
                }
                spellings[mention.slug, default: [:]][mention.name, default: 0] += 1
            }
        }
        var files: [String: TopicFile] = [:]
        for file in topicFiles { files[file.slug] = file }

        // Co-occurrence counts: each person adds one to every pair of its topics.
        var together: [String: [String: Int]] = [:]
        for person in people {
            let slugs = person.topicSlugs
            for a in slugs {
                for b in slugs where a != b { together[a, default: [:]][b, default: 0] += 1 }
            }
        }

        let allSlugs = Set(members.keys).union(files.keys).sorted()
        return allSlugs.map { slug in
            let name: String
            if let given = files[slug]?.name {
                name = given
            } else if let counts = spellings[slug], let order = firstSpelling[slug] {
                // The most common spelling; on a tie, the one used first in series order.
                let best = counts.values.max() ?? 0
                name = order.first { counts[$0] == best } ?? slug
            } else {
                name = slug.split(separator: "-").joined(separator: " ").capitalized
            }
            let related = (together[slug] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .prefix(relatedCount).map(\.key)
            return Topic(
                slug: slug, name: name, description: files[slug]?.body, descriptionFile: files[slug]?.file,
                people: members[slug] ?? [], related: Array(related))
        }
    }
}
