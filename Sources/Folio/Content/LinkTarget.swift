import Foundation

/// What a link in a body points at, decided from its destination and the file it is in.
public enum LinkTarget: Sendable, Hashable {
    /// `https://...`, `mailto:...`, `//host/...`, or a site-absolute `/path`: left alone.
    case external
    /// `#fragment` in the same page.
    case samePage(fragment: String)
    /// A file under `Content/` (path relative to it, `..` resolved) and an optional fragment.
    case content(path: String, fragment: String?)
    /// A relative path that climbs out of `Content/`.
    case outside(String)

    static func classify(_ destination: String, from contentPath: String) -> LinkTarget {
        if destination.isEmpty { return .external }
        if destination.hasPrefix("#") { return .samePage(fragment: String(destination.dropFirst())) }
        if destination.hasPrefix("/") || hasScheme(destination) { return .external }
        var path = destination
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        if path.utf8.contains(UInt8(ascii: "%")) { path = path.removingPercentEncoding ?? path }
        var parts = contentPath.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return .outside(destination) }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return .content(path: parts.joined(separator: "/"), fragment: fragment)
    }

    /// RFC 3986 scheme: a letter, then letters, digits, `+`, `-`, `.`, then `:`.
    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
