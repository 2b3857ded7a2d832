/// A file found under `Content/`.
public struct ContentFile: Sendable, Hashable {
    /// Path relative to `Content/`: `people/jane-hart.md`.
    public var contentPath: String
    /// Path relative to the site folder, as diagnostics print it: `Content/people/jane-hart.md`.
    public var sitePath: String
    public var absolutePath: String

    /// The file name without its extension: the slug of a profile, topic or page.
    public var stem: String {
        let name = self.name
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return String(name) }
        return String(name[..<dot])
    }

    public var fileExtension: String {
        let name = self.name
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return "" }
        return String(name[name.utf8.index(after: dot)...]).lowercased()
    }

    /// The last part of the path; separators found as bytes, as the file system has them.
    private var name: Substring {
        let slash = contentPath.utf8.lastIndex(of: UInt8(ascii: "/"))
        return slash.map { contentPath[contentPath.utf8.index(after: $0)...] } ?? contentPath[...]
    }

    public var location: SourceLocation { SourceLocation(file: sitePath) }
}

/// Every file of `Content/`, sorted by what it is.
public struct ContentInventory: Sendable {
    public var siteConfig: ContentFile?
    public var profiles: [ContentFile] = []
    /// Images in `people/`, by content path.
    public var peopleImages: [String: ContentFile] = [:]
    public var topics: [ContentFile] = []
    public var pages: [ContentFile] = []
    public var staticFiles: [ContentFile] = []

    /// Every content path that exists, for resolving relative links and `photo:` paths.
    public var allPaths: Set<String> = []
    /// Content paths that are symbolic links: the watcher reports changes of their targets, not
    /// of them, so their timestamps are always checked.
    public var linkedPaths: Set<String> = []
    /// What scanning found wrong (kept so that a reused inventory is only reused when clean).
    var scanProblems: [Diagnostic] = []
}
