import Foundation

/// Parsed content files of the previous build, reused while a file's size, modification
/// time and inode are the same and nothing else a parse depends on has changed.
public final class ParseCache: @unchecked Sendable {
    struct Stamp: Hashable, Sendable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
        var changeSeconds: Int
        var changeNanoseconds: Int

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            size = Int64(info.st_size)
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
            inode = UInt64(info.st_ino)
            changeSeconds = Int(info.st_ctim.tv_sec)
            changeNanoseconds = Int(info.st_ctim.tv_nsec)
        }
    }

    private final class Entry: @unchecked Sendable {
        init(stamp: Stamp, contentHash: Int, racy: Bool, result: ContentParser.Result) {
            self.stamp = stamp
            self.contentHash = contentHash
            self.racy = racy
            self.result = result
        }

        let stamp: Stamp
        let contentHash: Int
        /// Modified so recently that a later change could keep the same stamp (timestamps are
        /// coarse): such an entry is trusted only after comparing the file's bytes.
        let racy: Bool
        let result: ContentParser.Result
    }

    private var entries: [String: Entry] = [:]
    private var settingsKey: Int?
    private let lock = NSLock()
    /// How many files the last build parsed (not taken from the cache).
    public private(set) var lastParsedCount = 0

    public init() {}

    /// Drops everything when the settings or the set of images and static files changed
    /// (a profile's photo is found among them).
    func prepare(settings: ParseSettings) {
        var hasher = Hasher()
        hasher.combine(settings.basePath)
        hasher.combine(settings.unsafeHTML)
        hasher.combine(settings.smartPunctuation)
        hasher.combine(settings.inventory.peopleImages.keys.sorted())
        hasher.combine(settings.inventory.linkedPaths.sorted())
        hasher.combine(settings.inventory.staticFiles.map(\.contentPath))
        let key = hasher.finalize()
        lock.lock()
        if key != settingsKey { entries = [:] }
        settingsKey = key
        lastParsedCount = 0
        lock.unlock()
    }

    func result(for file: ContentFile, stamp: Stamp?) -> ContentParser.Result? {
        guard let stamp else { return nil }
        lock.lock()
        let entry = entries[file.contentPath]
        lock.unlock()
        guard let entry, entry.stamp == stamp else { return nil }
        if entry.racy {
            guard let bytes = FileBytes.readBytes(file.absolutePath),
                Self.contentHash(bytes) == entry.contentHash
            else { return nil }
        }
        return entry.result
    }

    var count: Int { lock.withLock { entries.count } }

    /// The last result stored for a file, whatever its stamp.
    func lastResult(for contentPath: String) -> ContentParser.Result? {
        lock.withLock { entries[contentPath]?.result }
    }

    /// Results of files the watcher says did not change, except those written in the last
    /// seconds (which are checked against their bytes by the normal path).
    func trustedResults(_ files: [ContentFile], skip: (ContentFile) -> Bool) -> [ContentParser.Result?] {
        let all = lock.withLock { entries }  // a copy-on-write snapshot: no copying
        return files.map { file in
            guard !skip(file), let entry = all[file.contentPath], !entry.racy else { return nil }
            return entry.result
        }
    }

    func store(_ result: ContentParser.Result, for file: ContentFile, stamp: Stamp?, contentHash: Int) {
        let now = Int(Date().timeIntervalSince1970)
        lock.lock()
        defer { lock.unlock() }
        lastParsedCount += 1
        if let stamp {
            entries[file.contentPath] = Entry(
                stamp: stamp, contentHash: contentHash, racy: stamp.seconds >= now - 2, result: result)
        }
    }

    /// A hash of every byte.
    static func contentHash(_ bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }

    /// Forgets files that no longer exist.
    func retain(_ paths: Set<String>) {
        lock.lock()
        entries = entries.filter { paths.contains($0.key) }
        lock.unlock()
    }
}
