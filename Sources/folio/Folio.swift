import ArgumentParser

@main
struct FolioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Builds a website from a series of profiles.",
        subcommands: [Build.self, Check.self, Serve.self, New.self, Init.self],
        defaultSubcommand: Build.self
    )
}
