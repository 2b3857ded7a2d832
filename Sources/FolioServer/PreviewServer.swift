import Folio
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `folio serve`: the site over HTTP from memory, rebuilt on every change, with live reload.
public enum PreviewServer {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Serves until the task is cancelled or the process gets SIGINT/SIGTERM.
    /// - Parameters:
    ///   - idleTimeout: seconds after which a connection with no request in progress is closed
    ///     (idle keep-alive connections, and clients that never finish sending a request).
    ///   - onRunning: called with the port once the server listens (useful with port 0).
    public static func run(
        session: PreviewSession, host: String, port: Int, watcher: FileWatcher?, idleTimeout: Int = 30,
        handleSignals: Bool = true, onRunning: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws {
        var logger = Logger(label: "folio-serve")
        logger.logLevel = .critical
        let app = Application(
            responder: PreviewResponder(store: session.store, liveReload: session.liveReload),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(max(idleTimeout, 1))))),
            configuration: .init(address: .hostname(host, port: port), serverName: nil, reuseAddress: false),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
        try watcher?.start { paths in session.filesChanged(paths) }
        defer {
            watcher?.stop()
            session.liveReload.closeAll()
        }
        do {
            let serving = Task { try await app.run() }
            // Ctrl-C or SIGTERM: end the event streams (they never end by themselves), then stop.
            let signals =
                handleSignals
                ? [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
                    signal(number, SIG_IGN)
                    let source = DispatchSource.makeSignalSource(signal: number)
                    source.setEventHandler {
                        session.liveReload.closeAll()
                        serving.cancel()
                    }
                    source.resume()
                    return source
                } : []
            defer {
                signals.forEach { $0.cancel() }
                if handleSignals { [SIGINT, SIGTERM].forEach { signal($0, SIG_DFL) } }
            }
            try await withTaskCancellationHandler {
                try await serving.value
            } onCancel: {
                session.liveReload.closeAll()
                serving.cancel()
            }
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw Failure(description: "port \(port) on \(host) is already in use; choose another with --port")
        } catch {
            if "\(error)".contains("Address already in use") {
                throw Failure(description: "port \(port) on \(host) is already in use; choose another with --port")
            }
            throw error
        }
    }

    /// The watcher for this platform.
    public static func watcher(for options: BuildOptions) -> FileWatcher {
        let folders = WatchedFolders(siteRoot: options.siteRoot.path, output: options.output.path)
        #if os(Linux)
            return InotifyWatcher(folders: folders)
        #else
            return PollingWatcher(folders: folders)
        #endif
    }
}
