import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A head start for a build with no output folder yet: its staging folder and a folder per
/// profile are made on a thread of their own while the content is parsed. One folder is made at
/// a time in a parent (the kernel holds the parent's lock), and on ext4 ten thousand took
/// 0.17–0.4 s, time in which the write stage could start nothing else. The write stage waits
/// for this, makes the folders still missing and removes those no file went into (a draft's).
/// A build that fails removes the staging folder, as it removes its own.
final class EarlyStaging: @unchecked Sendable {
    let staging: String
    private let group = DispatchGroup()
    /// Written by the folder thread before it leaves the group, read after waiting on it; the lock
    /// also shows that order to the thread sanitizer.
    private let lock = NSLock()
    private var made: Set<String> = []
    private var failed = false

    private init(staging: String) {
        self.staging = staging
    }

    /// Starts making the folders of these profiles' pages, when the output folder does not exist
    /// yet and may be written (else nil: the write stage reports what is wrong, or compares).
    static func begin(output: URL, siteRoot: URL, sources: [URL], profiles: [ContentFile]) -> EarlyStaging? {
        guard let (outputPath, exists) = try? OutputWriter.location(of: output, siteRoot: siteRoot, sources: sources),
            !exists
        else { return nil }
        let (parent, prefix, staging) = OutputWriter.stagingName(outputPath)
        OutputWriter.removeAbandonedStaging(in: parent, prefix: prefix)
        let early = EarlyStaging(staging: staging)
        let folders = OutputWriter.folders(of: profiles.map { Permalink.outputFile(Permalink.person($0.stem)) })
        DispatchQueue.global().async(group: early.group) {
            do {
                try FileManager.default.createDirectory(atPath: early.staging, withIntermediateDirectories: true)
            } catch {
                early.lock.withLock { early.failed = true }
                return
            }
            var made: Set<String> = []
            made.reserveCapacity(folders.count)
            for folder in folders {
                // A folder that cannot be made is left to the write stage, which reports it.
                if mkdir(early.staging + "/" + folder, 0o755) == 0 { made.insert(folder) }
            }
            early.lock.withLock { early.made = made }
        }
        return early
    }

    /// Waits for the folders; the ones made (relative to the staging folder), or nil when the
    /// staging folder could not be made (then nothing is left of it).
    func finish() -> Set<String>? {
        group.wait()
        let (failed, made) = lock.withLock { (self.failed, self.made) }
        if failed {
            try? FileManager.default.removeItem(atPath: staging)
            return nil
        }
        return made
    }

    /// Waits for the folders, then removes the staging folder: the build will not use it.
    func discard() {
        group.wait()
        try? FileManager.default.removeItem(atPath: staging)
    }
}
