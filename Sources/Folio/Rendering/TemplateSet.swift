import Foundation
import Mustache

/// The templates of one build: the built-in ones, each replaced by the site's
/// `Templates/<name>.mustache` where there is one.
struct TemplateSet: @unchecked Sendable {
    /// The result of loading: the set (nil when a template has an error) and the diagnostics.
    struct Loaded: Sendable {
        var key: Int
        var templates: TemplateSet?
        var diagnostics: [Diagnostic]
    }

    private let library: MustacheLibrary
    /// Changes when any template's text changes.
    let fingerprint: Int

    /// Loads the templates; `previous` (the last build's result) is reused when no template's
    /// text changed.
    static func load(siteRoot: URL, previous: Loaded? = nil) -> Loaded {
        var sources: [String: (text: String, file: String)] = [:]
        for (name, text) in DefaultTemplates.all { sources[name] = (text, "(built-in template \(name).mustache)") }
        var diagnostics: [Diagnostic] = []
        let folder = siteRoot.appendingPathComponent("Templates")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for fileName in names.sorted() where fileName.hasSuffix(".mustache") {
            let name = String(fileName.dropLast(".mustache".count))
            let sitePath = "Templates/" + fileName
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else {
                diagnostics.append(Diagnostic(.error, "cannot read template", file: sitePath))
                continue
            }
            let (source, problems) = SourceText.decode(data, path: sitePath)
            diagnostics += problems
            guard let source else { continue }
            if DefaultTemplates.all[name] == nil {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "template '\(name)' replaces no built-in template; it can still be used as a partial ({{>\(name)}})",
                        file: sitePath, line: 1, column: 1))
            }
            sources[name] = (source.text, sitePath)
        }
        var sourceHasher = Hasher()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            sourceHasher.combine(name)
            sourceHasher.combine(source.text)
            sourceHasher.combine(source.file)
        }
        let sourceKey = sourceHasher.finalize()
        if let previous, previous.key == sourceKey, diagnostics.isEmpty { return previous }

        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(
                    Diagnostic(
                        .error, "template syntax: \(describe(error.error))", file: source.file,
                        line: error.context.lineNumber, column: error.context.columnNumber))
            } catch {
                diagnostics.append(Diagnostic(.error, "template syntax: \(error)", file: source.file))
            }
            diagnostics += missingPartials(in: source.text, file: source.file, known: Set(sources.keys))
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            return Loaded(key: sourceKey, templates: nil, diagnostics: diagnostics)
        }
        return Loaded(
            key: sourceKey, templates: TemplateSet(library: library, fingerprint: sourceKey),
            diagnostics: diagnostics)
    }

    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// `{{>name}}` and `{{<name}}` must name a template; Mustache itself would render nothing.
    private static func missingPartials(in text: String, file: String, known: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...]
                guard let marker = after.first, marker == ">" || marker == "<",
                    let close = after.range(of: "}}")
                else {
                    rest = after
                    continue
                }
                let name = after[after.index(after: after.startIndex)..<close.lowerBound]
                    .trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !name.hasPrefix("*"), !known.contains(name) {
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    diagnostics.append(
                        Diagnostic(
                            .error, "template '\(name)' does not exist (no Templates/\(name).mustache, no built-in)",
                            file: file, line: index + 1, column: column))
                }
                rest = after[close.upperBound...]
            }
        }
        return diagnostics
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect:
            return "a section is closed with another name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed with '}}'"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is opened but never closed ({{/name}})"
        case MustacheTemplate.Error.invalidSetDelimiter: return "invalid set-delimiter tag"
        default: return "\(error)"
        }
    }
}
