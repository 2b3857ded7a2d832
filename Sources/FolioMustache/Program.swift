/// A template compiled for rendering: its tree laid out as one flat list of instructions that
/// hold only numbers (a section's children follow it, up to its `end`), with its text, names
/// and included templates' names in tables beside it. Walking it copies no reference-counted
/// value, which walking the tree did on every node of every page.
final class Program: @unchecked Sendable {
    enum Instruction {
        /// `bytes[start..<end]`.
        case text(start: Int32, end: Int32)
        /// The name at `keys[name..<name + parts]`; no parts is `{{.}}`.
        case variable(name: Int32, parts: Int32, escaped: Bool)
        /// Children are the instructions up to `end`, where the next one is.
        case section(name: Int32, parts: Int32, end: Int32, inverted: Bool)
        /// The template named `strings[template]`, its lines indented by `bytes[indentStart..<indentEnd]`.
        case partial(template: Int32, indentStart: Int32, indentEnd: Int32)
        /// The same with the overrides `blocks[blocks]`, whose contents lie before `end`.
        case parent(template: Int32, blocks: Int32, indentStart: Int32, indentEnd: Int32, end: Int32)
        /// The block `strings[name]`: its own contents, up to `end`, when no one overrides it.
        case block(name: Int32, end: Int32)
    }

    /// A block's contents in this program. Used only while a render runs: the program it points
    /// at is then held by the library being rendered (and is the program of a `run` still on the
    /// stack), so the unowned reference cannot outlive it. Never keep one beyond a render.
    struct Override {
        unowned(unsafe) let program: Program
        let start: Int
        let end: Int
    }

    // Buffers rather than arrays: reading them retains nothing. Freed with the program.
    let code: UnsafeBufferPointer<Instruction>
    let bytes: UnsafeBufferPointer<UInt8>
    let keys: UnsafeBufferPointer<TemplateKey>
    let strings: [String]
    /// Per parent tag, its blocks by name (set once, in `init`).
    private(set) var blocks: [[String: Override]] = []

    init(_ nodes: [Node]) {
        var compiler = Compiler()
        compiler.emit(nodes)
        code = Self.copy(compiler.code)
        bytes = Self.copy(compiler.bytes)
        keys = Self.copy(compiler.keys)
        strings = compiler.strings
        // The overrides point back at this program, so they are made once it exists.
        blocks = compiler.blocks.map { parent in
            parent.mapValues { Override(program: self, start: $0.lowerBound, end: $0.upperBound) }
        }
    }

    deinit {
        code.deallocate()
        bytes.deallocate()
        keys.deallocate()
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[..<array.count])
    }
}

/// Lays a tree out as instructions.
private struct Compiler {
    var code: [Program.Instruction] = []
    var bytes: [UInt8] = []
    var keys: [TemplateKey] = []
    var strings: [String] = []
    var blocks: [[String: Range<Int>]] = []

    mutating func emit(_ nodes: [Node]) {
        for node in nodes {
            switch node {
            case .text(let text):
                let start = Int32(bytes.count)
                bytes += text
                code.append(.text(start: start, end: Int32(bytes.count)))
            case .variable(let name, let escaped):
                let start = Int32(keys.count)
                keys += name.parts
                code.append(.variable(name: start, parts: Int32(name.parts.count), escaped: escaped))
            case .section(let name, let children, let inverted):
                let start = Int32(keys.count)
                keys += name.parts
                let at = reserve()
                emit(children)
                code[at] = .section(name: start, parts: Int32(name.parts.count), end: here, inverted: inverted)
            case .partial(let name, let indentation, _, _):
                let (indentStart, indentEnd) = add(indentation)
                code.append(.partial(template: add(name), indentStart: indentStart, indentEnd: indentEnd))
            case .parent(let name, let overrides, let indentation, _, _):
                let (indentStart, indentEnd) = add(indentation)
                let template = add(name)
                let at = reserve()
                var ranges: [String: Range<Int>] = [:]
                for (block, children) in overrides.sorted(by: { $0.key < $1.key }) {
                    let start = code.count
                    emit(children)
                    ranges[block] = start..<code.count
                }
                blocks.append(ranges)
                code[at] = .parent(
                    template: template, blocks: Int32(blocks.count - 1), indentStart: indentStart,
                    indentEnd: indentEnd, end: here)
            case .block(let name, let children):
                let nameIndex = add(name)
                let at = reserve()
                emit(children)
                code[at] = .block(name: nameIndex, end: here)
            }
        }
    }

    private var here: Int32 { Int32(code.count) }

    /// A place for an instruction whose end is known once its contents are laid out.
    private mutating func reserve() -> Int {
        code.append(.text(start: 0, end: 0))
        return code.count - 1
    }

    private mutating func add(_ string: String) -> Int32 {
        strings.append(string)
        return Int32(strings.count - 1)
    }

    private mutating func add(_ indentation: [UInt8]) -> (Int32, Int32) {
        let start = Int32(bytes.count)
        bytes += indentation
        return (start, Int32(bytes.count))
    }
}
