/// Named templates that can include each other, rendered straight into bytes.
public struct TemplateLibrary: Sendable {
    private var templates: [String: Template]

    public init(_ templates: [String: Template] = [:]) {
        self.templates = templates
    }

    public subscript(name: String) -> Template? {
        get { templates[name] }
        set { templates[name] = newValue }
    }

    /// The template `name` rendered with `context` (nothing when there is no such template).
    public func render(_ name: String, _ context: TemplateValue) -> [UInt8] {
        guard let template = templates[name] else { return [] }
        var renderer = Renderer(library: self)
        var stack = [context]
        renderer.render(template.nodes, &stack, overrides: [:])
        return renderer.output
    }

    public func renderText(_ name: String, _ context: TemplateValue) -> String {
        String(decoding: render(name, context), as: UTF8.self)
    }

    /// Partials more deeply nested than this render nothing (a partial that includes itself
    /// for ever would otherwise never end).
    static let deepestInclude = 64

    private struct Renderer {
        let library: TemplateLibrary
        var output: [UInt8] = []
        /// Written before each line of a standalone partial's text (nested partials add up).
        var indentation: [UInt8] = []
        var pendingIndentation = false
        var depth = 0

        init(library: TemplateLibrary) {
            self.library = library
            output.reserveCapacity(16_384)
        }

        mutating func render(_ nodes: [Node], _ stack: inout [TemplateValue], overrides: [String: [Node]]) {
            // Indices, not `for node in nodes`: the node is read in place instead of copied out
            // (a copy retains its payload, on every node of every page).
            for index in nodes.indices {
                switch nodes[index] {
                case .text(let bytes):
                    writeText(bytes)
                case .variable(let name, let escaped):
                    guard let value = Self.lookup(name, in: stack) else { continue }
                    switch value {
                    case .text(let text):
                        startLine()
                        if escaped { appendEscaped(text) } else { output.append(contentsOf: text.utf8) }
                    case .number(let number):
                        startLine()
                        output.append(contentsOf: String(number).utf8)
                    case .bool(let flag):
                        startLine()
                        output.append(contentsOf: (flag ? "true" : "false").utf8)
                    case .list, .object: break
                    }
                case .section(let name, let children, let inverted):
                    let value = Self.lookup(name, in: stack)
                    if inverted {
                        if value?.isFalsey ?? true { render(children, &stack, overrides: overrides) }
                        continue
                    }
                    guard let value, !value.isFalsey else { continue }
                    switch value {
                    case .list(let items):
                        for item in items {
                            stack.append(item)
                            render(children, &stack, overrides: overrides)
                            stack.removeLast()
                        }
                    case .bool:
                        render(children, &stack, overrides: overrides)
                    default:
                        stack.append(value)
                        render(children, &stack, overrides: overrides)
                        stack.removeLast()
                    }
                case .partial(let name, let indent, _, _):
                    include(name, indent, &stack, overrides: [:])
                case .parent(let name, let blocks, let indent, _, _):
                    // The outer (more derived) template's overrides win over this one's.
                    include(name, indent, &stack, overrides: blocks.merging(overrides) { _, outer in outer })
                case .block(let name, let children):
                    render(overrides[name] ?? children, &stack, overrides: overrides)
                }
            }
        }

        /// A partial or parent: its lines indented as its tag was, when the tag stood alone.
        private mutating func include(
            _ name: String, _ indent: [UInt8], _ stack: inout [TemplateValue], overrides: [String: [Node]]
        ) {
            guard let template = library.templates[name], depth < TemplateLibrary.deepestInclude else { return }
            let outer = indentation
            indentation += indent
            pendingIndentation = !indentation.isEmpty
            depth += 1
            render(template.nodes, &stack, overrides: overrides)
            depth -= 1
            indentation = outer  // a line the template ended is started with the outer indentation
        }

        /// The first part of a name is looked for from the innermost value out; the rest inside it.
        /// (Indices rather than `reversed()`: no copy of each value the search passes.)
        static func lookup(_ name: Name, in stack: [TemplateValue]) -> TemplateValue? {
            let parts = name.parts
            guard !parts.isEmpty else { return stack.last }
            var index = stack.count - 1
            while index >= 0 {
                if case .object(let fields) = stack[index], let found = fields[parts[0]] {
                    var current = found
                    var part = 1
                    while part < parts.count {
                        guard case .object(let inner) = current, let child = inner[parts[part]] else { return nil }
                        current = child
                        part += 1
                    }
                    return current
                }
                index -= 1
            }
            return nil
        }

        private mutating func startLine() {
            if pendingIndentation {
                output.append(contentsOf: indentation)
                pendingIndentation = false
            }
        }

        private mutating func writeText(_ bytes: [UInt8]) {
            if indentation.isEmpty {
                output.append(contentsOf: bytes)
                return
            }
            for byte in bytes {
                startLine()
                output.append(byte)
                if byte == UInt8(ascii: "\n") { pendingIndentation = true }
            }
        }

        /// `&`, `<`, `>`, `"` and `'` as entities, the rest as it is.
        private mutating func appendEscaped(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                var start = 0
                for (index, byte) in bytes.enumerated() {
                    let entity: StaticString
                    switch byte {
                    case UInt8(ascii: "&"): entity = "&amp;"
                    case UInt8(ascii: "<"): entity = "&lt;"
                    case UInt8(ascii: ">"): entity = "&gt;"
                    case UInt8(ascii: "\""): entity = "&quot;"
                    case UInt8(ascii: "'"): entity = "&#39;"
                    default: continue
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    output.append(
                        contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                    start = index + 1
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            }
        }
    }
}
