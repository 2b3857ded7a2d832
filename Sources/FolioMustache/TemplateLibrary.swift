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
        renderer.run(template.program, 0, template.program.code.count, &stack)
        return renderer.output
    }

    public func renderText(_ name: String, _ context: TemplateValue) -> String {
        String(decoding: render(name, context), as: UTF8.self)
    }

    /// The bytes `appendEscaped` writes as entities.
    fileprivate static let needsEscaping: [Bool] = (0..<256).map { byte in
        [UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'")]
            .contains(UInt8(byte))
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
        /// The blocks that the parents being rendered override (the outermost parent's win).
        var overrides: [String: Program.Override] = [:]

        init(library: TemplateLibrary) {
            self.library = library
            output.reserveCapacity(16_384)
        }

        /// The instructions `start..<end` of `program`.
        mutating func run(_ program: Program, _ start: Int, _ end: Int, _ stack: inout [TemplateValue]) {
            let code = program.code
            var index = start
            while index < end {
                switch code[index] {
                case .text(let from, let to):
                    index += 1
                    writeText(UnsafeBufferPointer(rebasing: program.bytes[Int(from)..<Int(to)]))
                case .variable(let name, let parts, let escaped):
                    index += 1
                    guard let value = Self.lookup(program.keys, Int(name), Int(parts), in: stack) else { continue }
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
                case .section(let name, let parts, let sectionEnd, let inverted):
                    let children = index + 1
                    index = Int(sectionEnd)
                    let value = Self.lookup(program.keys, Int(name), Int(parts), in: stack)
                    if inverted {
                        if value?.isFalsey ?? true { run(program, children, index, &stack) }
                        continue
                    }
                    guard let value, !value.isFalsey else { continue }
                    switch value {
                    case .list(let items):
                        for item in items {
                            stack.append(item)
                            run(program, children, index, &stack)
                            stack.removeLast()
                        }
                    case .bool:
                        run(program, children, index, &stack)
                    default:
                        stack.append(value)
                        run(program, children, index, &stack)
                        stack.removeLast()
                    }
                case .partial(let template, let indentStart, let indentEnd):
                    index += 1
                    include(template, of: program, indent: indentStart..<indentEnd, overrides: [:], &stack)
                case .parent(let template, let blocks, let indentStart, let indentEnd, let parentEnd):
                    index = Int(parentEnd)
                    // The outer (more derived) template's overrides win over this one's.
                    let merged = program.blocks[Int(blocks)].merging(overrides) { _, outer in outer }
                    include(template, of: program, indent: indentStart..<indentEnd, overrides: merged, &stack)
                case .block(let name, let blockEnd):
                    let children = index + 1
                    index = Int(blockEnd)
                    if let override = overrides[program.strings[Int(name)]] {
                        run(override.program, override.start, override.end, &stack)
                    } else {
                        run(program, children, index, &stack)
                    }
                }
            }
        }

        /// A partial or parent (the template named `program.strings[name]`) with these overrides
        /// (none for a partial), its lines indented as its tag was, when the tag stood alone.
        private mutating func include(
            _ name: Int32, of program: Program, indent: Range<Int32>, overrides included: [String: Program.Override],
            _ stack: inout [TemplateValue]
        ) {
            guard let template = library.templates[program.strings[Int(name)]],
                depth < TemplateLibrary.deepestInclude
            else { return }
            let outer = (indentation, overrides)
            indentation.append(
                contentsOf: UnsafeBufferPointer(
                    rebasing: program.bytes[Int(indent.lowerBound)..<Int(indent.upperBound)]))
            pendingIndentation = !indentation.isEmpty
            overrides = included
            depth += 1
            run(template.program, 0, template.program.code.count, &stack)
            depth -= 1
            // A line the template ended is started with the outer indentation.
            (indentation, overrides) = outer
        }

        /// The first part of a name is looked for from the innermost value out; the rest inside it.
        static func lookup(
            _ keys: UnsafeBufferPointer<TemplateKey>, _ start: Int, _ count: Int, in stack: [TemplateValue]
        ) -> TemplateValue? {
            guard count > 0 else { return stack.last }
            let first = keys[start]
            var index = stack.count - 1
            while index >= 0 {
                if let found = stack[index].field(first) {
                    var current = found
                    var part = 1
                    while part < count {
                        guard let child = current.field(keys[start + part]) else { return nil }
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

        private mutating func writeText(_ bytes: UnsafeBufferPointer<UInt8>) {
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
                var index = 0
                while index < bytes.count {
                    // Most bytes need nothing: one table lookup each says so.
                    guard TemplateLibrary.needsEscaping[Int(bytes[index])] else {
                        index += 1
                        continue
                    }
                    let entity: StaticString
                    switch bytes[index] {
                    case UInt8(ascii: "&"): entity = "&amp;"
                    case UInt8(ascii: "<"): entity = "&lt;"
                    case UInt8(ascii: ">"): entity = "&gt;"
                    case UInt8(ascii: "\""): entity = "&quot;"
                    default: entity = "&#39;"
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    output.append(
                        contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                    index += 1
                    start = index
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            }
        }
    }
}
