import Folio
import Foundation

/// One input of the fuzzer: its bytes become a profile file of a small good series, which is
/// built, every page rendered. What must hold for any bytes: no crash or hang, and every error
/// names its file and line.
enum FuzzInput {
    /// A scratch series, made once per process (on tmpfs when there is one).
    static let site: URL = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let root = URL(fileURLWithPath: base).appendingPathComponent("folio-fuzz-\(getpid())")
        let people = root.appendingPathComponent("Content/people")
        try? FileManager.default.createDirectory(at: people, withIntermediateDirectories: true)
        try? Data("title: Fuzz\nbase_url: https://example.org/\n".utf8)
            .write(to: root.appendingPathComponent("Content/site.yml"))
        try? Data("---\nname: Ann Lee\nnumber: 1\ndate: 2024-01-01\ntopics: [Design]\n---\nSee [x](fuzz.md).\n".utf8)
            .write(to: people.appendingPathComponent("ann-lee.md"))
        return root
    }()

    static func run(_ bytes: Data) {
        let file = site.appendingPathComponent("Content/people/fuzz.md")
        try? bytes.write(to: file)
        let report = SiteBuild.run(BuildOptions(siteRoot: site, write: false))
        for diagnostic in report.diagnostics.sorted where diagnostic.severity == .error {
            // Whole-site problems (two files, one path) name the files in the message instead.
            if diagnostic.file.isEmpty && !diagnostic.message.contains("Content/") {
                fatalError("error without a file: \(diagnostic)")
            }
        }
    }
}
