/// Everything a link may point at in the published site: content files and the fragment
/// ids of the pages they become.
struct LinkTargets: Sendable {
    /// Content path (`people/jane-hart.md`) -> ids on its page. An array: a page has a few, and
    /// few links name one, so searching it beats hashing every id of every page into a set.
    var fragments: [String: [String]] = [:]
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
        fragments.reserveCapacity(profiles.count + pages.count + topicSlugs.count)
        for profile in profiles {
            var ids = profile.body.markdown.headings.map(\.id)
            ids.append("main")
            if !profile.education.isEmpty { ids.append("education") }
            if !profile.awards.isEmpty { ids.append("awards") }
            if !profile.books.isEmpty { ids.append("books") }
            if !profile.links.isEmpty { ids.append("links") }
            fragments[profile.file.contentPath] = ids
        }
        for page in pages {
            fragments[page.file.contentPath] = page.body.markdown.headings.map(\.id) + ["main"]
        }
        var topicIDs: [String: [String]] = [:]
        for topic in topicFiles {
            topicIDs[topic.slug] = topic.body.markdown.headings.map(\.id)
        }
        for slug in topicSlugs {
            fragments["topics/\(slug).md"] = (topicIDs[slug] ?? []) + ["main"]
        }
        self.drafts = Set(drafts)
        staticFiles = Set(inventory.staticFiles.map(\.contentPath))
        for file in inventory.profiles + inventory.pages where fragments[file.contentPath] == nil {
            if !self.drafts.contains(file.contentPath) { unreadable.insert(file.contentPath) }
        }
    }
}
