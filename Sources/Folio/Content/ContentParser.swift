import Foundation

/// Stage 2: reads and parses every profile, topic and page file, on all cores.
enum ContentParser {
    struct Parsed: Sendable {
        var profiles: [Profile] = []
        var topicFiles: [TopicFile] = []
        var pages: [Page] = []
        var diagnostics: [Diagnostic] = []
    }

    enum Item: Sendable {
        case profile(Profile?)
        case topic(TopicFile?)
        case page(Page?)
    }

    typealias Result = (item: Item, diagnostics: [Diagnostic])

    private enum Kind: Sendable { case profile, topic, page }

    /// - Parameter onlyChanged: content paths known to be the only ones changed since the last
    ///   parse (from the file watcher); other cached files are reused without a look at the disk.
    static func parse(
        _ inventory: ContentInventory, settings: ParseSettings, cache: ParseCache? = nil,
        onlyChanged: Set<String>? = nil
    ) -> Parsed {
        cache?.prepare(settings: settings)
        let work: [(ContentFile, Kind)] =
            inventory.profiles.map { ($0, .profile) } + inventory.topics.map { ($0, .topic) }
            + inventory.pages.map { ($0, .page) }
        let results: [Result] = work.parallelMap { file, kind in
            if let onlyChanged, !onlyChanged.contains(file.contentPath),
                !inventory.linkedPaths.contains(file.contentPath), let cached = cache?.unchanged(file)
            {
                return cached
            }
            let stamp = cache == nil ? nil : ParseCache.Stamp(path: file.absolutePath)
            if let cached = cache?.result(for: file, stamp: stamp) { return cached }
            let data = FileManager.default.contents(atPath: file.absolutePath)
            let result = parseFile(file, data: data, kind: kind, settings: settings)
            cache?.store(result, for: file, stamp: stamp, contentHash: data.map(ParseCache.contentHash) ?? 0)
            return result
        }
        cache?.retain(Set(work.map(\.0.contentPath)))
        var parsed = Parsed()
        for (item, problems) in results {
            parsed.diagnostics += problems
            switch item {
            case .profile(let profile?): parsed.profiles.append(profile)
            case .topic(let topic?): parsed.topicFiles.append(topic)
            case .page(let page?): parsed.pages.append(page)
            default: break
            }
        }
        return parsed
    }

    private static func parseFile(_ file: ContentFile, data: Data?, kind: Kind, settings: ParseSettings) -> Result {
        let (source, readProblems) =
            data.map { SourceText.decode($0, path: file.sitePath) }
            ?? (nil, [Diagnostic(.error, "cannot read file", file: file.sitePath)])
        guard let source else {
            switch kind {
            case .profile: return (.profile(nil), readProblems)
            case .topic: return (.topic(nil), readProblems)
            case .page: return (.page(nil), readProblems)
            }
        }
        switch kind {
        case .profile:
            let (profile, problems) = ProfileParser.parse(source, file: file, settings: settings)
            return (.profile(profile), problems)
        case .topic:
            let (topic, problems) = PageParser.parseTopic(source, file: file, settings: settings)
            return (.topic(topic), problems)
        case .page:
            let (page, problems) = PageParser.parsePage(source, file: file, settings: settings)
            return (.page(page), problems)
        }
    }
}
