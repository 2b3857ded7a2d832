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

    /// The address a body's link to a content file is rendered with: the published path behind
    /// the site's base path, and the fragment. A profile's is written at once from the bytes of
    /// the three (one new string); nil when the file is not published.
    static func url(of path: String, fragment: String?, base: String) -> String? {
        var path = path
        var base = base
        let hasFragment = fragment != nil  // `x.md#` keeps its `#`
        var fragment = fragment ?? ""
        let profile = path.withUTF8 { path in
            base.withUTF8 { base in
                fragment.withUTF8 { fragment -> String? in
                    guard let end = profileStemEnd(path) else { return nil }
                    let hash = hasFragment ? 1 + fragment.count : 0
                    // base, `people/<slug>`, `/`, then `#` and the fragment
                    return String(unsafeUninitializedCapacity: base.count + end + 1 + hash) { result in
                        var at = result.initialize(fromContentsOf: base)
                        at =
                            UnsafeMutableBufferPointer(rebasing: result[at...]).initialize(fromContentsOf: path[..<end])
                            + at
                        result[at] = UInt8(ascii: "/")
                        at += 1
                        if hash > 0 {
                            result[at] = UInt8(ascii: "#")
                            at += 1
                            at += UnsafeMutableBufferPointer(rebasing: result[at...]).initialize(
                                fromContentsOf: fragment)
                        }
                        return at
                    }
                }
            }
        }
        if let profile { return profile }
        guard let permalink = of(contentPath: path) else { return nil }
        return base + permalink + (hasFragment ? "#" + fragment : "")
    }

    /// Where `<slug>` ends in the bytes of `people/<slug>.md` (no `/` in the slug); nil for any
    /// other path.
    private static func profileStemEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let prefix = "people/".utf8
        let count = bytes.count
        guard count > prefix.count + 3, bytes.starts(with: prefix),
            bytes[count - 3] == UInt8(ascii: "."), bytes[count - 2] == UInt8(ascii: "m"),
            bytes[count - 1] == UInt8(ascii: "d"),
            !bytes[prefix.count..<(count - 3)].contains(UInt8(ascii: "/"))
        else { return nil }
        return count - 3
    }

    /// `people/<slug>.md` -> `people/<slug>/`, on the bytes (the path with `.md` swapped for a
    /// `/`); nil for any other path.
    private static func profilePermalink(_ path: String) -> String? {
        var path = path
        return path.withUTF8 { bytes -> String? in
            guard let end = profileStemEnd(bytes) else { return nil }
            return String(unsafeUninitializedCapacity: end + 1) { result in
                _ = result.initialize(fromContentsOf: bytes[..<end])
                result[end] = UInt8(ascii: "/")
                return end + 1
            }
        }
    }

    /// The output file of a site-relative path: `people/jane/` -> `people/jane/index.html`.
    static func outputFile(_ path: String) -> String {
        path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }
}
