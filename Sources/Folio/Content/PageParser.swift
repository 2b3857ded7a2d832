import FolioMarkdown

/// Stage 2 (pages and topic descriptions): `Content/pages/<slug>.md`, `Content/topics/<slug>.md`.
enum PageParser {
    static func parsePage(_ source: SourceText, file: ContentFile, settings: ParseSettings) -> (Page?, [Diagnostic]) {
        var (fields, front, diagnostics) = frontMatter(source, file: file)
        guard let front else { return (nil, diagnostics) }
        fields.warnAboutUnknownKeys(known: ["title", "description", "draft"])
        let title = fields.requireKey("title", what: "the page's title") ? fields.string("title") : nil
        let description = fields.string("description")
        let draft = fields.bool("draft") ?? false
        let body = BodyParser.parse(
            front.body, firstLine: front.bodyFirstLine, file: file, settings: settings, reservedIDs: ["main"])
        diagnostics += fields.diagnostics
        guard let title, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (
            Page(slug: file.stem, file: file, title: title, description: description, draft: draft, body: body),
            diagnostics
        )
    }

    static func parseTopic(_ source: SourceText, file: ContentFile, settings: ParseSettings) -> (
        TopicFile?, [Diagnostic]
    ) {
        var (fields, front, diagnostics) = frontMatter(source, file: file)
        guard let front else { return (nil, diagnostics) }
        fields.warnAboutUnknownKeys(known: ["name"])
        let name = fields.string("name")?.collapsingWhitespace
        let body = BodyParser.parse(
            front.body, firstLine: front.bodyFirstLine, file: file, settings: settings, reservedIDs: ["main"])
        diagnostics += fields.diagnostics
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (TopicFile(slug: file.stem, file: file, name: name, body: body), diagnostics)
    }

    private static func frontMatter(_ source: SourceText, file: ContentFile) -> (YAMLFields, FrontMatter?, [Diagnostic])
    {
        var diagnostics: [Diagnostic] = []
        let origin = SourceLocation(file: file.sitePath, line: 1, column: 1)
        if !Slug.isValid(file.stem) {
            diagnostics.append(
                .error(
                    "file name '\(file.stem).md' is not a valid slug (lowercase a-z, 0-9 and '-'); rename it",
                    at: file.location))
        }
        let (front, splitError) = FrontMatter.split(source)
        if let splitError {
            return (YAMLFields(file: file.sitePath, lineShift: 0, origin: origin), nil, diagnostics + [splitError])
        }
        let fields = YAMLFields.parse(front.yaml, file: file.sitePath, firstLine: front.yamlFirstLine, origin: origin)
        return (fields, front, diagnostics)
    }
}
