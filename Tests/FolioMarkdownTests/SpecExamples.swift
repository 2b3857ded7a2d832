import Foundation

/// The CommonMark 0.30 spec examples, from `../shared/fixtures/` beside the repository.
struct SpecExample: Decodable, Sendable {
    var markdown: String
    var html: String
    var example: Int
    var section: String
}

enum SpecExamples {
    static var fixtureURL: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("shared/fixtures/commonmark-spec-0.30.json")
    }

    static func load() throws -> [SpecExample] {
        try JSONDecoder().decode([SpecExample].self, from: Data(contentsOf: fixtureURL))
    }
}
