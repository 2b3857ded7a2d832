import Foundation

/// Server-Sent Events to every open page: `reload` after a build has landed, `errors` when a
/// build failed, `css` when only stylesheets changed, and a keep-alive comment every 15 s.
public final class LiveReload: @unchecked Sendable {
    public static let eventsPath = "_folio/events"

    private var clients: [UUID: AsyncStream<String>.Continuation] = [:]
    private let lock = NSLock()
    private var keepAlive: Task<Void, Never>?

    public init(keepAliveSeconds: Double = 15) {
        keepAlive = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(keepAliveSeconds * 1e9))
                self?.broadcast(": keep-alive\n\n")
            }
        }
    }

    deinit { keepAlive?.cancel() }

    /// A stream of raw event text for one client; it starts with the current state.
    public func connect(state: PreviewState) -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(64))
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        // Registered first, so that no event sent meanwhile is missed; a reload that arrives
        // before "hello" only reloads the page once more.
        lock.lock()
        clients[id] = continuation
        lock.unlock()
        continuation.yield(": connected\nretry: 500\n\n")
        continuation.yield(Self.event("hello", String(state.snapshot.version)))
        if !state.errors.isEmpty { continuation.yield(Self.errorsEvent(state.errors)) }
        return stream
    }

    public func reload(version: Int) { broadcast(Self.event("reload", String(version))) }
    public func stylesheets(version: Int) { broadcast(Self.event("css", String(version))) }
    public func errors(_ lines: [String]) { broadcast(Self.errorsEvent(lines)) }

    public func closeAll() {
        lock.lock()
        let all = clients.values
        clients = [:]
        lock.unlock()
        for client in all { client.finish() }
    }

    private func broadcast(_ text: String) {
        lock.lock()
        let all = Array(clients.values)
        lock.unlock()
        for client in all { client.yield(text) }
    }

    private func remove(_ id: UUID) {
        lock.lock()
        clients[id] = nil
        lock.unlock()
    }

    static func event(_ name: String, _ data: String) -> String {
        "event: \(name)\ndata: \(data)\n\n"
    }

    static func errorsEvent(_ lines: [String]) -> String {
        let json =
            (try? JSONSerialization.data(withJSONObject: lines, options: [.withoutEscapingSlashes])).map {
                String(decoding: $0, as: UTF8.self)
            } ?? "[]"
        return event("errors", json)
    }
}
