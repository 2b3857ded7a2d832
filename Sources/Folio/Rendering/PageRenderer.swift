/// Stage 5: every page of the site through its template, plus the files copied as they are.
///
/// Each page is a job with a key: a hash of everything the page shows. With a `RenderCache`
/// (the preview server keeps one), a page whose key did not change is not rendered again.
enum PageRenderer {
    struct Job: Sendable {
        var path: String
        var origin: String
        var key: Int
        var render: @Sendable () -> String
    }

    /// The files of the site. With a cache, pages whose key is unchanged are taken from it; the
    /// caller stores the new pages with `commit` once the whole build is known to be good (two
    /// jobs claiming one path must never leave one's bytes under the other's key).
    static func render(_ site: Site, templates: TemplateSet, cache: RenderCache? = nil) -> [OutputFile] {
        render(site, templates: templates, cache: cache).files
    }

    static func render(_ site: Site, templates: TemplateSet, cache: RenderCache?) -> (
        files: [OutputFile], commit: () -> Void
    ) {
        let shared = SiteContext(site: site) { templates.render("card", $0) }
        let keys = PageKeys(site: site, templates: templates)
        var rendered: [OutputFile] = jobs(site, shared: shared, keys: keys, templates: templates).parallelMap { job in
            if let bytes = cache?.bytes(for: job.path, key: job.key) {
                return OutputFile(path: job.path, contents: .bytes(bytes), origin: job.origin)
            }
            return OutputFile.text(job.path, job.render(), origin: job.origin)
        }
        let pages = rendered
        let commit: () -> Void = { cache?.store(pages, keys: keys.byPath) }
        rendered.append(.text(Permalink.stylesheet, DefaultTemplates.stylesheet, origin: "default stylesheet"))
        return (rendered + copies(site), commit)
    }

    private static func jobs(_ site: Site, shared: SiteContext, keys: PageKeys, templates: TemplateSet) -> [Job] {
        var jobs: [Job] = []
        func add(
            _ path: String, _ template: String, origin: String, key: Int, _ context: @escaping @Sendable () -> Context
        ) {
            keys.byPath[path] = key
            jobs.append(Job(path: path, origin: origin, key: key) { templates.render(template, context()) })
        }
        for person in site.people {
            add(
                Permalink.outputFile(Permalink.person(person.profile.slug)), "person",
                origin: person.profile.file.sitePath, key: keys.person(person)
            ) { shared.personPage(person) }
        }
        for topic in site.topics {
            add(
                Permalink.outputFile(Permalink.topic(topic.slug)), "topic",
                origin: topic.descriptionFile?.sitePath ?? "topic '\(topic.name)'", key: keys.topic(topic)
            ) { shared.topicPage(topic) }
        }
        add("index.html", "home", origin: "home page", key: keys.home()) { shared.homePage() }
        add(Permalink.outputFile(Permalink.people), "people", origin: "people index", key: keys.people()) {
            shared.peoplePage()
        }
        add(Permalink.outputFile(Permalink.topics), "topics", origin: "topics index", key: keys.topicsIndex()) {
            shared.topicsPage()
        }
        add(Permalink.outputFile(Permalink.series), "series", origin: "series page", key: keys.series()) {
            shared.seriesPage()
        }
        for page in site.pages {
            add(
                Permalink.outputFile(Permalink.page(page.slug)), "page", origin: page.file.sitePath,
                key: keys.page(page)
            ) {
                shared.standalonePage(page)
            }
        }
        add(Permalink.notFound, "404", origin: "404 page", key: keys.notFound()) { shared.notFoundPage() }
        for person in site.people {
            for alias in person.profile.aliases {
                add(
                    alias.outputFile, "redirect", origin: "\(alias.location.file):\(alias.location.line) (alias)",
                    key: keys.redirect(to: person)
                ) { shared.redirectPage(to: person) }
            }
        }
        add(Permalink.feed, "feed", origin: "feed", key: keys.feed()) { shared.feed() }
        let sitemapPaths = sitemapPaths(site)
        add(Permalink.sitemap, "sitemap", origin: "sitemap", key: keys.sitemap(sitemapPaths)) {
            shared.sitemap(paths: sitemapPaths)
        }
        return jobs
    }

    /// Photos and static files, copied as they are.
    private static func copies(_ site: Site) -> [OutputFile] {
        var files: [OutputFile] = []
        for person in site.people {
            if let photo = person.profile.photo, let file = site.photoFiles[photo.contentPath] {
                files.append(
                    OutputFile(
                        path: photo.sitePath, contents: .copy(absolutePath: file.absolutePath), origin: file.sitePath))
            }
        }
        for file in site.staticFiles {
            let path = String(file.contentPath.dropFirst("static/".count))
            files.append(
                OutputFile(path: path, contents: .copy(absolutePath: file.absolutePath), origin: file.sitePath))
        }
        return files
    }

    /// Every page a reader or search engine should find: not the 404 page, not redirects.
    static func sitemapPaths(_ site: Site) -> [SitemapEntry] {
        let newest = site.people.map(\.profile.date).max()
        var paths: [SitemapEntry] = [
            SitemapEntry(path: "", lastmod: newest), SitemapEntry(path: Permalink.people, lastmod: newest),
            SitemapEntry(path: Permalink.topics, lastmod: newest),
            SitemapEntry(path: Permalink.series, lastmod: newest),
        ]
        paths += site.people.map { SitemapEntry(path: Permalink.person($0.profile.slug), lastmod: $0.profile.date) }
        paths += site.topics.map { topic in
            SitemapEntry(
                path: Permalink.topic(topic.slug), lastmod: topic.people.map { site.people[$0].profile.date }.max())
        }
        paths += site.pages.map { SitemapEntry(path: Permalink.page($0.slug), lastmod: nil) }
        return paths
    }
}

struct SitemapEntry: Sendable, Hashable {
    var path: String
    var lastmod: SeriesDate?
}
