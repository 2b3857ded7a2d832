import ArgumentParser
import Folio
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a new series that builds as it is.")

    @Argument(help: "The folder to create the series in.")
    var folder: String

    @Option(help: "The series' title.")
    var title: String?

    func run() throws {
        do {
            let files = try NewSite.create(at: URL(fileURLWithPath: folder), title: title)
            print("Created a new series in \(folder)/:")
            for file in files where !file.hasSuffix(".keep") { print("  \(file)") }
            print("Build it with: folio build \(folder)")
        } catch {
            Console.error("error: \(error)")
            throw ExitCode.failure
        }
    }
}
