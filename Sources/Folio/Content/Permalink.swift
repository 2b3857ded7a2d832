/// Where each kind of content is published, as site-relative paths (no leading slash).
/// Links in pages are these paths behind the site's base path.
public enum Permalink {
    public static func person(_ slug: String) -> String { "people/\(slug)/" }
    public static func topic(_ slug: String) -> String { "topics/\(slug)/" }
    public static func page(_ slug: String) -> String { "\(slug)/" }
    public static let people = "people/"
    public static let topics = "topics/"
    public static let series = "series/"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let stylesheet = "assets/folio.css"
    public static let notFound = "404.html"

    /// The published path of a content file a body links to, or nil when it is not published.
    static func of(contentPath path: String) -> String? {
        // The commonest case first: a profile (`people/<slug>.md`).
        if let profile = profilePermalink(path) { return profile }
        let parts = path.split(separator: "/").map(String.init)
        guard let name = parts.last else { return nil }
        if parts.first == "static", parts.count > 1 {
            return parts.dropFirst().joined(separator: "/")
        }
        guard parts.count == 2, name.hasSuffix(".md") else { return nil }
        let slug = String(name.dropLast(3))
        switch parts[0] {
        case "people": return person(slug)
        case "topics": return topic(slug)
        case "pages": return page(slug)
        default: return nil
        }
    }

    /// `people/<slug>.md` -> `people/<slug>/`, on the bytes (the path with `.md` swapped for a
    /// `/`); nil for any other path.
    private static func profilePermalink(_ path: String) -> String? {
        var path = path
        return path.withUTF8 { bytes -> String? in
            let prefix = "people/".utf8
            let count = bytes.count
            guard count > prefix.count + 3, bytes.starts(with: prefix),
                bytes[count - 3] == UInt8(ascii: "."), bytes[count - 2] == UInt8(ascii: "m"),
                bytes[count - 1] == UInt8(ascii: "d"),
                !bytes[prefix.count..<(count - 3)].contains(UInt8(ascii: "/"))
            else { return nil }
            return String(unsafeUninitializedCapacity: count - 2) { result in
                _ = result.initialize(fromContentsOf: bytes[..<(count - 3)])
                result[count - 3] = UInt8(ascii: "/")
                return count - 2
            }
        }
    }

    /// The output file of a site-relative path: `people/jane/` -> `people/jane/index.html`.
    static func outputFile(_ path: String) -> String {
        path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }
}
