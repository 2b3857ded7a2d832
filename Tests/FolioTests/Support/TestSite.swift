import Foundation

@testable import Folio

/// A site folder made from strings in a temporary directory, for one test.
struct TestSite {
    let root: URL

    init(_ files: [String: String] = [:], siteYML: String? = TestSite.defaultSiteYML) {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(
            at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)
        if let siteYML { write("Content/site.yml", siteYML) }
        for (path, text) in files { write(path, text) }
    }

    static let defaultSiteYML = """
        title: Test Series
        description: A series for tests.
        base_url: https://example.org/
        author:
          name: Ada Author
          url: https://example.org/ada
        """

    func write(_ path: String, _ text: String) {
        write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) {
        let url = root.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: url)
    }

    func remove(_ path: String) {
        try? FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    /// The checkout: the sample series is its `Content/`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of `Tests/FolioTests/Fixtures/<name>` in a temporary directory.
    static func fixture(_ name: String) -> TestSite {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name)")
        let site = TestSite(siteYML: nil)
        try! FileManager.default.removeItem(at: site.root)
        try! FileManager.default.copyItem(at: source, to: site.root)
        return site
    }

    var output: URL { root.appendingPathComponent("Output") }

    @discardableResult
    func build(drafts: Bool = false, baseURL: String? = nil, write: Bool = true, sitemapLimit: Int? = nil)
        -> BuildReport
    {
        var options = BuildOptions(siteRoot: root, includeDrafts: drafts, baseURL: baseURL, write: write)
        if let sitemapLimit { options.sitemapLimit = sitemapLimit }
        return SiteBuild.run(options)
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every file of the output, path -> bytes.
    func snapshot() -> [String: Data] {
        var result: [String: Data] = [:]
        for path in FileBytes.listFiles(under: output.path) {
            result[path] = FileManager.default.contents(atPath: output.appendingPathComponent(path).path)
        }
        return result
    }

    /// A profile file with the required fields and optional extra front matter and body.
    static func profile(
        _ name: String, number: Int, date: String = "2024-01-15", extra: String = "", body: String = "Some text."
    ) -> String {
        var front = "---\nname: \(name)\nnumber: \(number)\ndate: \(date)\n"
        if !extra.isEmpty { front += extra + (extra.hasSuffix("\n") ? "" : "\n") }
        return front + "---\n\n" + body + "\n"
    }
}

extension BuildReport {
    /// Diagnostics as printed, for asserting exact messages.
    var lines: [String] { diagnostics.sorted.map(\.description) }
}
