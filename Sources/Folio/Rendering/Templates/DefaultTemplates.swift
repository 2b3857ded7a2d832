/// The built-in templates, compiled into the binary so that an installed `folio` works
/// anywhere. A file `Templates/<name>.mustache` in the site replaces the one of that name.
public enum DefaultTemplates {
    public static let all: [String: String] = [
        "layout": layout, "header": header, "footer": footer, "card": card,
        "home": home, "person": person, "people": people, "topics": topics, "topic": topic,
        "series": series, "page": page, "404": notFound, "redirect": redirect,
        "feed": feed, "sitemap": sitemap, "sitemap-index": sitemapIndex,
    ]
}
