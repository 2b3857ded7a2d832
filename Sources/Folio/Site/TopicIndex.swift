/// Topics as partitions of the series: who is filed under each, its display name, and
/// which topics co-occur with it most.
enum TopicIndex {
    static let relatedCount = 5

    static func build(people: [Person], topicFiles: [TopicFile]) -> [Topic] {
        // Each slug is looked up once per mention and numbered; the rest works on the numbers.
        var number: [String: Int] = [:]
        var slugs: [String] = []
        var members: [[Int]] = []
        var spellings: [[(name: String, count: Int)]] = []  // in order of first use
        var otherSpellings: [[String: Int]] = []  // index in `spellings` of all but the first
        for person in people {
            for mention in person.profile.topics {
                let topic: Int
                if let known = number[mention.slug] {
                    topic = known
                } else {
                    topic = slugs.count
                    number[mention.slug] = topic
                    slugs.append(mention.slug)
                    members.append([])
                    spellings.append([(mention.name, 0)])
                    otherSpellings.append([:])
                }
                if members[topic].last != person.position { members[topic].append(person.position) }
                if spellings[topic][0].name == mention.name {
                    spellings[topic][0].count += 1
                } else if let index = otherSpellings[topic][mention.name] {
                    spellings[topic][index].count += 1
                } else {
                    otherSpellings[topic][mention.name] = spellings[topic].count
                    spellings[topic].append((mention.name, 1))
                }
            }
        }
        var files: [String: TopicFile] = [:]
        for file in topicFiles { files[file.slug] = file }

        // Co-occurrence counts: each person adds one to every pair of its topics.
        var together: [[Int: Int]] = Array(repeating: [:], count: slugs.count)
        var own: [Int] = []
        for person in people {
            own.removeAll(keepingCapacity: true)
            for slug in person.topicSlugs { own.append(number[slug]!) }
            for a in own {
                for b in own where a != b { together[a][b, default: 0] += 1 }
            }
        }

        let allSlugs = Set(slugs).union(files.keys).sorted()
        return allSlugs.map { slug in
            let topic = number[slug]
            let name: String
            if let given = files[slug]?.name {
                name = given
            } else if let topic {
                // The most common spelling; on a tie, the one used first in series order.
                let best = spellings[topic].map(\.count).max() ?? 0
                name = spellings[topic].first { $0.count == best }?.name ?? slug
            } else {
                name = slug.split(separator: "-").joined(separator: " ").capitalized
            }
            let counts = topic.map { together[$0].map { (key: slugs[$0.key], value: $0.value) } } ?? []
            let related = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(relatedCount).map(\.key)
            return Topic(
                slug: slug, name: name, description: files[slug]?.body, descriptionFile: files[slug]?.file,
                people: topic.map { members[$0] } ?? [], related: Array(related))
        }
    }
}
