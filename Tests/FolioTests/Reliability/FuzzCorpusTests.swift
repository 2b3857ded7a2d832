import Foundation
import Testing

@testable import Folio

/// The fuzzer's corpus (`Tests/Fuzz/corpus`: the seeds and every input it found interesting),
/// each as a profile of a small series: the build ends, and every error names its file.
@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    }

    @Test func theCorpusIsThere() {
        #expect(Self.inputs.count >= 3)
    }

    @Test func everyInputBuildsOrFailsWithLocatedErrors() throws {
        let site = TestSite([
            "Content/people/ann-lee.md": TestSite.profile(
                "Ann Lee", number: 1, extra: "topics: [Design]", body: "See [x](fuzz.md).")
        ])
        for name in Self.inputs {
            let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
            site.write("Content/people/fuzz.md", data)
            let report = site.build(write: false)
            for diagnostic in report.diagnostics.sorted where diagnostic.severity == .error {
                #expect(
                    !diagnostic.file.isEmpty || diagnostic.message.contains("Content/"),
                    "\(name): \(diagnostic)")
            }
        }
    }
}
