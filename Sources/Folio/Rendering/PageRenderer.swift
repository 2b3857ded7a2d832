/// Stage 5: every page of the site through its template, plus the files copied as they are.
enum PageRenderer {
    static func render(_ site: Site, templates: TemplateSet) -> [OutputFile] {
        let shared = SiteContext(site: site)
        var files: [OutputFile] = []

        // Profiles: the bulk of the work, on all cores.
        files += site.people.parallelMap { person in
            OutputFile.text(
                Permalink.outputFile(Permalink.person(person.profile.slug)),
                templates.render("person", shared.personPage(person)), origin: person.profile.file.sitePath)
        }
        files += site.topics.parallelMap { topic in
            OutputFile.text(
                Permalink.outputFile(Permalink.topic(topic.slug)), templates.render("topic", shared.topicPage(topic)),
                origin: topic.descriptionFile?.sitePath ?? "topic '\(topic.name)'")
        }
        files.append(.text("index.html", templates.render("home", shared.homePage()), origin: "home page"))
        files.append(
            .text(
                Permalink.outputFile(Permalink.people), templates.render("people", shared.peoplePage()),
                origin: "people index"))
        files.append(
            .text(
                Permalink.outputFile(Permalink.topics), templates.render("topics", shared.topicsPage()),
                origin: "topics index"))
        files.append(
            .text(
                Permalink.outputFile(Permalink.series), templates.render("series", shared.seriesPage()),
                origin: "series page"))
        for page in site.pages {
            files.append(
                .text(
                    Permalink.outputFile(Permalink.page(page.slug)),
                    templates.render("page", shared.standalonePage(page)),
                    origin: page.file.sitePath))
        }
        files.append(.text(Permalink.notFound, templates.render("404", shared.notFoundPage()), origin: "404 page"))
        for person in site.people {
            for alias in person.profile.aliases {
                files.append(
                    .text(
                        alias.outputFile, templates.render("redirect", shared.redirectPage(to: person)),
                        origin: "\(alias.location.file):\(alias.location.line) (alias)"))
            }
        }
        files.append(.text(Permalink.feed, templates.render("feed", shared.feed()), origin: "feed"))
        files.append(
            .text(
                Permalink.sitemap, templates.render("sitemap", shared.sitemap(paths: sitemapPaths(site))),
                origin: "sitemap"))
        files.append(.text(Permalink.stylesheet, DefaultTemplates.stylesheet, origin: "default stylesheet"))

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
    static func sitemapPaths(_ site: Site) -> [(path: String, lastmod: SeriesDate?)] {
        let newest = site.people.map(\.profile.date).max()
        var paths: [(String, SeriesDate?)] = [
            ("", newest), (Permalink.people, newest), (Permalink.topics, newest), (Permalink.series, newest),
        ]
        paths += site.people.map { (Permalink.person($0.profile.slug), $0.profile.date) }
        paths += site.topics.map { topic in
            (Permalink.topic(topic.slug), topic.people.map { site.people[$0].profile.date }.max())
        }
        paths += site.pages.map { (Permalink.page($0.slug), nil) }
        return paths
    }
}
