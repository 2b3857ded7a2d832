/// Stage 3: every link between content files resolves to a published page (and fragment), or
/// is a located error. Also finds which profiles mention which (for "Mentioned in").
enum LinkChecker {
    /// One published body: its file, its profile's index (as in `LinkTargets`) when it is a
    /// profile's, and its links.
    typealias Body = (contentPath: String, profile: Int?, links: [BodyLink])

    /// A link from one profile's body to another profile (indices as in `LinkTargets`).
    struct Mention: Sendable, Equatable {
        var target: Int
        var source: Int
    }

    struct Report: Sendable {
        var diagnostics: [Diagnostic] = []
        /// Every link between two profiles' bodies (a profile's links to itself left out), as
        /// many times as it is written.
        var mentions: [Mention] = []
    }

    /// Checked in chunks on all cores; the reports are merged in order, so diagnostics come out
    /// in the same order as from one pass.
    static func check(_ bodies: [Body], targets: LinkTargets) -> Report {
        let chunkCount = max(1, min(bodies.count / 512, 16))
        let chunks = (0..<chunkCount).map { chunk in
            (bodies.count * chunk / chunkCount)..<(bodies.count * (chunk + 1) / chunkCount)
        }
        let reports = chunks.parallelMap { range in checkSerially(bodies[range], targets: targets) }
        var report = Report()
        for part in reports {
            report.diagnostics += part.diagnostics
            report.mentions += part.mentions
        }
        return report
    }

    private static func checkSerially(_ bodies: ArraySlice<Body>, targets: LinkTargets) -> Report {
        var report = Report()
        for (sourcePath, source, links) in bodies {
            let ownIDs = targets.destinations[sourcePath]?.ids ?? []
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
                        path: path, fragment: fragment, link: link, source: source, targets: targets,
                        report: &report)
                }
            }
        }
        return report
    }

    private static func check(
        path: String, fragment: String?, link: BodyLink, source: Int?, targets: LinkTargets, report: inout Report
    ) {
        let destination = link.link.destination
        // Most links are to other profiles: their ids are found first. (No path is both a
        // page's and a static file's, a draft's or an unreadable file's.)
        guard let page = targets.destinations[path] else {
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
        if let fragment, !fragment.isEmpty, !page.ids.contains(fragment) {
            report.diagnostics.append(
                .error(
                    "link fragment '#\(fragment)' matches no heading id in '\(path)'\(suggestion(fragment, page.ids))",
                    at: link.location))
        }
        if let source, let target = page.profile, target != source {
            report.mentions.append(Mention(target: target, source: source))
        }
    }

    private static func suggestion(_ fragment: String, _ ids: [String]) -> String {
        guard let near = KeySuggestion.nearest(to: fragment, in: Set(ids).sorted()) else { return "" }
        return "; did you mean '#\(near)'?"
    }
}
