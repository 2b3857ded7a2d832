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
        for body in bodies.indices {
            // Links are read where they lie: most only need a look-up, and a copy of each (its
            // destination, target and location) would cost more than the look-up.
            bodies[body].links.withUnsafeBufferPointer { links in
                for index in links.indices {
                    let verdict = verdict(
                        of: links.baseAddress! + index, in: bodies[body].contentPath, targets: targets)
                    if verdict.isProblem {
                        report.diagnostics.append(
                            problem(with: links[index], in: bodies[body].contentPath, targets: targets))
                    }
                    if let target = verdict.mentions, let source = bodies[body].profile, target != source {
                        report.mentions.append(Mention(target: target, source: source))
                    }
                }
            }
        }
        return report
    }

    private struct Verdict {
        var isProblem = false
        /// The profile (its index in `LinkTargets`) the link leads to (with a fragment it may lack).
        var mentions: Int?
    }

    /// What a link comes to, found by reading only (nothing copied); the words of a problem
    /// are found by `problem(with:in:targets:)`.
    private static func verdict(of link: UnsafePointer<BodyLink>, in sourcePath: String, targets: LinkTargets)
        -> Verdict
    {
        switch link.pointee.target {
        case .external:
            return Verdict()
        case .outside:
            return Verdict(isProblem: true)
        case .samePage(let fragment):
            guard !fragment.isEmpty else { return Verdict() }
            guard let own = targets.destinations.index(forKey: sourcePath) else { return Verdict(isProblem: true) }
            return Verdict(isProblem: !targets.destinations.values[own].ids.contains(fragment))
        case .content(let path, let fragment):
            // Most links are to other profiles: their ids are found first. (No path is both a
            // page's and a static file's, a draft's or an unreadable file's.)
            guard let page = targets.destinations.index(forKey: path) else {
                return Verdict(isProblem: !(targets.staticFiles.contains(path) || targets.unreadable.contains(path)))
            }
            let destination = targets.destinations.values[page]
            let lacksFragment = fragment.map { !$0.isEmpty && !destination.ids.contains($0) } ?? false
            return Verdict(isProblem: lacksFragment, mentions: destination.profile)
        }
    }

    /// The diagnostic for a link whose verdict is a problem.
    private static func problem(with link: BodyLink, in sourcePath: String, targets: LinkTargets) -> Diagnostic {
        let destination = link.link.destination
        switch link.target {
        case .external:
            preconditionFailure("an external link is never a problem")
        case .outside(let outside):
            return .error("link target '\(outside)' is outside Content/", at: link.location)
        case .samePage(let fragment):
            let ownIDs = targets.destinations[sourcePath]?.ids ?? []
            return .error(
                "link fragment '#\(fragment)' matches no heading id on this page\(suggestion(fragment, ownIDs))",
                at: link.location)
        case .content(let path, let fragment):
            guard let page = targets.destinations[path] else {
                if targets.drafts.contains(path) {
                    return .error(
                        "link target '\(destination)' is a draft and will not be published", at: link.location)
                }
                let hint =
                    path.hasSuffix(".md")
                    ? "" : "; files that pages link to (images, PDFs) belong in Content/static/"
                return .error("link target '\(destination)' matches no content file\(hint)", at: link.location)
            }
            return .error(
                "link fragment '#\(fragment ?? "")' matches no heading id in '\(path)'\(suggestion(fragment ?? "", page.ids))",
                at: link.location)
        }
    }

    private static func suggestion(_ fragment: String, _ ids: [String]) -> String {
        guard let near = KeySuggestion.nearest(to: fragment, in: Set(ids).sorted()) else { return "" }
        return "; did you mean '#\(near)'?"
    }
}
