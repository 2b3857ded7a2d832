#if os(Linux)
    import CFolioSystem
    import Foundation
    import Glibc

    /// Linux inotify: a watch on every folder under the roots, added for folders created later
    /// too (their files are reported at once, since they may predate the watch). Renames,
    /// deletes and editors' save-by-rename all arrive as events on the folder.
    public final class InotifyWatcher: FileWatcher, @unchecked Sendable {
        private let folders: WatchedFolders
        private var descriptor: Int32 = -1
        private var paths: [Int32: String] = [:]
        /// Signalled when the watching thread has ended (stop waits for it before closing).
        private var finished: DispatchSemaphore?
        private let lock = NSLock()
        private var running = false

        static let mask: UInt32 =
            UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_FROM)
            | UInt32(IN_MOVED_TO) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_ATTRIB)

        public struct Failure: Error, CustomStringConvertible {
            public var description: String
        }

        public init(folders: WatchedFolders) {
            self.folders = folders
        }

        /// Number of folders watched, for tests and leak checks.
        public var watchCount: Int {
            lock.lock()
            defer { lock.unlock() }
            return paths.count
        }

        public func start(_ onChange: @escaping @Sendable (Set<String>) -> Void) throws {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else {
                throw Failure(description: "cannot watch files (inotify): \(String(cString: strerror(errno)))")
            }
            // The site folder itself, only to see Content/ or Templates/ appear.
            _ = addWatch(folders.siteRoot, mask: UInt32(IN_CREATE) | UInt32(IN_MOVED_TO))
            for root in folders.roots { _ = addTree(root) }
            running = true
            let finished = DispatchSemaphore(value: 0)
            self.finished = finished
            let thread = Thread { [weak self] in
                self?.loop(onChange)
                finished.signal()
            }
            thread.name = "folio-watcher"
            thread.start()
        }

        public func stop() {
            lock.lock()
            running = false
            lock.unlock()
            finished?.wait()
            finished = nil
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
            lock.lock()
            paths = [:]
            lock.unlock()
        }

        private var isRunning: Bool {
            lock.lock()
            defer { lock.unlock() }
            return running
        }

        private func addWatch(_ path: String, mask: UInt32 = InotifyWatcher.mask) -> Bool {
            let wd = inotify_add_watch(descriptor, path, mask | UInt32(IN_ONLYDIR))
            guard wd >= 0 else { return false }
            lock.lock()
            paths[wd] = path
            lock.unlock()
            return true
        }

        /// Watches `root` and every folder below it; returns the files found.
        private func addTree(_ root: String) -> [String] {
            guard !folders.isExcluded(root), addWatch(root) else { return [] }
            var files: [String] = []
            var pending = [root]
            while let folder = pending.popLast() {
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
                for name in names {
                    let path = folder + "/" + name
                    var isDirectory: ObjCBool = false
                    guard !folders.isExcluded(path),
                        FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                    else { continue }
                    if isDirectory.boolValue {
                        if addWatch(path) { pending.append(path) }
                    } else {
                        files.append(path)
                    }
                }
            }
            return files
        }

        private func loop(_ onChange: @escaping @Sendable (Set<String>) -> Void) {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while isRunning {
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, 100)
                guard ready > 0 else { continue }
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { continue }
                var changed = Set<String>()
                var offset = 0
                while offset + 16 <= count {
                    let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                        (
                            raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                            raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                            Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                        )
                    }
                    let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                    offset += 16 + length
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                        // Events were lost: report the site folder itself, which is no file, so the
                        // next build lists and checks everything.
                        changed.insert(folders.siteRoot)
                        continue
                    }
                    lock.lock()
                    let folder = paths[wd]
                    if mask & UInt32(IN_IGNORED) != 0 { paths[wd] = nil }
                    lock.unlock()
                    guard let folder else { continue }
                    let path = nameBytes.isEmpty ? folder : folder + "/" + String(decoding: nameBytes, as: UTF8.self)
                    if folder == folders.siteRoot {
                        // The site folder is watched only to see Content/ or Templates/ appear.
                        if folders.roots.contains(path) { changed.formUnion(addTree(path) + [path]) }
                        continue
                    }
                    if mask & UInt32(IN_ISDIR) != 0, mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 {
                        changed.formUnion(addTree(path).filter { folders.isWatched($0) })
                    }
                    if folders.isWatched(path) { changed.insert(path) }
                }
                if !changed.isEmpty { onChange(changed) }
            }
        }
    }
#endif
