import FolioMarkdown
import Foundation
import Testing

@testable import Folio

/// The preview server's builds reuse parsed files and rendered pages. After any sequence of
/// edits their output must be byte-identical to a fresh build of the same files.
@Suite struct IncrementalBuildTests {
    static let names = [
        "Ada Quist", "Ben Ferro", "Cleo Varga", "Dara Öztürk", "Emil Sato", "Faye Ávila", "Gus Hale", "Hana Xu",
        "Ivo Brandt", "Jun Costa", "Kira Duval", "Lev Novak",
    ]
    static let topics = [
        "Social learning", "social  learning", "Knowledge management", "Mentoring", "Design", "Storytelling",
    ]

    static func contents(_ site: TestSite, _ files: [OutputFile]?) -> [String: [UInt8]]? {
        guard let files else { return nil }
        var result: [String: [UInt8]] = [:]
        for file in files { result[file.path] = file.bytes }
        return result
    }

    /// Every file under the site folder, path -> bytes: a perfect watcher reports the difference.
    static func listing(_ root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in FileBytes.listFiles(under: root.path) where !path.hasPrefix("Output") {
            result[root.path + "/" + path] = FileManager.default.contents(atPath: root.path + "/" + path)
        }
        return result
    }

    /// Seeds 1-3 build as `folio build` would, checking every file's timestamp; seeds 4-6 are
    /// told which files changed, as the preview server's watcher tells it.
    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func randomEditsMatchAFullBuild(seed: UInt64) throws {
        let noteChanges = seed > 3
        var random = SeededGenerator(state: seed)
        let site = TestSite()
        let caches = BuildCaches()
        var people: [String: (name: String, number: Int)] = [:]
        var steps: [String] = []

        func profileText(_ name: String, number: Int) -> String {
            let chosen = Self.topics.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random))
            let others = people.keys.sorted().shuffled(using: &random).prefix(Int.random(in: 0...3, using: &random))
            let links = others.map { "[\($0)](\($0).md)" }.joined(separator: " and ")
            let heading = ["Ideas", "Work", "Ideas"].randomElement(using: &random)!
            return TestSite.profile(
                name, number: number,
                date:
                    "20\(Int.random(in: 10...25, using: &random))-0\(Int.random(in: 1...9, using: &random))-1\(Int.random(in: 0...9, using: &random))",
                extra:
                    "topics: [\(chosen.joined(separator: ", "))]\ntagline: Tag \(Int.random(in: 0...3, using: &random))",
                body:
                    "Body \(Int.random(in: 0...1000, using: &random)) with \(links.isEmpty ? "no links" : links).\n\n## \(heading)\n\nMore."
            )
        }

        var before = Self.listing(site.root)
        var lastGood: [String: [UInt8]]?
        var patched = 0
        var sitemapShapes: Set<String> = []
        for step in 0..<60 {
            let slugs = people.keys.sorted()
            switch Int.random(in: 0..<14, using: &random) {
            case 11...13 where !slugs.isEmpty:  // only body text changes: the site's structure stays
                let slug = slugs.randomElement(using: &random)!
                let url = site.root.appendingPathComponent("Content/people/\(slug).md")
                let text = try String(contentsOf: url, encoding: .utf8)
                let edited =
                    switch Int.random(in: 0..<4, using: &random) {
                    case 0:
                        text.replacingOccurrences(
                            of: #"More[ 0-9]*\."#, with: "More \(step).", options: .regularExpression)
                    case 1:
                        text.replacingOccurrences(
                            of: #"Body [0-9]+"#, with: "Body \(step)", options: .regularExpression)
                    case 2:  // the name, shown on the neighbours' and mentioned people's pages
                        text.replacingOccurrences(
                            of: #"name: ([^\n]*?)( [0-9]+)?\n"#, with: "name: $1 \(step)\n", options: .regularExpression
                        )
                    default:  // what the person's card shows, on the pages of others
                        text.replacingOccurrences(
                            of: #"tagline: Tag [0-9]+"#, with: "tagline: Tag \(step)", options: .regularExpression)
                    }
                site.write("Content/people/\(slug).md", edited)
                steps.append("retext \(slug)")
            case 0...2 where people.count < Self.names.count:  // create
                let name = Self.names.first { n in !people.values.contains { $0.name == n } }!
                let slug = Slug.make(name)
                let number = (people.values.map(\.number).max() ?? 0) + Int.random(in: 1...2, using: &random)
                site.write("Content/people/\(slug).md", profileText(name, number: number))
                people[slug] = (name, number)
                steps.append("create \(slug)")
            case 3...4 where !slugs.isEmpty:  // edit body (and its links) and front matter
                let slug = slugs.randomElement(using: &random)!
                site.write("Content/people/\(slug).md", profileText(people[slug]!.name, number: people[slug]!.number))
                steps.append("edit \(slug)")
            case 5 where slugs.count > 1:  // delete: links to it are removed first, as an editor would
                let slug = slugs.randomElement(using: &random)!
                site.remove("Content/people/\(slug).md")
                people[slug] = nil
                for other in people.keys.sorted() {
                    site.write(
                        "Content/people/\(other).md", profileText(people[other]!.name, number: people[other]!.number))
                }
                steps.append("delete \(slug)")
            case 6 where !slugs.isEmpty:  // renumber
                let slug = slugs.randomElement(using: &random)!
                let number = (people.values.map(\.number).max() ?? 0) + 1
                people[slug]!.number = number
                site.write("Content/people/\(slug).md", profileText(people[slug]!.name, number: number))
                steps.append("renumber \(slug)")
            case 7:  // topic description
                if Bool.random(using: &random) {
                    site.write(
                        "Content/topics/social-learning.md", "---\nname: Social Learning \(step)\n---\nAbout \(step).\n"
                    )
                    steps.append("topic file")
                } else {
                    site.remove("Content/topics/social-learning.md")
                    steps.append("no topic file")
                }
            case 9 where !slugs.isEmpty:  // only the links of one profile change
                let slug = slugs.randomElement(using: &random)!
                let target = slugs.randomElement(using: &random)!
                let text = try String(
                    contentsOf: site.root.appendingPathComponent("Content/people/\(slug).md"), encoding: .utf8)
                let linked = text.replacingOccurrences(of: "\n\n## ", with: " See [\(target)](\(target).md).\n\n## ")
                site.write(
                    "Content/people/\(slug).md",
                    linked.contains(" See [") && Bool.random(using: &random)
                        ? text.replacingOccurrences(
                            of: #" See \[[a-z-]+\]\([a-z-]+\.md\)\."#, with: "", options: .regularExpression) : linked)
                steps.append("relink \(slug)")
            case 8:  // settings or a template
                if Bool.random(using: &random) {
                    // (The description replaced: a second `description` key would be an error,
                    // which left every later build of the seed failing.)
                    site.write(
                        "Content/site.yml",
                        TestSite.defaultSiteYML.replacingOccurrences(
                            of: "description: A series for tests.", with: "description: Edition \(step)"))
                    steps.append("site.yml")
                } else {
                    site.write("Templates/footer.mustache", "<footer>\(step) {{site.profileCount}}</footer>\n")
                    steps.append("template")
                }
            default:  // a broken file, then fixed in a later step by an edit or delete
                if let slug = slugs.randomElement(using: &random) {
                    site.write("Content/people/\(slug).md", "---\nname: \(people[slug]!.name)\nnumber: x\n---\n")
                    steps.append("break \(slug)")
                }
            }
            var options = BuildOptions(siteRoot: site.root)
            // Few URLs per sitemap file, so that the sitemap is one file at some steps and an
            // index of several at others.
            options.sitemapLimit = 9
            if noteChanges {
                let after = Self.listing(site.root)
                let changed = Set(after.keys.filter { after[$0] != before[$0] }).union(
                    before.keys.filter { after[$0] == nil })
                caches.noteChanges(changed)
                before = after
            }
            let rebuild = SiteBuild.rebuild(options, caches: caches)
            let (incrementalReport, incrementalFiles) = (rebuild.report, rebuild.files)
            let (fullReport, fullFiles) = SiteBuild.make(options)
            #expect(incrementalReport.lines == fullReport.lines, "after \(steps)")
            let incremental = Self.contents(site, incrementalFiles)
            let full = Self.contents(site, fullFiles)
            // A patched build names every file that changed: the server swaps in only those.
            if let changed = rebuild.changed {
                patched += 1
                var served = lastGood ?? [:]
                for (path, bytes) in Self.contents(site, changed) ?? [:] { served[path] = bytes }
                #expect(served == incremental, "patch after \(steps) misses a changed file")
            }
            if let incremental { lastGood = incremental }
            #expect(incremental?.keys.sorted() == full?.keys.sorted(), "after \(steps)")
            if let incremental, let full {
                for (path, bytes) in full where incremental[path] != bytes {
                    Issue.record("\(path) differs after \(steps)")
                }
                sitemapShapes.insert(full["sitemap-1.xml"] == nil ? "one file" : "index")
            }
        }
        #expect(sitemapShapes == ["one file", "index"])
        #expect(steps.count > 20)
        if noteChanges { #expect(patched >= 2, "the quick path for profile edits was not taken") }
    }

    @Test func changeListsAreTrustedOnlyForKnownPlainFiles() throws {
        let site = TestSite.fixture("small-site")
        let (inventory, _) = ContentScanner.scan(siteRoot: site.root)
        let content = site.root.path + "/Content/"
        #expect(
            ChangeList.knownFiles([content + "people/ben-adair.md"], siteRoot: site.root, previous: inventory) == [
                "people/ben-adair.md"
            ])
        #expect(
            ChangeList.knownFiles(
                [site.root.path + "/Templates/footer.mustache"], siteRoot: site.root, previous: inventory) == [])
        // A new file, a folder, the site folder (lost events) or a deleted file: list everything again.
        site.write("Content/people/new-one.md", "x")
        #expect(ChangeList.knownFiles([content + "people/new-one.md"], siteRoot: site.root, previous: inventory) == nil)
        #expect(ChangeList.knownFiles([content + "people"], siteRoot: site.root, previous: inventory) == nil)
        #expect(ChangeList.knownFiles([site.root.path], siteRoot: site.root, previous: inventory) == nil)
        site.remove("Content/people/ben-adair.md")
        #expect(
            ChangeList.knownFiles([content + "people/ben-adair.md"], siteRoot: site.root, previous: inventory) == nil)
    }

    @Test func anUnchangedRebuildParsesNothing() throws {
        let site = TestSite.fixture("small-site")
        let caches = BuildCaches()
        _ = SiteBuild.make(BuildOptions(siteRoot: site.root), caches: caches)
        #expect(caches.parse.lastParsedCount == 6)
        // Make the files look old, so that their stamps are trusted without reading them.
        for path in FileBytes.listFiles(under: site.root.appendingPathComponent("Content").path) {
            let url = site.root.appendingPathComponent("Content/" + path)
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: url.path)
        }
        _ = SiteBuild.make(BuildOptions(siteRoot: site.root), caches: caches)
        _ = SiteBuild.make(BuildOptions(siteRoot: site.root), caches: caches)
        #expect(caches.parse.lastParsedCount == 0)
        site.write(
            "Content/people/ben-adair.md",
            TestSite.profile("Ben Adair", number: 3, extra: "topics: [Knowledge management]", body: "Changed."))
        _ = SiteBuild.make(BuildOptions(siteRoot: site.root), caches: caches)
        #expect(caches.parse.lastParsedCount == 1)
    }
}
