import ArgumentParser

@main
struct FolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Builds a website from a series of profiles.",
        subcommands: [Build.self, Check.self, New.self, Init.self],
        defaultSubcommand: Build.self
    )
}
