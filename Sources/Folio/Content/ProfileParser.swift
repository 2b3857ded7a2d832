import FolioMarkdown
import Foundation

/// Stage 2 (profiles): front matter and body of one `Content/people/<slug>.md`.
enum ProfileParser {
    static let knownKeys = [
        "name", "number", "date", "topics", "title", "sort_name", "summary", "tagline", "location", "photo",
        "links", "education", "awards", "books", "draft", "aliases",
    ]

    static func parse(_ source: SourceText, file: ContentFile, settings: ParseSettings) -> (Profile?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let slug = file.stem
        if !Slug.isValid(slug) {
            diagnostics.append(
                .error(
                    "file name '\(slug).md' is not a valid slug (lowercase a-z, 0-9 and '-'); rename it to '\(Slug.make(slug).isEmpty ? "some-name" : Slug.make(slug)).md'",
                    at: file.location))
        }
        let (front, splitError) = FrontMatter.split(source)
        if let splitError { return (nil, diagnostics + [splitError]) }
        let origin = SourceLocation(file: file.sitePath, line: 1, column: 1)
        if front.yaml.isEmpty && !source.text.hasPrefix("---") {
            diagnostics.append(
                .error(
                    "profile has no front matter; start the file with '---', 'name:', 'number:', 'date:', '---'",
                    at: origin))
            return (nil, diagnostics)
        }
        var fields = YAMLFields.parse(front.yaml, file: file.sitePath, firstLine: front.yamlFirstLine, origin: origin)
        fields.warnAboutUnknownKeys(known: knownKeys, aliases: ["tags"])

        let hasName = fields.requireKey("name", what: "the person's full name")
        let hasNumber = fields.requireKey("number", what: "the profile's number in the series")
        let hasDate = fields.requireKey("date", what: "the publication date, YYYY-MM-DD")
        let name = hasName ? fields.string("name")?.collapsingWhitespace : nil
        if hasName, name?.isEmpty ?? true, fields.diagnostics.allSatisfy({ $0.severity != .error }) {
            fields.report("'name' must not be empty", at: fields.location(ofValue: "name"))
        }
        let number = hasNumber ? fields.positiveInteger("number") : nil
        let date = hasDate ? fields.date("date") : nil

        var topics = topicMentions(&fields, key: "topics")
        if fields.has("tags") {
            if fields.has("topics") {
                fields.warn("both 'topics' and 'tags' are given; Folio merges them", at: fields.location(ofKey: "tags"))
            }
            topics += topicMentions(&fields, key: "tags")
        }

        let links: [Profile.Link] = fields.records("links") { item in
            item.warnAboutUnknownKeys(known: ["label", "url"])
            guard item.requireKey("url", what: "the address"), let url = item.webAddress("url") else { return nil }
            return Profile.Link(label: item.string("label") ?? url, url: url)
        }
        let education: [Profile.Education] = fields.records("education") { item in
            item.warnAboutUnknownKeys(known: ["school", "degree", "year"])
            guard item.requireKey("school", what: "the school's name"), let school = item.string("school") else {
                return nil
            }
            return Profile.Education(school: school, degree: item.string("degree"), year: item.year("year"))
        }
        let awards: [Profile.Award] = fields.records("awards") { item in
            item.warnAboutUnknownKeys(known: ["name", "by", "year"])
            guard item.requireKey("name", what: "the award's name"), let award = item.string("name") else { return nil }
            return Profile.Award(name: award, by: item.string("by"), year: item.year("year"))
        }
        let books: [Profile.Book] = fields.records("books") { item in
            item.warnAboutUnknownKeys(known: ["title", "year", "url"])
            guard item.requireKey("title", what: "the book's title"), let title = item.string("title") else {
                return nil
            }
            return Profile.Book(title: title, year: item.year("year"), url: item.webAddress("url"))
        }
        let photo = findPhoto(&fields, slug: slug, file: file, inventory: settings.inventory)
        let aliases = fields.stringList("aliases").compactMap { raw, location in
            alias(raw, at: location, fields: &fields)
        }
        let title = fields.string("title")
        let sortName = fields.string("sort_name")
        let summary = fields.string("summary")
        let tagline = fields.string("tagline")
        let place = fields.string("location")
        let draft = fields.bool("draft") ?? false

        var reserved = ["main", "contents", "mentioned-in", "profile"]
        if !education.isEmpty { reserved.append("education") }
        if !awards.isEmpty { reserved.append("awards") }
        if !books.isEmpty { reserved.append("books") }
        if !links.isEmpty { reserved.append("links") }
        let body = BodyParser.parse(
            front.body, firstLine: front.bodyFirstLine, file: file, settings: settings, reservedIDs: reserved)

        diagnostics += fields.diagnostics
        guard let name, !name.isEmpty, let number, let date, !diagnostics.contains(where: { $0.severity == .error })
        else { return (nil, diagnostics) }
        let profile = Profile(
            slug: slug, file: file, name: name, number: number, numberLocation: fields.location(ofValue: "number"),
            date: date, title: title ?? name, sortName: sortName ?? defaultSortName(name),
            summary: summary ?? body.markdown.firstParagraph, tagline: tagline, location: place, photo: photo,
            topics: topics, links: links, education: education, awards: awards, books: books, draft: draft,
            aliases: aliases, body: body,
            fingerprint: settings.fingerprints ? Fingerprint.ofText(source.text, photo?.contentPath ?? "") : nil)
        return (profile, diagnostics)
    }

    /// "Jane Hart" -> "Hart, Jane"; a single name stays as it is.
    static func defaultSortName(_ name: String) -> String {
        // A name with single spaces between its words (as names are once collapsed): cut at the last.
        // In ASCII, bytes are characters, so the check needs no text search.
        let bytes = name.utf8
        if let space = bytes.lastIndex(of: 0x20), bytes.first != 0x20, bytes.last != 0x20,
            isASCIIWithoutDoubleSpace(bytes) || !name.contains("  ")
        {
            return "\(name[bytes.index(after: space)...]), \(name[..<space])"
        }
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.last else { return name }
        return "\(last), \(words.dropLast().joined(separator: " "))"
    }

    private static func isASCIIWithoutDoubleSpace(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x80 || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return true
    }

    private static func topicMentions(_ fields: inout YAMLFields, key: String) -> [TopicMention] {
        let list = fields.stringList(key)
        var mentions: [TopicMention] = []
        mentions.reserveCapacity(list.count)
        for (raw, location) in list {
            let name = raw.collapsingWhitespace
            let slug = Slug.make(name)
            guard !slug.isEmpty else {
                fields.report(
                    "topic '\(raw)' has no letters or digits to make its address from; write it with some",
                    at: location)
                continue
            }
            mentions.append(TopicMention(name: name, slug: slug, location: location))
        }
        return mentions
    }

    /// `photo:` (a path relative to the profile) or, without it, `people/<slug>.jpg|jpeg|png|webp`.
    private static func findPhoto(
        _ fields: inout YAMLFields, slug: String, file: ContentFile, inventory: ContentInventory
    ) -> Photo? {
        if let raw = fields.string("photo") {
            let location = fields.location(ofValue: "photo")
            switch LinkTarget.classify(raw, from: file.contentPath) {
            case .content(let path, nil)
            where inventory.allPaths.contains(path) && !(path.hasPrefix("people/") || path.hasPrefix("static/")):
                fields.report("photo '\(raw)' must be in Content/people/ or Content/static/", at: location)
            case .content(let path, nil) where inventory.allPaths.contains(path):
                guard ContentScanner.imageExtensions.contains(extensionOf(path)) else {
                    fields.report("photo '\(raw)' is not an image (jpg, png, webp, gif or avif)", at: location)
                    return nil
                }
                return Photo(contentPath: path, sitePath: Permalink.person(slug) + "photo." + extensionOf(path))
            case .outside, .external:
                fields.report(
                    "photo '\(raw)' must be a file inside Content/, given relative to this profile", at: location)
            default:
                fields.report("photo '\(raw)' matches no file; it is read relative to Content/people/", at: location)
            }
            return nil
        }
        // (Any `people/<slug>.<ext>` below is one of the people's images, so with none there is none to find.)
        if inventory.peopleImages.isEmpty { return nil }
        for ext in ["jpg", "jpeg", "png", "webp"] {
            let path = "people/\(slug).\(ext)"
            if inventory.allPaths.contains(path) {
                return Photo(contentPath: path, sitePath: Permalink.person(slug) + "photo." + ext)
            }
        }
        return nil
    }

    private static func extensionOf(_ path: String) -> String {
        guard let dot = path.lastIndex(of: ".") else { return "" }
        return String(path[path.index(after: dot)...]).lowercased()
    }

    /// An old address, site-relative: `2020/12/jane-hart/` or `old/jane.html`.
    static func alias(_ raw: String, at location: SourceLocation, fields: inout YAMLFields) -> Alias? {
        var path = raw.trimmingSpaces
        if let scheme = path.range(of: "://") {
            // A full URL: keep its path.
            let afterHost = path[scheme.upperBound...].firstIndex(of: "/")
            path = afterHost.map { String(path[$0...]) } ?? "/"
        }
        while path.hasPrefix("/") { path.removeFirst() }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let bad = parts.dropLast().contains { $0.isEmpty } || parts.contains { $0 == ".." || $0 == "." }
        if path.isEmpty || bad || path.contains("\\") || path.contains("\0") || path.contains("?") || path.contains("#")
        {
            fields.report(
                "alias '\(raw)' is not a usable path inside the site; write it like '2020/12/old-name/'", at: location)
            return nil
        }
        let last = parts.last ?? ""
        let file = last.isEmpty ? path + "index.html" : last.contains(".") ? path : path + "/index.html"
        return Alias(outputFile: file, location: location)
    }
}
