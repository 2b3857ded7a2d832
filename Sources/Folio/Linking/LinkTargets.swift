/// Everything a link may point at in the published site: content files and the fragment
/// ids of the pages they become.
struct LinkTargets: Sendable {
    /// A page a link may lead to.
    struct Destination: Sendable {
        /// The ids on it. An array: a page has a few, and few links name one, so searching it
        /// beats hashing every id of every page into a set.
        var ids: [String]
        /// For a profile's page, the profile's index in the list the targets were made from.
        var profile: Int?
    }

    /// Content path (`people/jane-hart.md`) -> what its page offers a link.
    var destinations: [String: Destination] = [:]
    /// Content paths of profiles and pages left out as drafts.
    var drafts: Set<String> = []
    /// Content paths of files copied verbatim (`static/...`).
    var staticFiles: Set<String> = []
    /// Content files that could not be read or parsed: links to them are not reported (their
    /// own errors are; a second error in every file that links to them would only hide it).
    var unreadable: Set<String> = []

    init(
        profiles: [Profile], pages: [Page], topicFiles: [TopicFile], topicSlugs: Set<String>,
        inventory: ContentInventory, drafts: [String]
    ) {
        destinations.reserveCapacity(profiles.count + pages.count + topicSlugs.count)
        for (index, profile) in profiles.enumerated() {
            var ids = profile.body.markdown.headings.map(\.id)
            ids.append("main")
            if !profile.education.isEmpty { ids.append("education") }
            if !profile.awards.isEmpty { ids.append("awards") }
            if !profile.books.isEmpty { ids.append("books") }
            if !profile.links.isEmpty { ids.append("links") }
            destinations[profile.file.contentPath] = Destination(ids: ids, profile: index)
        }
        for page in pages {
            destinations[page.file.contentPath] = Destination(ids: page.body.markdown.headings.map(\.id) + ["main"])
        }
        var topicIDs: [String: [String]] = [:]
        for topic in topicFiles {
            topicIDs[topic.slug] = topic.body.markdown.headings.map(\.id)
        }
        for slug in topicSlugs {
            destinations["topics/\(slug).md"] = Destination(ids: (topicIDs[slug] ?? []) + ["main"])
        }
        self.drafts = Set(drafts)
        staticFiles = Set(inventory.staticFiles.map(\.contentPath))
        for file in inventory.profiles + inventory.pages where destinations[file.contentPath] == nil {
            if !self.drafts.contains(file.contentPath) { unreadable.insert(file.contentPath) }
        }
    }
}
