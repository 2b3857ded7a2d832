/// Topics as partitions of the series: who is filed under each, its display name, and
/// which topics co-occur with it most.
enum TopicIndex {
    static let relatedCount = 5

    static func build(people: [Person], topicFiles: [TopicFile]) -> [Topic] {
        // Each slug is looked up once per mention and numbered; the rest works on the numbers.
        var number: [String: Int] = [:]
        var slugs: [String] = []
        var members: [[Int]] = []  // series positions, for the pages
        var memberIndices: [[Int]] = []  // indices in `people`, for the co-occurrence counts
        var spellings: [[(name: String, count: Int)]] = []  // in order of first use
        var otherSpellings: [[String: Int]] = []  // index in `spellings` of all but the first
        // Each person's topic numbers, without repeats, one list after the other.
        var ownTopics: [Int] = []
        var ownStart: [Int] = [0]
        ownTopics.reserveCapacity(people.count * 4)
        ownStart.reserveCapacity(people.count + 1)
        for (personIndex, person) in people.enumerated() {
            let start = ownTopics.count
            for mention in person.profile.topics {
                let topic: Int
                if let known = number[mention.slug] {
                    topic = known
                } else {
                    topic = slugs.count
                    number[mention.slug] = topic
                    slugs.append(mention.slug)
                    members.append([])
                    memberIndices.append([])
                    spellings.append([(mention.name, 0)])
                    otherSpellings.append([:])
                }
                if members[topic].last != person.position {
                    members[topic].append(person.position)
                    memberIndices[topic].append(personIndex)
                }
                if !ownTopics[start...].contains(topic) { ownTopics.append(topic) }
                if spellings[topic][0].name == mention.name {
                    spellings[topic][0].count += 1
                } else if let index = otherSpellings[topic][mention.name] {
                    spellings[topic][index].count += 1
                } else {
                    otherSpellings[topic][mention.name] = spellings[topic].count
                    spellings[topic].append((mention.name, 1))
                }
            }
            ownStart.append(ownTopics.count)
        }
        var files: [String: TopicFile] = [:]
        for file in topicFiles { files[file.slug] = file }

        // Co-occurrence counts of topic `a`: each of its people adds one to each of their other
        // topics, counted in one array reused for every topic (only the entries touched are read
        // and cleared, so the work grows with the people and their topics, not with the square
        // of the number of topics).
        var counter = [Int](repeating: 0, count: slugs.count)
        var touched: [Int] = []
        touched.reserveCapacity(slugs.count)
        /// The topics that share people with topic `a`, and how many. (Read through buffers: the
        /// arrays a nested function captures are otherwise checked for exclusive access and
        /// uniqueness at every element.)
        func counts(_ a: Int) -> [(key: String, value: Int)] {
            counter.withUnsafeMutableBufferPointer { counter in
                ownTopics.withUnsafeBufferPointer { ownTopics in
                    ownStart.withUnsafeBufferPointer { ownStart in
                        for person in memberIndices[a] {
                            for index in ownStart[person]..<ownStart[person + 1] where ownTopics[index] != a {
                                let b = ownTopics[index]
                                if counter[b] == 0 { touched.append(b) }
                                counter[b] += 1
                            }
                        }
                    }
                }
                let result = touched.map { (key: slugs[$0], value: counter[$0]) }
                for b in touched { counter[b] = 0 }
                touched.removeAll(keepingCapacity: true)
                return result
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
            let related = (topic.map(counts) ?? []).sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(
                relatedCount
            ).map(\.key)
            return Topic(
                slug: slug, name: name, description: files[slug]?.body, descriptionFile: files[slug]?.file,
                people: topic.map { members[$0] } ?? [], related: Array(related))
        }
    }
}
