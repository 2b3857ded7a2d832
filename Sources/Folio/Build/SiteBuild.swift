import Foundation

/// The whole pipeline, top to bottom: load files, parse front matter and Markdown, resolve
/// links, assemble the site, render pages, write the output. Each stage hands plain values
/// to the next; diagnostics are collected across all of them, and nothing is written when
/// any stage found an error.
public enum SiteBuild {
    /// Builds and, unless `options.write` is false, writes the site.
    public static func run(_ options: BuildOptions) -> BuildReport {
        let root = options.siteRoot
        let sources = [root.appendingPathComponent("Content"), root.appendingPathComponent("Templates")]
        // A first build makes its folders while it parses (see EarlyStaging).
        var early: EarlyStaging?
        var (report, files) = make(options) { inventory in
            guard options.write else { return }
            early = EarlyStaging.begin(
                output: options.output, siteRoot: root, sources: sources, profiles: inventory.profiles)
        }
        if options.processEndsAfter, let files { KeptUntilExit.keep([files]) }
        guard let files, options.write else {
            early?.discard()
            return report
        }
        // 6. Write: all or nothing.
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            report.output = try OutputWriter.write(
                files, to: options.output, siteRoot: root, sources: sources, early: early)
        } catch {
            report.diagnostics.append(Diagnostic(.error, "\(error)"))
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        report.timings.append(("write", seconds))
        report.seconds += seconds
        return report
    }

    /// Stages 1 to 5: the files of the site, in memory, or nil when there are errors.
    /// The caches (kept by the preview server between builds) skip unchanged work.
    /// - Parameter didLoad: called once the content files are known and load found no error,
    ///   before they are parsed.
    public static func make(
        _ options: BuildOptions, caches: BuildCaches? = nil, didLoad: (ContentInventory) -> Void = { _ in }
    ) -> (BuildReport, [OutputFile]?) {
        var report = BuildReport(diagnostics: DiagnosticLog())
        var clock = StageClock()

        // The last good build, kept again only if this one is good too.
        let last = caches?.takeLast()

        // 1. Load: find the files, read site.yml and the templates.
        let known = caches?.takeChanges()
        let changedContent = known.flatMap { changes, previous in
            ChangeList.knownFiles(changes, siteRoot: options.siteRoot, previous: previous)
        }
        let (inventory, scanProblems): (ContentInventory, [Diagnostic])
        if let (_, previous) = known, changedContent != nil {
            (inventory, scanProblems) = (previous, [])  // only known files changed: same files, same kinds
        } else {
            (inventory, scanProblems) = ContentScanner.scan(siteRoot: options.siteRoot)
        }
        var kept = inventory
        kept.scanProblems = scanProblems
        caches?.keep(kept)
        report.diagnostics.append(contentsOf: scanProblems)
        if !FileManager.default.fileExists(atPath: options.siteRoot.appendingPathComponent("Content").path) {
            return (finish(report, clock), nil)
        }
        let configSource = inventory.siteConfig.flatMap { file -> SourceText? in
            let (text, problems) = SourceText.read(file)
            report.diagnostics.append(contentsOf: problems)
            return text
        }
        let (config, configProblems) = SiteConfig.parse(
            inventory.siteConfig == nil ? nil : configSource, baseURLOverride: options.baseURL)
        report.diagnostics.append(contentsOf: configProblems)
        report.basePath = config.basePath
        if inventory.siteConfig != nil && configSource == nil {
            caches?.forgetInventory()  // the change list was used up without a parse
            return (finish(report, clock), nil)
        }
        let loaded = TemplateSet.load(siteRoot: options.siteRoot, previous: caches?.templates)
        caches?.templates = loaded
        let templates = loaded.templates
        report.diagnostics.append(contentsOf: loaded.diagnostics)
        clock.lap("load", into: &report)
        if !report.diagnostics.hasErrors { didLoad(inventory) }

        // 2. Parse every content file, on all cores.
        let settings = ParseSettings(
            basePath: config.basePath, unsafeHTML: config.unsafeHTML, smartPunctuation: config.smartPunctuation,
            inventory: inventory, fingerprints: caches != nil)
        let parsed = ContentParser.parse(
            inventory, settings: settings, cache: caches?.parse, onlyChanged: changedContent)
        report.diagnostics.append(contentsOf: parsed.diagnostics)
        clock.lap("parse", into: &report)

        // Drafts are left out unless asked for; links to them are then errors.
        let profiles = parsed.profiles.filter { options.includeDrafts || !$0.draft }
        let pages = parsed.pages.filter { options.includeDrafts || !$0.draft }

        // 3 and 4. Resolve links and assemble the site. When no file's structure changed since the
        // last good build (an edit of body text, say), its link verdicts, series order, topics and
        // backlinks still hold: the site is that build's, with the new profiles and descriptions.
        // (Only kept builds are compared: `folio build` has none.)
        let structure =
            caches == nil ? 0 : Self.structureKey(parsed, config: config, inventory: inventory, options: options)
        let site: Site
        let siteProblems: [Diagnostic]
        if let previous = last?.structure == structure ? last?.site : nil {
            site = Self.patch(previous, profiles: profiles, pages: pages, topicFiles: parsed.topicFiles)
            siteProblems = []
            clock.lap("site (kept)", into: &report)
        } else {
            // 3 and 4: the link targets on one core and the site's assembly on the other, then the
            // link check on all cores (the site needs the links only for its backlinks, added
            // last). The two sides are timed on their own; `targets+site` is their wall time.
            let (targetSide, siteSide) = inParallel(
                {
                    var clock = StageClock()
                    var timings: [(stage: String, seconds: Double)] = []
                    let drafts =
                        parsed.profiles.filter { !options.includeDrafts && $0.draft }.map(\.file.contentPath)
                        + parsed.pages.filter { !options.includeDrafts && $0.draft }.map(\.file.contentPath)
                    var topicSlugs = Set(parsed.topicFiles.map(\.slug))
                    for profile in profiles { for topic in profile.topics { topicSlugs.insert(topic.slug) } }
                    let targets = LinkTargets(
                        profiles: profiles, pages: pages, topicFiles: parsed.topicFiles, topicSlugs: topicSlugs,
                        inventory: inventory, drafts: drafts)
                    var bodies: [LinkChecker.Body] = []
                    bodies.reserveCapacity(profiles.count + pages.count + parsed.topicFiles.count)
                    for (index, profile) in profiles.enumerated() {
                        bodies.append((profile.file.contentPath, index, profile.body.links))
                    }
                    for page in pages { bodies.append((page.file.contentPath, nil, page.body.links)) }
                    for topic in parsed.topicFiles { bodies.append((topic.file.contentPath, nil, topic.body.links)) }
                    clock.lap("targets", into: &timings)
                    return (targets, bodies, timings)
                },
                {
                    var clock = StageClock()
                    var timings: [(stage: String, seconds: Double)] = []
                    let assembled = SiteBuilder.assemble(
                        config: config, profiles: profiles, topicFiles: parsed.topicFiles, pages: pages,
                        inventory: inventory)
                    clock.lap("site", into: &timings)
                    return (assembled, timings)
                })
            let (targets, bodies, targetTimings) = targetSide
            let ((assembled, assemblyProblems, positions), siteTimings) = siteSide
            report.timings.append(contentsOf: targetTimings)
            report.timings.append(contentsOf: siteTimings)
            clock.lap("targets+site", into: &report)
            let links = LinkChecker.check(bodies, targets: targets)
            if options.processEndsAfter { KeptUntilExit.keep([targets, links, bodies]) }
            var withBacklinks = assembled
            SiteBuilder.addBacklinks(links.mentions, positions: positions, to: &withBacklinks)
            report.diagnostics.append(contentsOf: links.diagnostics)
            site = withBacklinks
            siteProblems = assemblyProblems
            clock.lap("links", into: &report)
        }
        report.diagnostics.append(contentsOf: siteProblems)
        report.profileCount = site.people.count
        report.topicCount = site.topics.count

        guard let templates, !report.diagnostics.hasErrors else { return (finish(report, clock), nil) }

        // 5. Render every page.
        let (files, commit) = PageRenderer.render(
            site, templates: templates, cache: caches?.render, eager: options.renderBeforeWriting,
            sitemapLimit: options.sitemapLimit)
        report.diagnostics.append(contentsOf: OutputPlan.check(files, previous: caches?.plan))
        report.pageCount = files.count(where: \.isPage)
        report.fileCount = files.count
        clock.lap("render", into: &report)
        report = finish(report, clock)
        if !report.diagnostics.hasErrors {
            commit()
            caches?.keepLast(
                LastBuild(structure: structure, site: site, settings: settings, files: files, report: report))
        }
        return (report, report.diagnostics.hasErrors ? nil : files)
    }

    /// What a rebuild made: the whole site, and which of its files changed when that is known.
    public struct Rebuild: Sendable {
        public var report: BuildReport
        /// Every file of the site; nil when the build failed.
        public var files: [OutputFile]?
        /// When only some files changed since the last build: those (the rest are as they were).
        public var changed: [OutputFile]?
    }

    /// The preview server's build: an edit of profiles that leaves the site's structure as it was
    /// patches the last build (`ProfileEdit`); anything else is a whole build with the caches.
    public static func rebuild(_ options: BuildOptions, caches: BuildCaches) -> Rebuild {
        if let (changes, inventory) = caches.takeChanges() {
            if let patched = ProfileEdit.apply(changes, inventory: inventory, options: options, caches: caches) {
                return patched
            }
            caches.noteChanges(changes)  // back for the whole build
        }
        let (report, files) = make(options, caches: caches)
        return Rebuild(report: report, files: files, changed: nil)
    }

    /// A hash of everything the site's structure depends on, over all content files.
    static func structureKey(
        _ parsed: ContentParser.Parsed, config: SiteConfig, inventory: ContentInventory, options: BuildOptions
    )
        -> Int
    {
        var hasher = Hasher()
        hasher.combine(config)
        hasher.combine(options.includeDrafts)
        hasher.combine(inventory.staticFiles.map(\.contentPath))
        hasher.combine(inventory.peopleImages.keys.sorted())
        hasher.combine(parsed.diagnostics.count)
        for profile in parsed.profiles {
            hasher.combine(profile.file.contentPath)
            hasher.combine(profile.structureFingerprint)
        }
        for page in parsed.pages {
            hasher.combine(page.file.contentPath)
            hasher.combine(page.title)
            hasher.combine(page.draft)
            Profile.combineStructure(of: page.body, into: &hasher)
        }
        for topic in parsed.topicFiles {
            hasher.combine(topic.file.contentPath)
            hasher.combine(topic.name)
            Profile.combineStructure(of: topic.body, into: &hasher)
        }
        return hasher.finalize()
    }

    /// The previous site with this build's profiles, pages and topic descriptions put in.
    static func patch(_ previous: Site, profiles: [Profile], pages: [Page], topicFiles: [TopicFile]) -> Site {
        var site = previous
        var bySlug: [String: Profile] = [:]
        bySlug.reserveCapacity(profiles.count)
        for profile in profiles { bySlug[profile.slug] = profile }
        for index in site.people.indices {
            if let profile = bySlug[site.people[index].profile.slug] { site.people[index].profile = profile }
        }
        var files: [String: TopicFile] = [:]
        for file in topicFiles { files[file.slug] = file }
        for index in site.topics.indices {
            site.topics[index].description = files[site.topics[index].slug]?.body
            site.topics[index].descriptionFile = files[site.topics[index].slug]?.file
        }
        site.pages = pages.sorted { $0.slug < $1.slug }
        return site
    }

    static func finish(_ report: BuildReport, _ clock: StageClock) -> BuildReport {
        var report = report
        report.seconds = clock.total
        return report
    }
}

/// What the preview server keeps between builds so that a rebuild redoes only what changed.
public final class BuildCaches: @unchecked Sendable {
    public let parse = ParseCache()
    public let render = RenderCache()
    private var inventory: ContentInventory?
    private var changes: Set<String>?
    /// Used by one build at a time (builds are serial).
    var templates: TemplateSet.Loaded?
    let plan = OutputPlan.Memo()
    private let lock = NSLock()

    public init() {}

    /// The watcher's word for what changed since the last build (absolute paths). With it, the
    /// next build neither lists `Content/` again (unless files came or went) nor checks the
    /// other files' timestamps.
    public func noteChanges(_ paths: Set<String>) {
        lock.withLock { changes = (changes ?? []).union(paths) }
    }

    /// The changes noted since the last build, and that build's inventory, once.
    func takeChanges() -> (Set<String>, ContentInventory)? {
        lock.withLock {
            defer { changes = nil }
            guard let changes, let inventory else { return nil }
            return (changes, inventory)
        }
    }

    func keep(_ inventory: ContentInventory) {
        lock.withLock { self.inventory = inventory }
    }

    private var last: LastBuild?

    func keepLast(_ build: LastBuild?) {
        lock.withLock { last = build }
    }

    /// The last good build, taken out (so that patching it does not copy it): a build puts it
    /// back, or its own, only when it succeeds.
    func takeLast() -> LastBuild? {
        lock.withLock {
            defer { last = nil }
            return last
        }
    }

    /// The next build lists and checks everything again.
    func forgetInventory() {
        lock.withLock { inventory = nil }
    }
}

/// What a build's process keeps until it ends: the files hold the whole site (through their
/// rendering closures), the link check's targets and report a value per page, and freeing them
/// value by value is work the end of the process does anyway.
enum KeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [[Any]] = []

    static func keep(_ values: [Any]) {
        lock.withLock { kept.append(values) }
    }

    static var count: Int { lock.withLock { kept.count } }
}

/// Wall-clock time per stage, for the summary and the benchmark.
struct StageClock {
    private let start = DispatchTime.now().uptimeNanoseconds
    private var last = DispatchTime.now().uptimeNanoseconds

    var total: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    mutating func lap(_ stage: String, into report: inout BuildReport) {
        lap(stage, into: &report.timings)
    }

    mutating func lap(_ stage: String, into timings: inout [(stage: String, seconds: Double)]) {
        let now = DispatchTime.now().uptimeNanoseconds
        timings.append((stage, Double(now - last) / 1e9))
        last = now
    }
}

/// Decides whether the watcher's list of changed paths can be trusted for a build.
enum ChangeList {
    /// The changed content paths when every change is a file that existed before, exists now and
    /// is not a symbolic link (or is a template or `site.yml`, which are read anyway); nil when
    /// anything else happened (files came or went, folders, links, events were lost), so
    /// that the build lists `Content/` and checks every file again.
    static func knownFiles(_ changes: Set<String>, siteRoot: URL, previous: ContentInventory) -> Set<String>? {
        guard previous.scanProblems.isEmpty else { return nil }
        let contentRoot = siteRoot.appendingPathComponent("Content").path + "/"
        let templatesRoot = siteRoot.appendingPathComponent("Templates").path + "/"
        var content: Set<String> = []
        for path in changes {
            if path.hasPrefix(templatesRoot) { continue }
            guard path.hasPrefix(contentRoot) else { return nil }
            let relative = String(path.dropFirst(contentRoot.count))
            guard previous.allPaths.contains(relative), !previous.linkedPaths.contains(relative) else { return nil }
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            content.insert(relative)
        }
        return content
    }
}
