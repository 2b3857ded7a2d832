import Foundation

/// Turns the path of a request into a path of the site, refusing everything that could reach
/// outside it: `..` and `.` segments (also percent-encoded, also double-encoded), backslashes,
/// NUL bytes, and invalid encodings.
enum RequestPath {
    enum Resolution: Equatable {
        /// A file path relative to the site root (may be empty: the root).
        case site(String, trailingSlash: Bool)
        /// Outside the base path.
        case outside
        case invalid
    }

    static func resolve(_ rawPath: String, basePath: String) -> Resolution {
        guard rawPath.hasPrefix("/"), !rawPath.contains("\\"), !rawPath.contains("\0") else { return .invalid }
        guard let decoded = rawPath.removingPercentEncoding else { return .invalid }
        // A second decoding that still changes the path means it was encoded twice: refuse.
        if let again = decoded.removingPercentEncoding, again != decoded,
            again.contains("..") || again.contains("\\") || again.contains("\0")
        {
            return .invalid
        }
        if decoded.contains("\\") || decoded.contains("\0") { return .invalid }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .invalid }
        guard decoded.hasPrefix(basePath) || decoded + "/" == basePath else { return .outside }
        let relative = decoded + "/" == basePath ? "" : String(decoded.dropFirst(basePath.count))
        if relative.contains("//") { return .invalid }
        return .site(relative, trailingSlash: decoded.hasSuffix("/"))
    }
}
