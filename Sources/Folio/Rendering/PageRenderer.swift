/// Stage 5: every page of the site through its template, plus the files copied as they are.
///
/// With a `RenderCache` (the preview server keeps one) each page has a key, a hash of everything
/// it shows (`PageKeys`), and a page whose key did not change is not rendered again.
enum PageRenderer {
    struct Job: Sendable {
        var path: String
        var origin: String
        var location: SourceLocation?
        var template: String
        var context: @Sendable () -> Context

        func render(_ templates: TemplateSet) -> [UInt8] { templates.render(template, context()) }
    }

    /// The files of the site. With a cache, pages whose key is unchanged are taken from it; the
    /// caller stores the new pages with `commit` once the whole build is known to be good (two
    /// jobs claiming one path must never leave one's bytes under the other's key).
    /// - Parameter eager: render now; else, without a cache, each page is rendered when written.
    static func render(
        _ site: Site, templates: TemplateSet, cache: RenderCache?, eager: Bool = false,
        sitemapLimit: Int
    ) -> (
        files: [OutputFile], commit: () -> Void
    ) {
        let shared = SiteContext(site: site) { templates.render("card", $0) }
        // Keys only for a cache to compare (`folio build` has none).
        let keys = cache == nil ? nil : PageKeys(site: site, templates: templates)
        // In page order, whether taken from the cache or rendered, so output is the same either way.
        let all = slots(
            site, people: nil, shared: shared, keys: keys, templates: templates, cache: cache,
            sitemapLimit: sitemapLimit)
        // When nothing keeps the pages, each is rendered when it is written, then let go.
        let deferred = cache == nil && !eager
        let file: @Sendable (Slot) -> OutputFile = { slot in
            switch slot {
            case .ready(let file): file
            case .render(let job):
                OutputFile(
                    path: job.path,
                    contents: deferred
                        ? .rendered({ use in templates.withRendered(job.template, job.context(), use) })
                        : .bytes(job.render(templates)),
                    origin: job.origin, location: job.location)
            }
        }
        var rendered = deferred ? all.map(file) : all.parallelMap(file)
        let pages = rendered
        let commit: () -> Void = {
            if let keys { cache?.store(pages, keys: keys.byPath, complete: true) }
        }
        rendered.append(.text(Permalink.stylesheet, DefaultTemplates.stylesheet, origin: "default stylesheet"))
        rendered.append(contentsOf: copies(site))
        return (rendered, commit)
    }

    /// Only the pages that may show the people at `positions` (their own pages, with the list
    /// and index pages, which are cheap to key): those whose key changed are rendered and
    /// returned. For an edit that left the site's structure (paths, order, links) as it was.
    static func renderChanged(
        _ site: Site, people positions: [Int], templates: TemplateSet, cache: RenderCache,
        sitemapLimit: Int
    ) -> (files: [OutputFile], commit: () -> Void) {
        let shared = SiteContext(site: site) { templates.render("card", $0) }
        let keys = PageKeys(site: site, templates: templates)
        let jobs = slots(
            site, people: positions, shared: shared, keys: keys, templates: templates, cache: cache,
            sitemapLimit: sitemapLimit
        )
        .compactMap { slot -> Job? in
            if case .render(let job) = slot { return job }
            return nil
        }
        let files = jobs.parallelMap {
            OutputFile(
                path: $0.path, contents: .bytes($0.render(templates)), origin: $0.origin, location: $0.location)
        }
        return (files, { cache.store(files, keys: keys.byPath, complete: false) })
    }

    enum Slot: Sendable {
        case ready(OutputFile)
        case render(Job)
    }

    /// Every page, in order: taken from the cache when its key is there, else a job to render.
    /// With `positions`, only those people's own pages are among them. `sitemapLimit`: URLs per
    /// sitemap file (the protocol's 50,000; smaller only in tests).
    private static func slots(
        _ site: Site, people positions: [Int]?, shared: SiteContext, keys: PageKeys?, templates: TemplateSet,
        cache: RenderCache?, sitemapLimit: Int
    ) -> [Slot] {
        var jobs: [Slot] = []
        /// Without a cache (`folio build`) no page is keyed.
        func cached(_ path: String, origin: String, location: SourceLocation?, key: (PageKeys) -> Int) -> Bool {
            guard let keys, let cache else { return false }
            let key = key(keys)
            keys.byPath[path] = key
            guard let bytes = cache.bytes(for: path, key: key) else { return false }
            jobs.append(.ready(OutputFile(path: path, contents: .bytes(bytes), origin: origin, location: location)))
            return true
        }
        func add(
            _ path: String, _ template: String, origin: String, at location: SourceLocation? = nil,
            key: (PageKeys) -> Int,
            _ context: @escaping @Sendable () -> Context
        ) {
            if cached(path, origin: origin, location: location, key: key) { return }
            jobs.append(
                .render(Job(path: path, origin: origin, location: location, template: template, context: context)))
        }
        for topic in site.topics {
            add(
                Permalink.outputFile(Permalink.topic(topic.slug)), "topic",
                origin: topic.descriptionFile?.sitePath ?? "topic '\(topic.name)'",
                at: topic.descriptionFile.map { SourceLocation(file: $0.sitePath) }, key: { $0.topic(topic) }
            ) { shared.topicPage(topic) }
        }
        add("index.html", "home", origin: "home page", key: { $0.home() }) { shared.homePage() }
        add(Permalink.outputFile(Permalink.people), "people", origin: "people index", key: { $0.people() }) {
            shared.peoplePage()
        }
        add(Permalink.outputFile(Permalink.topics), "topics", origin: "topics index", key: { $0.topicsIndex() }) {
            shared.topicsPage()
        }
        add(Permalink.outputFile(Permalink.series), "series", origin: "series page", key: { $0.series() }) {
            shared.seriesPage()
        }
        for page in site.pages {
            add(
                Permalink.outputFile(Permalink.page(page.slug)), "page", origin: page.file.sitePath,
                at: SourceLocation(file: page.file.sitePath),
                key: { $0.page(page) }
            ) {
                shared.standalonePage(page)
            }
        }
        add(Permalink.notFound, "404", origin: "404 page", key: { $0.notFound() }) { shared.notFoundPage() }
        for person in site.people {
            for alias in person.profile.aliases {
                add(
                    alias.outputFile, "redirect", origin: "\(alias.location.file):\(alias.location.line) (alias)",
                    at: alias.location,
                    key: { $0.redirect(to: person) }
                ) { shared.redirectPage(to: person) }
            }
        }
        add(Permalink.feed, "feed", origin: "feed", key: { $0.feed() }) { shared.feed() }
        // One key for all of the sitemap's files: the same inputs decide each of them.
        var knownSitemapKey: Int?
        func sitemapKey(_ keys: PageKeys) -> Int {
            let key = knownSitemapKey ?? keys.sitemap(urlsPerFile: sitemapLimit)
            knownSitemapKey = key
            return key
        }
        let sitemap = Sitemap.files(urlCount: Sitemap.urlCount(site), limit: sitemapLimit)
        if sitemap.isIndex {
            add(Permalink.sitemap, "sitemap-index", origin: "sitemap", key: sitemapKey) {
                shared.sitemapIndex(sitemap.files)
            }
        }
        for file in sitemap.files {
            add(file.path, "sitemap", origin: "sitemap", key: sitemapKey) {
                shared.sitemap(Sitemap.entries(shared.site, file.urls))
            }
        }
        // People last, so that the few long list pages above start first when pages are rendered
        // on all cores as they are written; and without a render closure for unchanged pages.
        jobs.reserveCapacity(jobs.count + (positions?.count ?? site.people.count))
        for position in positions ?? Array(site.people.indices) {
            let profile = site.people[position].profile
            let path = Permalink.outputFile(Permalink.person(profile.slug))
            let origin = profile.file.sitePath
            let location = SourceLocation(file: origin)
            if cached(path, origin: origin, location: location, key: { $0.person(site.people[position]) }) {
                continue
            }
            // The job holds the person's position, not a copy of the person.
            jobs.append(
                .render(
                    Job(path: path, origin: origin, location: location, template: "person") {
                        shared.personPage(shared.site.people[position])
                    }))
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
                        path: photo.sitePath, contents: .copy(absolutePath: file.absolutePath), origin: file.sitePath,
                        location: SourceLocation(file: file.sitePath)))
            }
        }
        for file in site.staticFiles {
            let path = String(file.contentPath.dropFirst("static/".count))
            files.append(
                OutputFile(
                    path: path, contents: .copy(absolutePath: file.absolutePath), origin: file.sitePath,
                    location: SourceLocation(file: file.sitePath)))
        }
        return files
    }
}
