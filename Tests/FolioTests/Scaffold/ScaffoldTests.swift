import Foundation
import Testing

@testable import Folio

@Suite struct ScaffoldTests {
    @Test func initCreatesASeriesThatBuildsCleanly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-init-\(UUID().uuidString)")
        let files = try NewSite.create(at: folder, title: "My Series")
        #expect(files.contains("Content/site.yml"))
        let report = SiteBuild.run(BuildOptions(siteRoot: folder))
        #expect(report.lines == [])
        #expect(report.profileCount == 1)
        #expect(throws: NewSite.Failure.self) { try NewSite.create(at: folder) }
    }

    @Test func newProfileTakesTheNextNumberAndRefusesToOverwrite() throws {
        let site = TestSite([
            "Content/people/a-one.md": TestSite.profile("A One", number: 4),
            "Content/people/b-two.md": TestSite.profile("B Two", number: 11),
        ])
        let day = try #require(ISO8601DateFormatter().date(from: "2026-03-04T12:00:00Z"))
        let path = try NewProfile.create(
            name: "Zoë  O'Brien", topics: ["Social learning", "KM"], siteRoot: site.root, today: day)
        #expect(path == "Content/people/zoe-obrien.md")
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        #expect(
            text.hasPrefix(
                "---\nname: \"Zoë O'Brien\"\nnumber: 12\ndate: 2026-03-04\ntopics: [\"Social learning\", \"KM\"]\n"))
        for key in ProfileParser.knownKeys { #expect(text.contains("\(key):"), "no example of \(key)") }
        let report = site.build()
        #expect(report.lines == [])
        #expect(site.read("people/zoe-obrien/index.html")?.contains("No. 12 of 3") == true)
        #expect(throws: NewProfile.Failure.self) {
            try NewProfile.create(name: "Zoe O'Brien", topics: [], siteRoot: site.root)
        }
        #expect(try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8) == text)
    }
}
