import FolioMustache
import Foundation

/// The templates of one build: the built-in ones, each replaced by the site's
/// `Templates/<name>.mustache` where there is one.
struct TemplateSet: Sendable {
    /// The result of loading: the set (nil when a template has an error) and the diagnostics.
    struct Loaded: Sendable {
        var key: Int
        var templates: TemplateSet?
        var diagnostics: [Diagnostic]
    }

    private let library: TemplateLibrary
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
            guard let data = FileBytes.readBytes(folder.appendingPathComponent(fileName).path) else {
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

        var library = TemplateLibrary()
        var includes: [(name: String, line: Int, column: Int, file: String)] = []
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                let template = try Template(source.text)
                library[name] = template
                includes += template.includes.map { ($0.name, $0.line, $0.column, source.file) }
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .error, "template syntax: \(error.message)", file: source.file, line: error.line,
                        column: error.column))
            }
        }
        // `{{>name}}` and `{{<name}}` must name a template; Mustache itself would render nothing.
        for include in includes where sources[include.name] == nil {
            diagnostics.append(
                Diagnostic(
                    .error,
                    "template '\(include.name)' does not exist (no Templates/\(include.name).mustache, no built-in)",
                    file: include.file, line: include.line, column: include.column))
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            return Loaded(key: sourceKey, templates: nil, diagnostics: diagnostics)
        }
        return Loaded(
            key: sourceKey, templates: TemplateSet(library: library, fingerprint: sourceKey),
            diagnostics: diagnostics)
    }

    /// The page `name` renders for `context`, as bytes.
    func render(_ name: String, _ context: Context) -> [UInt8] {
        library.render(name, .object(context))
    }

    /// The page `name` renders for `context`, lent to `body` where it was written.
    func withRendered<R>(_ name: String, _ context: Context, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        library.withRendered(name, .object(context), body)
    }
}
