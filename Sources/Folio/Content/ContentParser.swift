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

    enum Kind: Sendable { case profile, topic, page }

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
        // With the watcher's list, unchanged files are taken from the cache in one quick pass
        // (one lock, no look at the disk); only the rest go to the parallel parse.
        var known: [Result?] = Array(repeating: nil, count: work.count)
        if let onlyChanged, let cache {
            known = cache.trustedResults(work.map(\.0)) { file in
                onlyChanged.contains(file.contentPath) || inventory.linkedPaths.contains(file.contentPath)
            }
        }
        let missing = known.indices.filter { known[$0] == nil }
        known.parallelFill(missing) { index in
            parseOne(work[index].0, kind: work[index].1, settings: settings, cache: cache)
        }
        if let cache, cache.count > work.count { cache.retain(Set(work.map(\.0.contentPath))) }
        var parsed = Parsed()
        parsed.profiles.reserveCapacity(inventory.profiles.count)
        // Each result is taken out of its slot, not copied.
        for index in known.indices {
            guard let (item, problems) = known[index].take() else { continue }
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

    /// One file: taken from the cache when its stamp (and, if recently written, its bytes) are
    /// the same, else read, parsed and stored in the cache.
    static func parseOne(_ file: ContentFile, kind: Kind, settings: ParseSettings, cache: ParseCache?) -> Result {
        let stamp = cache == nil ? nil : ParseCache.Stamp(path: file.absolutePath)
        if let cached = cache?.result(for: file, stamp: stamp) { return cached }
        let data = FileBytes.readBytes(file.absolutePath)
        let result = parseFile(file, data: data, kind: kind, settings: settings)
        cache?.store(result, for: file, stamp: stamp, contentHash: data.map(ParseCache.contentHash) ?? 0)
        return result
    }

    private static func parseFile(_ file: ContentFile, data: [UInt8]?, kind: Kind, settings: ParseSettings) -> Result {
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
