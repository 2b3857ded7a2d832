import ArgumentParser
import Folio
import FolioServer
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: serve it, rebuild on every change, reload open pages.")

    @Argument(help: "The site folder, holding Content/ (default: the current folder).")
    var site: String = "."

    @Option(help: "The port to listen on.")
    var port: Int = 8000

    @Option(help: "The address to listen on; 127.0.0.1 keeps the preview on this machine.")
    var host: String = "127.0.0.1"

    @Flag(help: "Include profiles and pages marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Open the site in the default browser.")
    var open = false

    @Flag(help: "Print the time each stage of a rebuild took.")
    var timings = false

    @Option(
        name: .customLong("idle-timeout"),
        help: "Seconds after which a connection with no request in progress is closed.")
    var idleTimeout = 30

    func run() async throws {
        let options = BuildOptions(siteRoot: URL(fileURLWithPath: site), includeDrafts: drafts, write: false)
        let session = PreviewSession(options: options)
        Console.print(session.firstReport.diagnostics)
        Console.out(session.firstReport.summary(outputName: "memory"))
        let timings = self.timings
        session.onBuild = { report, changed in
            Console.print(report.diagnostics)
            let names = changed.map { URL(fileURLWithPath: $0).lastPathComponent }.sorted().prefix(3).joined(
                separator: ", ")
            if report.succeeded {
                var line = String(
                    format: "Rebuilt in %.0f ms (%@) - %d pages", report.seconds * 1000, names, report.pageCount)
                if timings {
                    line +=
                        ":" + report.timings.map { String(format: " %@ %.1f ms", $0.stage, $0.seconds * 1000) }.joined()
                }
                Console.out(line)
            } else {
                Console.out("Rebuild failed (\(names)); still serving the last good site.")
            }
        }
        let base = session.store.current.snapshot.basePath
        let open = self.open
        let host = self.host
        do {
            try await PreviewServer.run(
                session: session, host: host, port: port, watcher: PreviewServer.watcher(for: options),
                idleTimeout: idleTimeout
            ) { port in
                let url = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)\(base)"
                Console.out("Serving \(url) - press Ctrl-C to stop")
                if open { Browser.open(url) }
            }
        } catch let failure as PreviewServer.Failure {
            Console.error("error: \(failure)")
            throw ExitCode.failure
        }
    }
}

enum Browser {
    static func open(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        try? process.run()
    }
}
