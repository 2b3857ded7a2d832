import Foundation

/// The preview server's quick path for the commonest change: editing published profiles in a
/// way that leaves the site's structure as it was (body text, summary, tagline, dates; not the
/// number, slug, topics, links, headings, photo or aliases). The last build is patched: the
/// changed files are parsed and put in place, and only the pages that can show them are keyed
/// and, when their key changed, rendered again. Anything else returns nil, and the caller runs
/// the whole pipeline; the randomized incremental-equals-full test covers both.
enum ProfileEdit {
    /// - Parameter inventory: the last build's, which the changes are checked against.
    static func apply(
        _ changes: Set<String>, inventory: ContentInventory, options: BuildOptions, caches: BuildCaches
    ) -> SiteBuild.Rebuild? {
        guard var last = caches.takeLast() else { return nil }
        guard let rebuild = patch(&last, changes: changes, inventory: inventory, options: options, caches: caches)
        else {
            caches.keepLast(last)
            return nil
        }
        caches.keepLast(last)
        return rebuild
    }

    private static func patch(
        _ last: inout LastBuild, changes: Set<String>, inventory: ContentInventory, options: BuildOptions,
        caches: BuildCaches
    ) -> SiteBuild.Rebuild? {
        var clock = StageClock()
        var report = last.report
        report.timings = []
        guard !changes.isEmpty, let templates = caches.templates?.templates else { return nil }
        let indexes = last.indexes ?? LastBuild.Indexes(site: last.site, files: last.files)
        last.indexes = indexes

        // Every change must be a known plain file of Content/ (no template: `knownFiles` leaves
        // those out) and a published profile.
        guard let relatives = ChangeList.knownFiles(changes, siteRoot: options.siteRoot, previous: inventory),
            relatives.count == changes.count
        else { return nil }
        var positions: [Int] = []
        for relative in relatives {
            guard let position = indexes.position[relative] else { return nil }
            positions.append(position)
        }

        // Parse them; each must parse cleanly, as before, with the same structure.
        let settings = last.settings
        let olds = positions.map { last.site.people[$0].profile }
        let parsed = olds.parallelMap { old -> Profile? in
            guard caches.parse.lastResult(for: old.file.contentPath)?.diagnostics.isEmpty == true else { return nil }
            let (item, problems) = ContentParser.parseOne(
                old.file, kind: .profile, settings: settings, cache: caches.parse)
            guard problems.isEmpty, case .profile(let profile?) = item, profile.slug == old.slug,
                profile.structureFingerprint == old.structureFingerprint, profile.aliases == old.aliases,
                profile.draft == old.draft
            else { return nil }
            return profile
        }
        clock.lap("parse", into: &report)

        // Put them in place; the pages of their neighbours and of the people they mention show
        // their cards, so those are keyed again when a card changed.
        var people = Set<Int>()
        for (position, profile) in zip(positions, parsed) {
            guard let profile else { return nil }
            let person = last.site.people[position]
            people.insert(position)
            if profile.cardFingerprint != person.profile.cardFingerprint {
                if let previous = person.previous { people.insert(previous) }
                if let next = person.next { people.insert(next) }
                people.formUnion(indexes.readers[position])
            }
        }
        for (position, profile) in zip(positions, parsed) { last.site.people[position].profile = profile! }
        clock.lap("site (patched)", into: &report)

        let (changed, commit) = PageRenderer.renderChanged(
            last.site, people: people.sorted(), templates: templates, cache: caches.render,
            sitemapLimit: options.sitemapLimit)
        // The structure is the same, so the paths are: a page that is not there means it is not.
        guard changed.allSatisfy({ indexes.fileIndex[$0.path] != nil }) else {
            for (position, old) in zip(positions, olds) { last.site.people[position].profile = old }
            return nil
        }
        commit()
        for file in changed { last.files[indexes.fileIndex[file.path]!] = file }
        clock.lap("render", into: &report)
        report = SiteBuild.finish(report, clock)
        last.report = report
        return SiteBuild.Rebuild(report: report, files: last.files, changed: changed)
    }
}
