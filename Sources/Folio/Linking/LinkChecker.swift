/// Stage 3: every link between content files resolves to a published page (and fragment), or
/// is a located error. Also finds which profiles mention which (for "Mentioned in").
enum LinkChecker {
    struct Report: Sendable {
        var diagnostics: [Diagnostic] = []
        /// Profile slug -> slugs of the profiles whose bodies link to it, in series order later.
        var backlinks: [String: Set<String>] = [:]
    }

    /// - Parameter bodies: each published body with the content path of its file.
    static func check(_ bodies: [(contentPath: String, body: Body)], targets: LinkTargets) -> Report {
        var report = Report()
        for (sourcePath, body) in bodies {
            let ownIDs = targets.fragments[sourcePath] ?? []
            for link in body.links {
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
                        path: path, fragment: fragment, link: link, from: sourcePath, targets: targets, report: &report)
                }
            }
        }
        return report
    }

    private static func check(
        path: String, fragment: String?, link: BodyLink, from sourcePath: String, targets: LinkTargets,
        report: inout Report
    ) {
        let destination = link.link.destination
        if targets.staticFiles.contains(path) { return }
        if targets.drafts.contains(path) {
            report.diagnostics.append(
                .error("link target '\(destination)' is a draft and will not be published", at: link.location))
            return
        }
        guard let ids = targets.fragments[path] else {
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
        let sourceParts = sourcePath.split(separator: "/")
        let targetParts = path.split(separator: "/")
        if sourceParts.first == "people", targetParts.first == "people", path != sourcePath {
            let target = String(targetParts[1].dropLast(3))
            let source = String(sourceParts[1].dropLast(3))
            report.backlinks[target, default: []].insert(source)
        }
    }

    private static func suggestion(_ fragment: String, _ ids: Set<String>) -> String {
        guard let near = KeySuggestion.nearest(to: fragment, in: ids.sorted()) else { return "" }
        return "; did you mean '#\(near)'?"
    }
}
