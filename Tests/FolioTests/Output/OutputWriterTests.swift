import Foundation
import Testing

@testable import Folio

@Suite struct OutputWriterTests {
    static func inode(_ path: URL) -> UInt64 {
        ((try? FileManager.default.attributesOfItem(atPath: path.path))?[.systemFileNumber] as? NSNumber)?.uint64Value
            ?? 0
    }

    static func modified(_ path: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path.path))?[.modificationDate] as? Date
    }

    @Test func failedBuildLeavesThePreviousOutputByteIdentical() throws {
        let site = TestSite.fixture("small-site")
        #expect(site.build().succeeded)
        let before = site.snapshot()
        let page = site.output.appendingPathComponent("people/mira-okafor/index.html")
        let inodeBefore = Self.inode(page)
        site.write("Content/people/ben-adair.md", "---\nname: Ben Adair\nnumber: two\ndate: 2024-09-30\n---\nx\n")
        site.write("Content/people/new-person.md", TestSite.profile("New Person", number: 9))
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.snapshot() == before)
        #expect(Self.inode(page) == inodeBefore)
        #expect(!site.exists("people/new-person/index.html"))
    }

    @Test func unchangedRebuildWritesNothing() throws {
        let site = TestSite.fixture("small-site")
        #expect(site.build().succeeded)
        let page = site.output.appendingPathComponent("people/mira-okafor/index.html")
        let folderInode = Self.inode(site.output)
        let (inode, date) = (Self.inode(page), Self.modified(page))
        let report = site.build()
        #expect(report.output?.untouched == true)
        #expect(report.output?.written == 0)
        #expect(Self.inode(site.output) == folderInode)  // not even swapped
        #expect(Self.inode(page) == inode)
        #expect(Self.modified(page) == date)
    }

    /// A build killed after its swap, while removing the old site, leaves a staging folder beside a
    /// site that is already new: the next build, with nothing to write, still removes it (and
    /// leaves the folder of a process that is running alone).
    @Test func buildWithNothingToWriteRemovesAKilledBuildsStagingFolder() throws {
        let site = TestSite.fixture("small-site")
        #expect(site.build().succeeded)
        // No process has this id (above Linux's pid_max), so the folder is abandoned.
        let abandoned = site.root.appendingPathComponent(".Output.folio-staging-99999999")
        let running = site.root.appendingPathComponent(".Output.folio-staging-\(getppid())")
        for folder in [abandoned, running] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("people/x"), withIntermediateDirectories: true)
        }
        let report = site.build()
        #expect(report.output?.untouched == true)
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: running.path))
        try? FileManager.default.removeItem(at: running)
    }

    @Test func changedBuildRewritesOnlyChangedFilesAndDropsDeletedPages() throws {
        let site = TestSite.fixture("small-site")
        #expect(site.build().succeeded)
        let untouchedPage = site.output.appendingPathComponent("docs/guide.txt")
        let (inode, date) = (Self.inode(untouchedPage), Self.modified(untouchedPage))
        site.remove("Content/people/ben-adair.md")
        let report = site.build()
        #expect(report.succeeded)
        #expect(!site.exists("people/ben-adair/index.html"))
        #expect(report.output?.removed == 1)
        #expect(site.read("people/oskar-lind/index.html")?.contains("No. 2 of 2") == true)
        // Files whose bytes did not change are kept as they were (same file, same time).
        #expect(Self.inode(untouchedPage) == inode)
        #expect(Self.modified(untouchedPage) == date)
        // Nothing is left beside the output folder.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(siblings.sorted() == ["Content", "Output"])
    }

    @Test func outputThatIsAFileIsAnErrorAndStaysAsItWas() throws {
        let site = TestSite.fixture("small-site")
        site.write("Output", "not a folder")
        let report = site.build()
        #expect(report.lines.count == 1)
        #expect(report.lines.first?.contains("is a file, not a folder") == true)
        #expect(try String(contentsOf: site.output, encoding: .utf8) == "not a folder")
    }

    @Test func outputMayNotReplaceTheSiteOrItsSources() throws {
        let site = TestSite.fixture("small-site")
        for output in [
            site.root, site.root.appendingPathComponent("Content"), site.root.appendingPathComponent("Content/static"),
        ] {
            let report = SiteBuild.run(BuildOptions(siteRoot: site.root, output: output))
            #expect(!report.succeeded, "\(output.path)")
            #expect(report.lines.first?.contains("choose another --output") == true)
        }
        #expect(
            FileManager.default.fileExists(
                atPath: site.root.appendingPathComponent("Content/people/mira-okafor.md").path))
    }

    @Test func aFolderFolioDidNotWriteIsNotReplaced() throws {
        let site = TestSite.fixture("small-site")
        let other = site.root.appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: other.appendingPathComponent("letter.txt"))
        let report = SiteBuild.run(BuildOptions(siteRoot: site.root, output: other))
        #expect(report.lines.first?.contains("is not empty and was not written by Folio") == true)
        #expect(try String(contentsOf: other.appendingPathComponent("letter.txt"), encoding: .utf8) == "keep me")
        // An empty folder, or one Folio wrote before, is fine.
        let empty = site.root.appendingPathComponent("Public")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(SiteBuild.run(BuildOptions(siteRoot: site.root, output: empty)).succeeded)
        #expect(SiteBuild.run(BuildOptions(siteRoot: site.root, output: empty)).succeeded)
    }

    /// Each clash is reported at the site file in the way: a page named like a built-in page, a
    /// static file where a page goes, a static file where pages need a folder (one error for all
    /// of them).
    @Test(arguments: [
        (
            "Content/pages/people.md", "---\ntitle: People\n---\nx\n",
            "Content/pages/people.md: error: two files would be written to 'people/index.html': from people index and from Content/pages/people.md"
        ),
        (
            "Content/static/series/index.html", "<p>old</p>\n",
            "Content/static/series/index.html: error: two files would be written to 'series/index.html': from series page and from Content/static/series/index.html"
        ),
        (
            "Content/static/series", "not a folder\n",
            "Content/static/series: error: 'series' (from Content/static/series) is a file, but 'series/index.html' (from series page) needs it to be a folder"
        ),
        (
            "Content/static/people", "not a folder\n",
            "Content/static/people: error: 'people' (from Content/static/people) is a file, but 5 files need it to be a folder, such as 'people/index.html' (from people index)"
        ),
    ])
    func twoSourcesForOnePathIsAnError(file: String, text: String, error: String) {
        let site = TestSite.fixture("small-site")
        site.write(file, text)
        #expect(site.build().lines == [error])
    }

    @Test func foldersAreEveryParentOnceParentsFirst() {
        let paths = [
            "index.html", "people/a/index.html", "people/b/photo.jpg", "a/b/c/d.txt", "people/a/x/y.html", "a/e.txt",
            "people/é/index.html",
        ]
        let folders = OutputWriter.folders(of: paths)
        #expect(
            folders.sorted() == ["a", "a/b", "a/b/c", "people", "people/a", "people/a/x", "people/b", "people/é"])
        for (index, folder) in folders.enumerated() {
            if let slash = folder.lastIndex(of: "/") {
                #expect(folders[..<index].contains(String(folder[..<slash])), "\(folder) before its parent")
            }
        }
        #expect(OutputWriter.folders(of: ["index.html", "feed.xml"]).isEmpty)
    }

    @Test func pathsThatLeaveTheOutputAreRefused() {
        #expect(OutputPlan.isSafe("people/a/index.html"))
        for bad in ["../x", "/etc/passwd", "a/../../b", "a//b", "a\\b", "", "a/./b"] {
            #expect(!OutputPlan.isSafe(bad), "\(bad)")
        }
    }

    static func stagingFolders(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.contains(".folio-staging-")
        }
    }

    /// A first build makes its folders while it parses (EarlyStaging): when it then fails, nothing
    /// of it is left, neither the output nor the staging folder.
    @Test func aFirstBuildThatFailsLeavesNothingBehind() {
        let site = TestSite([
            "Content/people/jane-hart.md": TestSite.profile("Jane Hart", number: 1),
            "Content/people/li-wei.md": TestSite.profile("Li Wei", number: 1),
        ])
        #expect(!site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        #expect(Self.stagingFolders(in: site.root) == [])
    }

    /// Folders made early for every profile file: a draft's goes again (no empty folder is
    /// published), unless drafts are built.
    @Test func aFirstBuildPublishesNoFolderForADraft() {
        let site = TestSite([
            "Content/people/jane-hart.md": TestSite.profile("Jane Hart", number: 1),
            "Content/people/li-wei.md": TestSite.profile("Li Wei", number: 2, extra: "draft: true"),
        ])
        #expect(site.build().succeeded)
        #expect(site.exists("people/jane-hart/index.html"))
        #expect(!site.exists("people/li-wei"))
        #expect(Self.stagingFolders(in: site.root) == [])
        try? FileManager.default.removeItem(at: site.output)
        #expect(site.build(drafts: true).succeeded)
        #expect(site.exists("people/li-wei/index.html"))
    }

    /// An output the build refuses gets no early staging folder either.
    @Test func aRefusedFirstOutputGetsNoStagingFolder() {
        let site = TestSite(["Content/people/jane-hart.md": TestSite.profile("Jane Hart", number: 1)])
        let inside = site.root.appendingPathComponent("Content/out")
        #expect(!SiteBuild.run(BuildOptions(siteRoot: site.root, output: inside)).succeeded)
        #expect(Self.stagingFolders(in: site.root.appendingPathComponent("Content")) == [])
        #expect(!FileManager.default.fileExists(atPath: inside.path))
    }
}
