import ArgumentParser
import Folio
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into Output/.")

    @Argument(help: "The site folder, holding Content/ (default: the current folder).")
    var site: String = "."

    @Option(help: "Where to write the site (default: SITE/Output).")
    var output: String?

    @Flag(help: "Include profiles and pages marked 'draft: true'.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: "Use this base URL instead of site.yml's base_url.")
    var baseURL: String?

    @Flag(help: "Print the time each stage took (pages are then rendered before any is written).")
    var timings = false

    func run() throws {
        var options = BuildOptions(
            siteRoot: URL(fileURLWithPath: site), output: output.map { URL(fileURLWithPath: $0) },
            includeDrafts: drafts, baseURL: baseURL)
        options.renderBeforeWriting = timings
        options.processEndsAfter = true
        let report = SiteBuild.run(options)
        Console.print(report.diagnostics)
        guard report.succeeded else {
            Console.error(
                "Build failed with \(report.diagnostics.errors.count) error(s); \(options.output.lastPathComponent)/ was left as it was."
            )
            throw ExitCode.failure
        }
        print(report.summary(outputName: Console.displayPath(options.output) + "/"))
        if timings {
            for (stage, seconds) in report.timings { print(String(format: "  %-8@ %.3f s", stage, seconds)) }
        }
    }
}
