/// Everything a link may point at in the published site: content files and the fragment
/// ids of the pages they become.
struct LinkTargets: Sendable {
    /// Content path (`people/jane-hart.md`) -> ids on its page.
    var fragments: [String: Set<String>] = [:]
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
        for profile in profiles {
            var ids = Set(profile.body.markdown.headings.map(\.id))
            ids.insert("main")
            if !profile.education.isEmpty { ids.insert("education") }
            if !profile.awards.isEmpty { ids.insert("awards") }
            if !profile.books.isEmpty { ids.insert("books") }
            if !profile.links.isEmpty { ids.insert("links") }
            fragments[profile.file.contentPath] = ids
        }
        for page in pages {
            fragments[page.file.contentPath] = Set(page.body.markdown.headings.map(\.id)).union(["main"])
        }
        var topicIDs: [String: Set<String>] = [:]
        for topic in topicFiles {
            topicIDs[topic.slug] = Set(topic.body.markdown.headings.map(\.id))
        }
        for slug in topicSlugs {
            fragments["topics/\(slug).md"] = (topicIDs[slug] ?? []).union(["main"])
        }
        self.drafts = Set(drafts)
        staticFiles = Set(inventory.staticFiles.map(\.contentPath))
        for file in inventory.profiles + inventory.pages where fragments[file.contentPath] == nil {
            if !self.drafts.contains(file.contentPath) { unreadable.insert(file.contentPath) }
        }
    }
}
