/// Stage 3: every link between content files resolves to a published page (and fragment), or
/// is a located error. Also finds which profiles mention which (for "Mentioned in").
enum LinkChecker {
    struct Report: Sendable {
        var diagnostics: [Diagnostic] = []
        /// Profile slug -> slugs of the profiles whose bodies link to it, in series order later.
        var backlinks: [String: Set<String>] = [:]
    }

    /// - Parameter bodies: the links of each published body, with the content path of its file.
    /// Checked in chunks on all cores; the reports are merged in order, so diagnostics come out
    /// in the same order as from one pass.
    static func check(_ bodies: [(contentPath: String, links: [BodyLink])], targets: LinkTargets) -> Report {
        let chunkCount = max(1, min(bodies.count / 512, 16))
        let chunks = (0..<chunkCount).map { chunk in
            (bodies.count * chunk / chunkCount)..<(bodies.count * (chunk + 1) / chunkCount)
        }
        let reports = chunks.parallelMap { range in checkSerially(bodies[range], targets: targets) }
        var report = Report()
        for part in reports {
            report.diagnostics += part.diagnostics
            report.backlinks.merge(part.backlinks) { $0.union($1) }
        }
        return report
    }

    private static func checkSerially(
        _ bodies: ArraySlice<(contentPath: String, links: [BodyLink])>, targets: LinkTargets
    )
        -> Report
    {
        var report = Report()
        for (sourcePath, links) in bodies {
            let ownIDs = targets.fragments[sourcePath] ?? []
            let sourceSlug = profileSlug(sourcePath)
            for link in links {
                switch link.target {
                case .external:
                    continue
                case .outside(let destination):
                    report.diagnostics.append(
                        .error("link target '\(destination)' is outside Content/", at: link.location))
                case .samePage(let fragment):
                    if !fragment.isEmpty, !ownIDs.contains(fragment) {
                        report.diagnostics.append(
                            .error(
                                "link fragment '#\(fragment)' matches no heading id on this page\(suggestion(fragment, ownIDs))",
                                at: link.location))
                    }
                case .content(let path, let fragment):
                    check(
                        path: path, fragment: fragment, link: link, from: sourcePath, sourceSlug: sourceSlug,
                        targets: targets, report: &report)
                }
            }
        }
        return report
    }

    private static func check(
        path: String, fragment: String?, link: BodyLink, from sourcePath: String, sourceSlug: String?,
        targets: LinkTargets, report: inout Report
    ) {
        let destination = link.link.destination
        // Most links are to other profiles: their ids are found first. (No path is both a
        // page's and a static file's, a draft's or an unreadable file's.)
        guard let ids = targets.fragments[path] else {
            if targets.staticFiles.contains(path) || targets.unreadable.contains(path) { return }
            if targets.drafts.contains(path) {
                report.diagnostics.append(
                    .error("link target '\(destination)' is a draft and will not be published", at: link.location))
                return
            }
            let hint =
                path.hasSuffix(".md")
                ? "" : "; files that pages link to (images, PDFs) belong in Content/static/"
            report.diagnostics.append(
                .error("link target '\(destination)' matches no content file\(hint)", at: link.location))
            return
        }
        if let fragment, !fragment.isEmpty, !ids.contains(fragment) {
            report.diagnostics.append(
                .error(
                    "link fragment '#\(fragment)' matches no heading id in '\(path)'\(suggestion(fragment, ids))",
                    at: link.location))
        }
        if let sourceSlug, path != sourcePath, let target = profileSlug(path) {
            report.backlinks[target, default: []].insert(sourceSlug)
        }
    }

    /// `people/jane-hart.md` -> `jane-hart`; nil for other files.
    private static func profileSlug(_ path: String) -> String? {
        guard path.hasPrefix("people/"), path.hasSuffix(".md") else { return nil }
        return String(Substring(path.utf8.dropFirst(7).dropLast(3)))  // (ASCII ends: no character walk)
    }

    private static func suggestion(_ fragment: String, _ ids: [String]) -> String {
        guard let near = KeySuggestion.nearest(to: fragment, in: Set(ids).sorted()) else { return "" }
        return "; did you mean '#\(near)'?"
    }
}
