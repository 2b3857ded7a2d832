import Folio
import FolioServer
import Foundation
import Testing

/// Collects what a watcher reports.
final class ChangeLog: @unchecked Sendable {
    private var seen: Set<String> = []
    private var batches = 0
    private let lock = NSLock()

    func record(_ paths: Set<String>) {
        lock.lock()
        seen.formUnion(paths)
        batches += 1
        lock.unlock()
    }

    /// Waits up to `timeout` for `path` to be reported; clears what was seen.
    func waitFor(_ path: String, timeout: Double = 8) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if contains(path) { return true }
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        return false
    }

    func contains(_ path: String) -> Bool {
        lock.withLock { seen.contains(path) }
    }

    func reset() {
        lock.lock()
        seen = []
        lock.unlock()
    }

    var all: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }
}

@Suite(.serialized) struct FileWatcherTests {
    static func makeWatchers(_ folders: WatchedFolders) -> [(String, FileWatcher)] {
        var watchers: [(String, FileWatcher)] = [("polling", PollingWatcher(folders: folders, interval: 0.05))]
        #if os(Linux)
            watchers.append(("inotify", InotifyWatcher(folders: folders)))
        #endif
        return watchers
    }

    @Test(arguments: ["polling", "inotify"])
    func seesCreateModifyRenameDeleteAndNewFolders(kind: String) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("folio-watch-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: root + "/Content/people", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/Output", withIntermediateDirectories: true)
        let folders = WatchedFolders(siteRoot: root, output: root + "/Output")
        guard let watcher = Self.makeWatchers(folders).first(where: { $0.0 == kind })?.1 else { return }
        let log = ChangeLog()
        try watcher.start { log.record($0) }
        defer { watcher.stop() }
        try await Task.sleep(nanoseconds: 200_000_000)  // let the watcher take its first look
        let file = root + "/Content/people/a.md"

        try Data("one".utf8).write(to: URL(fileURLWithPath: file))
        #expect(await log.waitFor(file), "create")
        log.reset()
        try await Task.sleep(nanoseconds: 60_000_000)
        try Data("two, longer".utf8).write(to: URL(fileURLWithPath: file))
        #expect(await log.waitFor(file), "modify")
        log.reset()
        try FileManager.default.moveItem(atPath: file, toPath: root + "/Content/people/b.md")
        #expect(await log.waitFor(root + "/Content/people/b.md"), "rename target")
        #expect(await log.waitFor(file), "rename source")
        log.reset()
        // Editors' save-by-rename: write a temporary file, rename it over the original.
        try Data("three".utf8).write(to: URL(fileURLWithPath: root + "/Content/people/.b.md.swp"))
        try FileManager.default.removeItem(atPath: root + "/Content/people/b.md")
        try FileManager.default.moveItem(
            atPath: root + "/Content/people/.b.md.swp", toPath: root + "/Content/people/b.md")
        #expect(await log.waitFor(root + "/Content/people/b.md"), "save by rename")
        log.reset()
        try FileManager.default.removeItem(atPath: root + "/Content/people/b.md")
        #expect(await log.waitFor(root + "/Content/people/b.md"), "delete")
        log.reset()
        // A folder created later, with a file created right away, and a file in it later.
        try FileManager.default.createDirectory(
            atPath: root + "/Content/static/img/deep", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/Content/static/img/deep/early.png"))
        #expect(await log.waitFor(root + "/Content/static/img/deep/early.png"), "file in a new folder")
        try await Task.sleep(nanoseconds: 100_000_000)
        try Data("y".utf8).write(to: URL(fileURLWithPath: root + "/Content/static/img/deep/late.png"))
        #expect(await log.waitFor(root + "/Content/static/img/deep/late.png"), "later file in a new folder")
        // Templates/ created after the start is watched too; Output/ never.
        try FileManager.default.createDirectory(atPath: root + "/Templates", withIntermediateDirectories: true)
        try await Task.sleep(nanoseconds: 100_000_000)
        try Data("t".utf8).write(to: URL(fileURLWithPath: root + "/Templates/footer.mustache"))
        #expect(await log.waitFor(root + "/Templates/footer.mustache"), "template")
        log.reset()
        try Data("o".utf8).write(to: URL(fileURLWithPath: root + "/Output/index.html"))
        try await Task.sleep(nanoseconds: 300_000_000)
        #expect(!log.all.contains { $0.hasPrefix(root + "/Output") }, "output folder must not be watched")
    }

    /// A burst of saves becomes few builds, and the served page is the last save.
    @Test func burstOfSavesEndsInTheLastState() async throws {
        let root = URL(fileURLWithPath: Fixture.smallSite().path)
        let session = PreviewSession(options: BuildOptions(siteRoot: root, write: false))
        let builds = ChangeLog()
        session.onBuild = { _, changed in builds.record(changed) }
        #if os(Linux)
            let watcher: FileWatcher = InotifyWatcher(
                folders: WatchedFolders(siteRoot: root.path, output: root.path + "/Output"))
        #else
            let watcher: FileWatcher = PollingWatcher(
                folders: WatchedFolders(siteRoot: root.path, output: root.path + "/Output"))
        #endif
        try watcher.start { session.filesChanged($0) }
        defer { watcher.stop() }
        for index in 0..<30 {
            Fixture.write(
                root, "Content/people/ben-adair.md",
                "---\nname: Ben Adair\nnumber: 3\ndate: 2024-09-30\n---\nSave \(index).\n")
            try await Task.sleep(nanoseconds: 5_000_000)
        }
        let deadline = Date().addingTimeInterval(5)
        var last = ""
        while Date() < deadline {
            if case .bytes(let bytes)? = session.store.current.snapshot.files["people/ben-adair/index.html"] {
                last = String(decoding: bytes, as: UTF8.self)
                if last.contains("Save 29.") { break }
            }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        #expect(last.contains("Save 29."))
        try await Task.sleep(nanoseconds: 300_000_000)
        #expect(session.store.current.snapshot.version < 15, "30 saves should coalesce into a few builds")
    }
}
