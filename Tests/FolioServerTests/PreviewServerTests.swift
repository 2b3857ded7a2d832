import Folio
import FolioServer
import Foundation
import Testing

@Suite(.serialized) struct PreviewServerTests {
    @Test func servesPagesWithCleanURLsTypesAndNoCache() async throws {
        let server = try await ServerHarness(siteRoot: Fixture.smallSite())
        let page = try await server.get("/small/people/mira-okafor/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.headers["cache-control"] == "no-cache")
        #expect(page.text.contains("<h1 class=\"p-name\">Mira Okafor</h1>"))
        #expect(page.text.contains("new EventSource(\"/small/_folio/events\")"))  // live reload, injected
        let noSlash = try await server.get("/small/people/mira-okafor")
        #expect(noSlash.status == 301)
        #expect(noSlash.headers["location"] == "/small/people/mira-okafor/")
        #expect(try await server.get("/").headers["location"] == "/small/")
        let types = [
            "/small/assets/folio.css": "text/css; charset=utf-8",
            "/small/feed.xml": "application/atom+xml; charset=utf-8",
            "/small/sitemap.xml": "application/xml; charset=utf-8", "/small/people/mira-okafor/photo.png": "image/png",
            "/small/docs/guide.txt": "text/plain; charset=utf-8", "/small/index.html": "text/html; charset=utf-8",
        ]
        for (path, type) in types {
            let response = try await server.get(path)
            #expect(response.status == 200, "\(path)")
            #expect(response.headers["content-type"] == type, "\(path)")
        }
        // Nothing was written to Output/.
        #expect(!FileManager.default.fileExists(atPath: server.session.options.output.path))
        await server.stop()
    }

    @Test func notFoundIsTheSitesPageWithStatus404() async throws {
        let server = try await ServerHarness(siteRoot: Fixture.smallSite())
        for path in ["/small/nope/", "/small/people/nobody/", "/elsewhere/x", "/small/feed.xml/x"] {
            let response = try await server.get(path)
            #expect(response.status == 404, "\(path)")
            #expect(response.text.contains("Page not found"), "\(path)")
        }
        await server.stop()
    }

    @Test func headHasHeadersButNoBody() async throws {
        let server = try await ServerHarness(siteRoot: Fixture.smallSite())
        let get = try await server.get("/small/topics/")
        let head = try await server.get("/small/topics/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == String(get.body.count))
        #expect(try await server.get("/small/topics/", method: "POST").status == 405)
        await server.stop()
    }

    @Test func traversalAttemptsAreRefused() async throws {
        let site = Fixture.smallSite()
        // A secret beside the site, which no request may read.
        try Data("secret".utf8).write(to: site.appendingPathComponent("secret.txt"))
        let server = try await ServerHarness(siteRoot: site)
        let attempts = [
            "/small/../secret.txt", "/small/%2e%2e/secret.txt", "/small/%2E%2E%2Fsecret.txt",
            "/small/%252e%252e/secret.txt",
            "/small/..%5csecret.txt", "/small/\\..\\secret.txt", "/small/%00", "/small/people/%c0%ae%c0%ae/",
            "/small/./index.html", "/small//etc/passwd", "/small/%2f%2fetc/passwd", "//etc/passwd",
        ]
        for path in attempts {
            let response = try await server.get(path)
            #expect([400, 404].contains(response.status), "\(path) -> \(response.status)")
            #expect(!response.text.contains("secret"), "\(path)")
        }
        await server.stop()
    }

    @Test func aStaticFileTurnedIntoALinkToOutsideIsNotServed() async throws {
        let site = Fixture.smallSite()
        let secret = site.appendingPathComponent("secret.txt")
        try Data("secret".utf8).write(to: secret)
        let server = try await ServerHarness(siteRoot: site)
        #expect(try await server.get("/small/docs/guide.txt").status == 200)
        let guide = site.appendingPathComponent("Content/static/docs/guide.txt")
        try FileManager.default.removeItem(at: guide)
        try FileManager.default.createSymbolicLink(at: guide, withDestinationURL: secret)
        let response = try await server.get("/small/docs/guide.txt")
        #expect(response.status == 404)
        #expect(!response.text.contains("secret"))
        // A rebuild refuses the link too, and keeps serving the last good site without it.
        let report = server.session.rebuild(changed: [guide.path])
        #expect(report.diagnostics.all.contains { $0.message.contains("symbolic link leads outside Content/") })
        #expect(try await server.get("/small/docs/guide.txt").status == 404)
        await server.stop()
    }

    @Test func concurrentRequestsAllSucceed() async throws {
        let server = try await ServerHarness(siteRoot: Fixture.smallSite())
        let port = server.port
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let path = ["/small/", "/small/people/", "/small/people/oskar-lind/", "/small/feed.xml"][index % 4]
                    return try await offPool { try RawHTTP.request(port: port, "GET", path).status }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses.count == 64)
        #expect(statuses.allSatisfy { $0 == 200 })
        await server.stop()
    }

    @Test func portInUseIsAClearError() async throws {
        let server = try await ServerHarness(siteRoot: Fixture.smallSite())
        let session = PreviewSession(options: BuildOptions(siteRoot: Fixture.smallSite(), write: false))
        await #expect {
            try await PreviewServer.run(
                session: session, host: "127.0.0.1", port: server.port, watcher: nil, handleSignals: false)
        } throws: { error in
            "\(error)".contains("port \(server.port) on 127.0.0.1 is already in use; choose another with --port")
        }
        await server.stop()
    }

    @Test func eventsAnnounceReloadAfterARebuildAndErrorsWhenItFails() async throws {
        let site = Fixture.smallSite()
        let server = try await ServerHarness(siteRoot: site)
        let client = try RawHTTP(port: server.port)
        client.send("GET /small/_folio/events HTTP/1.1\r\nHost: x\r\n\r\n")
        let hello = String(decoding: try await offPool { client.read(until: "event: hello") }, as: UTF8.self)
        #expect(hello.contains("text/event-stream"))
        #expect(hello.contains("event: hello\ndata: 1\n"))

        Fixture.write(
            site, "Content/people/ben-adair.md", "---\nname: Ben Adair\nnumber: 3\ndate: 2024-09-30\n---\nNew text.\n")
        server.session.rebuild(changed: [site.path + "/Content/people/ben-adair.md"])
        let reload = String(decoding: try await offPool { client.read(until: "event: reload") }, as: UTF8.self)
        #expect(reload.contains("event: reload\ndata: 2\n"))
        #expect(try await server.get("/small/people/ben-adair/").text.contains("New text."))

        Fixture.write(
            site, "Content/people/ben-adair.md", "---\nname: Ben Adair\nnumber: three\ndate: 2024-09-30\n---\nBroken.\n"
        )
        server.session.rebuild(changed: [site.path + "/Content/people/ben-adair.md"])
        let errors = String(decoding: try await offPool { client.read(until: "event: errors") }, as: UTF8.self)
        #expect(
            errors.contains(
                "Content/people/ben-adair.md:3:9: error: 'number' must be a whole number greater than 0, not 'three'"))
        // The last good site is still served.
        let page = try await server.get("/small/people/ben-adair/")
        #expect(page.status == 200)
        #expect(page.text.contains("New text."))
        // A page opened now learns about the errors at once.
        let late = try RawHTTP(port: server.port)
        late.send("GET /small/_folio/events HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(
            String(decoding: try await offPool { late.read(until: "event: errors") }, as: UTF8.self).contains(
                "not 'three'"))
        await server.stop()
    }
}
