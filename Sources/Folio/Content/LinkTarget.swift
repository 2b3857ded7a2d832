import FolioMarkdown
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
        if MarkdownLink.isAbsolute(destination) { return .external }
        if let path = simpleSibling(destination, of: contentPath) { return .content(path: path, fragment: nil) }
        return resolve(destination, from: contentPath)
    }

    /// A relative destination with any folders, dot segments, fragment, query or escapes.
    static func resolve(_ destination: String, from contentPath: String) -> LinkTarget {
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

    /// The commonest link, a file beside this one (`jane-hart.md`): no folder, fragment, query,
    /// escape or dot segment to resolve. Read and written as bytes: one new string.
    static func simpleSibling(_ destination: String, of contentPath: String) -> String? {
        var destination = destination
        var contentPath = contentPath
        return destination.withUTF8 { name -> String? in
            for byte in name {
                switch byte {
                case UInt8(ascii: "/"), UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: "%"): return nil
                default: continue
                }
            }
            if (1...2).contains(name.count) && name.allSatisfy({ $0 == UInt8(ascii: ".") }) { return nil }  // `.`, `..`
            return contentPath.withUTF8 { from -> String in
                var folderEnd = from.count  // after the last `/`, 0 when there is none
                while folderEnd > 0, from[folderEnd - 1] != UInt8(ascii: "/") { folderEnd -= 1 }
                return String(unsafeUninitializedCapacity: folderEnd + name.count) { result in
                    _ = result.initialize(fromContentsOf: from[..<folderEnd])
                    _ = UnsafeMutableBufferPointer(rebasing: result[folderEnd...]).initialize(fromContentsOf: name)
                    return folderEnd + name.count
                }
            }
        }
    }
}
