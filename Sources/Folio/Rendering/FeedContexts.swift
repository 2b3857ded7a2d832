import FolioMustache

/// Contexts of the Atom feed and the sitemap (its files and, for a large site, its index).
extension SiteContext {
    static let feedCount = 20

    func feed() -> Context {
        let newest = site.newest(Self.feedCount).map { site.people[$0] }
        let entries: [Context] = newest.map { person in
            var entry = card(person.position)
            entry[.dateISO] = .text(person.profile.date.rfc3339)
            entry[.body] = .text(person.profile.body.markdown.html.withoutControlCharacters)
            return entry
        }
        var values: Context = [.site: .object(siteBlock), .entries: entries.templateValue]
        values[.updated] = .text(newest.map(\.profile.date).max()?.rfc3339 ?? "1970-01-01T00:00:00Z")
        return values
    }

    func sitemap(_ entries: [SitemapEntry]) -> Context {
        let urls: [Context] = entries.map { entry in
            context([.loc: site.config.absoluteURL(entry.path), .lastmod: entry.lastmod?.description])
        }
        return [.site: .object(siteBlock), .urls: urls.templateValue]
    }

    /// `sitemap.xml` as an index of `files`. (Without `lastmod`, which the protocol makes optional:
    /// it is when a file last changed, which a build does not know; its URLs' newest date is not
    /// it, since a file also changes when URLs move between files.)
    func sitemapIndex(_ files: [Sitemap.File]) -> Context {
        let sitemaps: [Context] = files.map { file in context([.loc: site.config.absoluteURL(file.path)]) }
        return [.site: .object(siteBlock), .sitemaps: sitemaps.templateValue]
    }
}
