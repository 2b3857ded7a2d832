import Foundation

/// Finds changes by listing the watched folders every `interval` and comparing sizes and
/// modification times. For systems without inotify, and as a test double.
public final class PollingWatcher: FileWatcher, @unchecked Sendable {
    private let folders: WatchedFolders
    private let interval: TimeInterval
    private var timer: DispatchSourceTimer?
    private var previous: [String: String] = [:]
    private let queue = DispatchQueue(label: "folio-polling-watcher")

    public init(folders: WatchedFolders, interval: TimeInterval = 0.25) {
        self.folders = folders
        self.interval = interval
    }

    public func start(_ onChange: @escaping @Sendable (Set<String>) -> Void) throws {
        previous = listing()
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            let current = self.listing()
            let changed = Set(current.keys.filter { self.previous[$0] != current[$0] })
                .union(self.previous.keys.filter { current[$0] == nil })
            self.previous = current
            if !changed.isEmpty { onChange(changed) }
        }
        self.timer = timer
        timer.resume()
    }

    public func stop() {
        timer?.cancel()
        timer = nil
    }

    private func listing() -> [String: String] {
        var result: [String: String] = [:]
        for root in folders.roots {
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = root + "/" + relative
                if folders.isExcluded(path) { continue }
                let attributes = enumerator.fileAttributes ?? [:]
                let size = attributes[.size] as? NSNumber
                let date = attributes[.modificationDate] as? Date
                result[path] = "\(size ?? 0)-\(date?.timeIntervalSince1970 ?? 0)"
            }
        }
        return result
    }
}
