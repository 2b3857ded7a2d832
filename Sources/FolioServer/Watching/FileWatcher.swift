/// Tells which files changed under some folders. Linux uses inotify (`InotifyWatcher`);
/// elsewhere, and as a test double, `PollingWatcher` compares listings.
public protocol FileWatcher: AnyObject, Sendable {
    /// Starts watching; `onChange` receives absolute paths of changed files and folders.
    func start(_ onChange: @escaping @Sendable (Set<String>) -> Void) throws
    func stop()
}

/// What `folio serve` watches: `Content/` and `Templates/` of a site (which also holds
/// `site.yml`), never the output folder.
public struct WatchedFolders: Sendable {
    public var siteRoot: String
    public var roots: [String]
    public var excluded: [String]

    public init(siteRoot: String, output: String) {
        self.siteRoot = siteRoot
        roots = [siteRoot + "/Content", siteRoot + "/Templates"]
        excluded = [output]
    }

    func isExcluded(_ path: String) -> Bool {
        excluded.contains { path == $0 || path.hasPrefix($0 + "/") }
            || path.split(separator: "/").last.map { $0.hasPrefix(".") && $0 != "." } ?? false
    }

    func isWatched(_ path: String) -> Bool {
        !isExcluded(path) && roots.contains { path == $0 || path.hasPrefix($0 + "/") }
    }
}
