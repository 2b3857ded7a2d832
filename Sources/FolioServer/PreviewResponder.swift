import Folio
import Foundation
import Hummingbird

/// Answers every request from the current snapshot: clean URLs, the site's 404 page, HEAD,
/// `Cache-Control: no-cache`, the live-reload script in HTML, and the event stream.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let store: PreviewStore
    let liveReload: LiveReload

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return plain(.methodNotAllowed, "Only GET and HEAD are served.\n", extra: [.allow: "GET, HEAD"])
        }
        let state = store.current
        let snapshot = state.snapshot
        switch RequestPath.resolve(request.uri.path, basePath: snapshot.basePath) {
        case .invalid:
            return plain(.badRequest, "Bad request path.\n")
        case .outside:
            if request.uri.path == "/" {
                return redirect(to: snapshot.basePath)
            }
            return notFound(snapshot, head: request.method == .head)
        case .site(let relative, let trailingSlash):
            if relative == LiveReload.eventsPath {
                if request.method == .head {
                    return Response(
                        status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"])
                }
                return events(state)
            }
            var path = relative
            if path.isEmpty || trailingSlash { path += "index.html" }
            if let contents = snapshot.files[path] {
                return file(path, contents, snapshot: snapshot, status: .ok, head: request.method == .head)
            }
            if !trailingSlash, !relative.isEmpty, snapshot.files[relative + "/index.html"] != nil {
                return redirect(to: request.uri.path + "/")
            }
            return notFound(snapshot, head: request.method == .head)
        }
    }

    private func notFound(_ snapshot: SiteSnapshot, head: Bool) -> Response {
        if let page = snapshot.files[Permalink.notFound] {
            return file(Permalink.notFound, page, snapshot: snapshot, status: .notFound, head: head)
        }
        return plain(.notFound, "Not found.\n")
    }

    private func file(
        _ path: String, _ contents: OutputFile.Contents, snapshot: SiteSnapshot, status: HTTPResponse.Status, head: Bool
    ) -> Response {
        var bytes: [UInt8]
        switch contents {
        case .bytes(let data): bytes = data
        case .copy(let source):
            let real = URL(fileURLWithPath: source).resolvingSymlinksInPath().path
            guard real.hasPrefix(snapshot.contentRoot + "/"), let data = FileBytes.read(real)
            else {
                return plain(.notFound, "Not found.\n")
            }
            bytes = [UInt8](data)
        case .rendered(let render): bytes = OutputFile.Contents.copy(of: render)
        }
        let type = ContentTypes.forPath(path)
        if type.hasPrefix("text/html") {
            bytes = LiveReloadScript.inject(into: bytes, basePath: snapshot.basePath, version: snapshot.version)
        }
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-cache"]
        headers[.contentLength] = String(bytes.count)
        let body = head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        return Response(status: status, headers: headers, body: body)
    }

    private func events(_ state: PreviewState) -> Response {
        let stream = liveReload.connect(state: state)
        let headers: HTTPFields = [
            .contentType: "text/event-stream", .cacheControl: "no-cache", .connection: "keep-alive",
        ]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                for await text in stream {
                    try await writer.write(ByteBuffer(string: text))
                }
                try await writer.finish(nil)
            })
    }

    private func redirect(to location: String) -> Response {
        Response(
            status: .movedPermanently, headers: [.location: location, .cacheControl: "no-cache", .contentLength: "0"])
    }

    private func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-cache"]
        headers.append(contentsOf: extra)
        headers[.contentLength] = String(text.utf8.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
