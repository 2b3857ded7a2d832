import ArgumentParser
import Folio
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Start a new profile in Content/people/.")

    @Argument(help: "The person's full name, such as \"Jane Hart\".")
    var name: String

    @Option(help: "Topics, separated by commas: \"Social learning, Workplace\".")
    var topics: String?

    @Option(help: "The site folder (default: the current folder).")
    var site: String = "."

    func run() throws {
        let topicList = (topics ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        do {
            let path = try NewProfile.create(name: name, topics: topicList, siteRoot: URL(fileURLWithPath: site))
            print("Created \(path)")
        } catch {
            Console.error("error: \(error)")
            throw ExitCode.failure
        }
    }
}
