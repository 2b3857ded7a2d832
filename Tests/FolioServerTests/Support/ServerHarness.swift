import Folio
import FolioServer
import Foundation

/// A preview server on an ephemeral loopback port, for one test.
final class ServerHarness: @unchecked Sendable {
    let session: PreviewSession
    let port: Int
    private let task: Task<Void, Error>

    init(siteRoot: URL, watcher: FileWatcher? = nil) async throws {
        let session = PreviewSession(options: BuildOptions(siteRoot: siteRoot, write: false))
        self.session = session
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        task = Task {
            try await PreviewServer.run(
                session: session, host: "127.0.0.1", port: 0, watcher: watcher, handleSignals: false
            ) { port in continuation.yield(port) }
        }
        var found = 0
        for await port in ports {
            found = port
            break
        }
        port = found
    }

    /// Blocking socket work runs on a thread of its own, never on Swift's cooperative pool
    /// (two threads on two cores), which the server needs.
    func get(_ path: String, method: String = "GET") async throws -> RawHTTP.Response {
        let port = port
        return try await offPool { try RawHTTP.request(port: port, method, path) }
    }

    func stop() async {
        task.cancel()
        _ = await task.result
    }
}

/// A copy of the small fixture site of FolioTests, in a temporary folder.
enum Fixture {
    static func smallSite() -> URL {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("FolioTests/Fixtures/small-site")
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("folio-serve-\(UUID().uuidString)")
        try! FileManager.default.copyItem(at: source, to: target)
        return target
    }

    static func write(_ root: URL, _ path: String, _ text: String) {
        let url = root.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: url)
    }
}

/// Runs blocking work on a new thread and awaits its result.
func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
