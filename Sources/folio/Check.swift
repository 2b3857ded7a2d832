import ArgumentParser
import Folio
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Report every problem of the site; write nothing.")

    @Argument(help: "The site folder, holding Content/ (default: the current folder).")
    var site: String = "."

    @Flag(help: "Check drafts too.")
    var drafts = false

    func run() throws {
        var options = BuildOptions(siteRoot: URL(fileURLWithPath: site), includeDrafts: drafts, write: false)
        options.processEndsAfter = true
        let report = SiteBuild.run(options)
        Console.print(report.diagnostics)
        let errors = report.diagnostics.errors.count
        let warnings = report.diagnostics.warnings.count
        print("\(report.profileCount) profiles checked: \(errors) error(s), \(warnings) warning(s)")
        if errors > 0 { throw ExitCode.failure }
    }
}
