/// The sitemap: every page a reader or search engine should find (not the 404 page, not
/// redirects, not static files). The sitemap protocol allows 50,000 URLs in one file, and search
/// engines report a file with more as an error, so a larger site gets an index instead (as Zola
/// does; its files hold 30,000): `sitemap.xml` then lists `sitemap-1.xml`, `sitemap-2.xml`, … of
/// at most 50,000 URLs each. (A series of 100,000 profiles and 60 topics has 100,064 URLs.) The
/// address given to search engines stays `sitemap.xml`.
enum Sitemap {
    /// The protocol's limit of URLs in one sitemap file.
    static let urlsPerFile = 50_000

    /// One sitemap file and the positions of the URLs it lists among all of the site's.
    struct File: Sendable, Equatable {
        var path: String
        var urls: Range<Int>
    }

    /// The files of a sitemap of `urlCount` URLs, at most `limit` in each, and whether
    /// `sitemap.xml` is an index of them (else it is the only file and lists every URL).
    static func files(urlCount: Int, limit: Int = urlsPerFile) -> (isIndex: Bool, files: [File]) {
        precondition(limit > 0)
        guard urlCount > limit else { return (false, [File(path: Permalink.sitemap, urls: 0..<urlCount)]) }
        let files = stride(from: 0, to: urlCount, by: limit).enumerated().map { number, start in
            File(path: "sitemap-\(number + 1).xml", urls: start..<min(start + limit, urlCount))
        }
        return (true, files)
    }

    /// How many URLs the site's sitemap lists: the home page, the people index, the topics
    /// index, the series page, each person, each topic and each standalone page.
    static func urlCount(_ site: Site) -> Int { 4 + site.people.count + site.topics.count + site.pages.count }

    /// The entries at `positions`, in the order `urlCount` gives, each with the date its page last
    /// changed where one is known (a person's date; for a list, its newest person's).
    static func entries(_ site: Site, _ positions: Range<Int>) -> [SitemapEntry] {
        let newest = positions.lowerBound < 4 ? site.people.map(\.profile.date).max() : nil
        let lists = ["", Permalink.people, Permalink.topics, Permalink.series]
        let people = 4..<(4 + site.people.count)
        let topics = people.upperBound..<(people.upperBound + site.topics.count)
        return positions.map { position in
            if position < 4 { return SitemapEntry(path: lists[position], lastmod: newest) }
            if people.contains(position) {
                let profile = site.people[position - people.lowerBound].profile
                return SitemapEntry(path: Permalink.person(profile.slug), lastmod: profile.date)
            }
            if topics.contains(position) {
                let topic = site.topics[position - topics.lowerBound]
                return SitemapEntry(
                    path: Permalink.topic(topic.slug), lastmod: topic.people.map { site.people[$0].profile.date }.max())
            }
            return SitemapEntry(path: Permalink.page(site.pages[position - topics.upperBound].slug), lastmod: nil)
        }
    }
}

struct SitemapEntry: Sendable, Hashable {
    var path: String
    var lastmod: SeriesDate?
}
