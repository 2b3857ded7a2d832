import ArgumentParser
import Folio

@main
struct FolioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Builds a website from a series of profiles.",
        subcommands: [Build.self, Check.self, Serve.self, New.self, Init.self],
        defaultSubcommand: Build.self
    )

    /// ArgumentParser's own entry, after one setting of the process: every command but the
    /// preview server runs once and ends, and lets the heap grow in large steps (see ProcessHeap).
    static func main() async {
        if CommandLine.arguments.dropFirst().first != "serve" { ProcessHeap.growInLargeSteps() }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
