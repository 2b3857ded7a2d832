import Foundation

/// `Content/site.yml`: settings for the whole series.
public struct SiteConfig: Sendable, Hashable {
    public struct Author: Sendable, Hashable {
        public var name: String
        public var url: String?
        public var bio: String?
    }

    public var title: String
    public var description: String
    /// Absolute, ending in `/`: `https://example.org/series/`.
    public var baseURL: String
    public var language: String
    public var author: Author?
    public var unsafeHTML: Bool
    public var smartPunctuation: Bool

    public static let knownKeys = [
        "title", "description", "base_url", "language", "author", "unsafe_html", "smart_punctuation",
    ]

    /// The path part of `base_url`, `/series/`: every link in the site starts with it.
    public var basePath: String {
        guard let url = URL(string: baseURL), !url.path.isEmpty else { return "/" }
        let path = url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// Absolute URL of a site-relative path (`people/jane-hart/`).
    public func absoluteURL(_ sitePath: String) -> String {
        baseURL + sitePath
    }

    static func parse(_ source: SourceText?, baseURLOverride: String?) -> (SiteConfig, [Diagnostic]) {
        let path = source?.path ?? "Content/site.yml"
        let origin = SourceLocation(file: path, line: 1, column: 1)
        var fields = YAMLFields.parse(source?.text ?? "", file: path, firstLine: 1, origin: origin)
        if source == nil {
            fields.report("missing Content/site.yml; it needs at least 'title:' and 'base_url:'", at: origin)
        }
        fields.warnAboutUnknownKeys(known: knownKeys)
        var config = SiteConfig(
            title: "", description: "", baseURL: "http://localhost:8000/", language: "en", author: nil,
            unsafeHTML: false, smartPunctuation: true)
        if source != nil, fields.requireKey("title", what: "the series' name") {
            config.title = fields.string("title") ?? ""
        }
        config.description = fields.string("description") ?? ""
        config.language = fields.string("language") ?? "en"
        config.unsafeHTML = fields.bool("unsafe_html") ?? false
        config.smartPunctuation = fields.bool("smart_punctuation") ?? true
        config.author = fields.record("author") { author in
            author.warnAboutUnknownKeys(known: ["name", "url", "bio"])
            guard author.requireKey("name", what: "the author's name"), let name = author.string("name") else {
                return nil
            }
            return Author(name: name, url: author.webAddress("url"), bio: author.string("bio"))
        }
        if let override = baseURLOverride {
            if let normalized = normalizeBaseURL(override) {
                config.baseURL = normalized
            } else {
                fields.report(
                    "--base-url '\(override)' is not an absolute http(s) URL such as https://example.org/series/",
                    at: SourceLocation(file: ""))
            }
        } else if let raw = fields.string("base_url") {
            if let normalized = normalizeBaseURL(raw) {
                config.baseURL = normalized
            } else {
                fields.report(
                    "'base_url' must be an absolute http(s) URL such as https://example.org/series/, not '\(raw)'",
                    at: fields.location(ofValue: "base_url"))
            }
        } else if source != nil, !fields.unreadable {
            fields.warn(
                "no 'base_url': feed and sitemap will use \(config.baseURL); set it to the address the site is published at",
                at: origin)
        }
        return (config, fields.diagnostics)
    }

    /// `https://example.org/series` -> `https://example.org/series/`; nil when not absolute http(s).
    static func normalizeBaseURL(_ raw: String) -> String? {
        let trimmed = raw.trimmingSpaces
        guard let components = URLComponents(string: trimmed),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty, components.query == nil, components.fragment == nil,
            !trimmed.contains("\""), !trimmed.contains("<"), !trimmed.contains(" ")
        else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}
