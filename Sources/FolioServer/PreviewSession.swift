import Folio
import Foundation

/// Keeps the preview up to date: builds the site in memory with caches, so a change re-reads
/// only changed files and re-renders only pages whose inputs changed; puts each good build in
/// place whole, then tells open pages to reload; keeps the last good site when a build fails.
public final class PreviewSession: @unchecked Sendable {
    public let options: BuildOptions
    public let store: PreviewStore
    public let liveReload: LiveReload
    private let caches = BuildCaches()
    private let queue = DispatchQueue(label: "folio-rebuild")
    private let lock = NSLock()
    private var pending: Set<String> = []
    private var scheduled: DispatchWorkItem?
    private var firstPending: DispatchTime?
    /// Called after every build, for the CLI's log line and for tests and benchmarks.
    public var onBuild: (@Sendable (BuildReport, Set<String>) -> Void)?

    static let quiet = 0.05
    static let longestWait = 0.3

    /// Builds the site once; its diagnostics are returned (the server starts even when the
    /// first build fails, showing the errors).
    public init(options: BuildOptions) {
        self.options = options
        liveReload = LiveReload()
        let (report, files) = SiteBuild.make(options, caches: caches)
        let basePath = report.basePath
        store = PreviewStore(
            PreviewState(
                snapshot: SiteSnapshot(
                    files: files ?? [], basePath: basePath, version: 1,
                    contentRoot: options.siteRoot.appendingPathComponent("Content").path),
                errors: files == nil
                    ? report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description) : []))
        firstReport = report
    }

    public let firstReport: BuildReport

    /// Files changed: rebuild after a short quiet time (changes in a burst become one build).
    public func filesChanged(_ paths: Set<String>) {
        lock.lock()
        pending.formUnion(paths)
        let now = DispatchTime.now()
        if firstPending == nil { firstPending = now }
        scheduled?.cancel()
        let waitedLongEnough = Double(now.uptimeNanoseconds - firstPending!.uptimeNanoseconds) / 1e9 >= Self.longestWait
        let item = DispatchWorkItem { [weak self] in self?.rebuildPending() }
        scheduled = item
        lock.unlock()
        queue.asyncAfter(deadline: waitedLongEnough ? now : now + Self.quiet, execute: item)
    }

    /// Rebuilds now, on the caller's thread (serialized with scheduled rebuilds).
    @discardableResult
    public func rebuild(changed: Set<String> = []) -> BuildReport {
        queue.sync { build(changed: changed) }
    }

    private func rebuildPending() {
        lock.lock()
        let changed = pending
        pending = []
        firstPending = nil
        scheduled = nil
        lock.unlock()
        guard !changed.isEmpty else { return }
        build(changed: changed)
    }

    @discardableResult
    private func build(changed: Set<String>) -> BuildReport {
        if !changed.isEmpty { caches.noteChanges(changed) }
        let rebuild = SiteBuild.rebuild(options, caches: caches)
        let report = rebuild.report
        if let files = rebuild.files {
            let basePath = report.basePath
            let hadErrors = !store.current.errors.isEmpty
            let state = store.update { state in
                if let changed = rebuild.changed, !hadErrors {
                    state.snapshot.update(changed)
                } else {
                    state.snapshot = SiteSnapshot(
                        files: files, basePath: basePath, version: state.snapshot.version + 1,
                        contentRoot: options.siteRoot.appendingPathComponent("Content").path)
                }
                state.errors = []
            }
            // The new site is in place: now pages may reload.
            if !hadErrors, !changed.isEmpty, changed.allSatisfy({ $0.hasSuffix(".css") }) {
                liveReload.stylesheets(version: state.snapshot.version)
            } else {
                liveReload.reload(version: state.snapshot.version)
            }
        } else {
            let errors = report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
            _ = store.update { $0.errors = errors }
            liveReload.errors(errors)
        }
        onBuild?(report, changed)
        return report
    }
}
