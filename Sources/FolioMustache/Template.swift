/// A Mustache template, parsed once into a tree of nodes, then compiled for rendering (`Program`).
///
/// Supported: variables (`{{name}}` escaped, `{{{name}}}` and `{{&name}}` not), dotted names
/// and `{{.}}`, sections and inverted sections, comments, partials (`{{>name}}`, indented when
/// standalone), template inheritance (`{{<parent}}` with `{{$block}}` overrides), set
/// delimiters, and the standalone-line rule (a line holding only a section, comment, partial
/// or block tag leaves no blank line). Lambdas do not exist here: the values are data.
public struct Template: Sendable {
    let program: Program
    /// The names of the templates it includes (`{{>name}}`, `{{<name}}`), with where they are.
    public let includes: [(name: String, line: Int, column: Int)]

    /// Parses `source`; a syntax error is thrown with its line and column.
    public init(_ source: String) throws(TemplateError) {
        let nodes = try TemplateParser(Array(source.utf8)).parse()
        program = Program(nodes)
        includes = Self.includes(in: nodes)
    }

    private static func includes(in nodes: [Node]) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        var pending: [[Node]] = [nodes]
        while let list = pending.popLast() {
            for node in list {
                switch node {
                case .partial(let name, _, let line, let column): found.append((name, line, column))
                case .parent(let name, let blocks, _, let line, let column):
                    found.append((name, line, column))
                    pending.append(contentsOf: blocks.values)
                case .section(_, let children, _), .block(_, let children): pending.append(children)
                case .text, .variable: break
                }
            }
        }
        return found.sorted { ($0.1, $0.2) < ($1.1, $1.2) }
    }
}

/// A template syntax error, located in the template's text.
public struct TemplateError: Error, Sendable, Equatable {
    public var message: String
    public var line: Int
    public var column: Int
}

/// A name as written in a tag: `person.name` is the keys of `person` and `name`; `.` is the
/// current value.
struct Name: Sendable {
    var parts: [TemplateKey]

    init(_ text: String) {
        parts =
            text == "."
            ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map { TemplateKey(String($0)) }
    }
}

indirect enum Node: Sendable {
    case text([UInt8])
    case variable(Name, escaped: Bool)
    case section(Name, [Node], inverted: Bool)
    case partial(String, indentation: [UInt8], line: Int, column: Int)
    case parent(String, blocks: [String: [Node]], indentation: [UInt8], line: Int, column: Int)
    case block(String, [Node])
}
