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
///
/// The folders are made on a thread of its own, not on one of Dispatch's: the parse stage runs
/// on Dispatch's threads (`concurrentPerform`), and a Dispatch thread busy making folders left
/// it one core fewer for as long as that took (measured at 100,000 profiles: parse 9.9 s
/// without the early folders, 23.7 s with them made on a Dispatch thread).
final class EarlyStaging: @unchecked Sendable {
    let staging: String
    /// Guards `done` and `made`, written by the folder thread and read once it is done.
    private let condition = NSCondition()
    private var done = false
    /// The folders made (relative to the staging folder); nil when the staging folder could not be.
    private var made: Set<String>?

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
        Thread {
            // Worked out on this thread, so that the parse stage need not wait for it.
            let folders = OutputWriter.folders(of: profiles.map { Permalink.outputFile(Permalink.person($0.stem)) })
            let made = make(folders, in: early.staging)
            early.condition.lock()
            (early.made, early.done) = (made, true)
            early.condition.signal()
            early.condition.unlock()
        }.start()
        return early
    }

    /// The staging folder and these folders in it: those made, or nil when the staging folder
    /// could not be. A folder that cannot be made is left to the write stage, which reports it.
    private static func make(_ folders: [String], in staging: String) -> Set<String>? {
        guard (try? FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)) != nil
        else { return nil }
        var made = Set<String>(minimumCapacity: folders.count)
        for folder in folders where (staging + "/" + folder).withCString({ mkdir($0, 0o755) }) == 0 {
            made.insert(folder)
        }
        return made
    }

    private func waitUntilDone() -> Set<String>? {
        condition.lock()
        defer { condition.unlock() }
        while !done { condition.wait() }
        return made
    }

    /// Waits for the folders; the ones made (relative to the staging folder), or nil when the
    /// staging folder could not be made (then nothing is left of it).
    func finish() -> Set<String>? {
        guard let made = waitUntilDone() else {
            try? FileManager.default.removeItem(atPath: staging)
            return nil
        }
        return made
    }

    /// Waits for the folders, then removes the staging folder: the build will not use it.
    func discard() {
        _ = waitUntilDone()
        try? FileManager.default.removeItem(atPath: staging)
    }
}
