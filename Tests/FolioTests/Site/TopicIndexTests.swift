import Testing

@testable import Folio
@testable import FolioMarkdown

/// Topics' members, names and related topics, compared on random series with a plain
/// reading of the rules: members in series order; the name is the most common spelling, the
/// first used on a tie; related topics by people shared, most first, then by slug, at most five.
@Suite struct TopicIndexTests {
    static func person(_ position: Int, _ spellings: [String]) -> Person {
        let file = ContentFile(
            contentPath: "people/p\(position).md", sitePath: "Content/people/p\(position).md",
            absolutePath: "/p\(position).md")
        let topics = spellings.map {
            TopicMention(name: $0, slug: Slug.make($0), location: SourceLocation(file: file.sitePath))
        }
        let profile = Profile(
            slug: "p\(position)", file: file, name: "P \(position)", number: position,
            numberLocation: SourceLocation(file: file.sitePath), date: SeriesDate("2020-01-01")!,
            title: "P", sortName: "P", summary: "", tagline: nil, location: nil, photo: nil, topics: topics,
            links: [], education: [], awards: [], books: [], draft: false, aliases: [],
            body: Body(
                markdown: RenderedMarkdown(html: "", headings: [], links: [], firstParagraph: "", wordCount: 0),
                links: []),
            fingerprint: 0)
        var slugs: [String] = []
        for topic in topics where !slugs.contains(topic.slug) { slugs.append(topic.slug) }
        return Person(
            profile: profile, position: position, previous: nil, next: nil, topicSlugs: slugs, mentionedIn: [])
    }

    /// A series with hundreds of topics (the counts reuse one array across topics) gets the
    /// related topics the plain rule gives.
    @Test func relatedTopicsOfASeriesWithManyTopics() {
        var random = SeededGenerator(state: 9)
        let people = (0..<3_000).map { position in
            Self.person(
                position,
                (0..<Int.random(in: 1...4, using: &random)).map { _ in "T\(Int.random(in: 0..<700, using: &random))" })
        }
        let topics = TopicIndex.build(people: people, topicFiles: [])
        #expect(topics.count > 512)
        var together: [String: [String: Int]] = [:]
        for person in people {
            for a in person.topicSlugs {
                for b in person.topicSlugs where a != b { together[a, default: [:]][b, default: 0] += 1 }
            }
        }
        for topic in topics {
            let related = (together[topic.slug] ?? [:]).sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
            }
            #expect(topic.related == Array(related.prefix(5).map(\.key)))
        }
    }

    @Test func matchesThePlainRulesOnRandomSeries() {
        var random = SeededGenerator(state: 5)
        let spellings = [
            "Jazz", "jazz", "JAZZ", "Blues", "blues", "Folk", "Soul", "soul", "Funk", "Bebop", "Swing", "Gospel",
        ]
        for _ in 0..<200 {
            let people = (0..<Int.random(in: 0...30, using: &random)).map { position in
                Self.person(
                    position,
                    (0..<Int.random(in: 0...4, using: &random)).map { _ in spellings.randomElement(using: &random)! })
            }
            // Some topics have a file: with a name of its own or none; some have a file and no people.
            let fileSlugs = ["jazz", "funk", "opera", "harp-music"].filter { _ in Bool.random(using: &random) }
            let named = Set(fileSlugs.filter { _ in Bool.random(using: &random) })
            let topicFiles = fileSlugs.map { slug in
                TopicFile(
                    slug: slug,
                    file: ContentFile(
                        contentPath: "topics/\(slug).md", sitePath: "Content/topics/\(slug).md", absolutePath: "/t"),
                    name: named.contains(slug) ? "The \(slug)" : nil,
                    body: Body(
                        markdown: RenderedMarkdown(html: "", headings: [], links: [], firstParagraph: "", wordCount: 0),
                        links: []))
            }
            let topics = TopicIndex.build(people: people, topicFiles: topicFiles)

            var members: [String: [Int]] = [:]
            var counts: [String: [String: Int]] = [:]
            var order: [String: [String]] = [:]
            var together: [String: [String: Int]] = [:]
            for person in people {
                for mention in person.profile.topics {
                    if !(members[mention.slug] ?? []).contains(person.position) {
                        members[mention.slug, default: []].append(person.position)
                    }
                    if counts[mention.slug]?[mention.name] == nil {
                        order[mention.slug, default: []].append(mention.name)
                    }
                    counts[mention.slug, default: [:]][mention.name, default: 0] += 1
                }
                for a in person.topicSlugs {
                    for b in person.topicSlugs where a != b { together[a, default: [:]][b, default: 0] += 1 }
                }
            }
            #expect(topics.map(\.slug) == Set(members.keys).union(fileSlugs).sorted())
            for topic in topics {
                #expect(topic.people == members[topic.slug] ?? [])
                if named.contains(topic.slug) {
                    #expect(topic.name == "The \(topic.slug)")
                } else if let counts = counts[topic.slug] {
                    let best = counts.values.max()!
                    #expect(topic.name == order[topic.slug]!.first { counts[$0] == best })
                } else {
                    #expect(topic.name == topic.slug.split(separator: "-").joined(separator: " ").capitalized)
                }
                let related = (together[topic.slug] ?? [:]).sorted {
                    $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
                }
                #expect(topic.related == Array(related.prefix(5).map(\.key)))
            }
        }
    }
}
