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
        withRendered(name, context) { Array($0) }
    }

    /// The template `name` rendered with `context`, lent to `body` where the bytes were written
    /// (valid only inside `body`): no copy, for bytes that go straight to a file.
    public func withRendered<R>(_ name: String, _ context: TemplateValue, _ body: (UnsafeBufferPointer<UInt8>) -> R)
        -> R
    {
        var renderer = Renderer(library: self)
        if let template = templates[name] {
            withUnsafePointer(to: context) { root in
                var stack = [root]
                renderer.run(template.program, 0, template.program.code.count, &stack)
            }
        }
        return renderer.output.withBytes(body)
    }

    public func renderText(_ name: String, _ context: TemplateValue) -> String {
        String(decoding: render(name, context), as: UTF8.self)
    }

    /// Whether `appendEscaped` writes `byte` as an entity: `"` (0x22), `&` (0x26), `'` (0x27),
    /// `<` (0x3C) and `>` (0x3E) are the set bits of one 64-bit mask (a shift, no memory read).
    @inline(__always) fileprivate static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 64 && (0x5000_00C4_0000_0000 as UInt64) >> UInt64(byte) & 1 != 0
    }

    /// Whether any of the eight bytes of `word` needs escaping: a byte equal to one of the five
    /// leaves a zero byte in `word ^ (that byte repeated)`, and a word has a zero byte exactly
    /// when `(x - 0x01…01) & ~x & 0x80…80` is not zero.
    @inline(__always) fileprivate static func anyNeedsEscaping(_ word: UInt64) -> Bool {
        func hasZeroByte(_ x: UInt64) -> UInt64 { (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 }
        let any =
            hasZeroByte(word ^ 0x2222_2222_2222_2222) | hasZeroByte(word ^ 0x2626_2626_2626_2626)
            | hasZeroByte(word ^ 0x2727_2727_2727_2727) | hasZeroByte(word ^ 0x3C3C_3C3C_3C3C_3C3C)
            | hasZeroByte(word ^ 0x3E3E_3E3E_3E3E_3E3E)
        return any != 0
    }

    /// Partials, parents and overrides more deeply nested than this render nothing (a partial
    /// that includes itself for ever would otherwise never end).
    static let deepestInclude = 64

    /// A value being rendered, read where it lies: the value given to `render`, or an entry of
    /// a list or object inside it. Nothing is changed while a page renders, so every list's and
    /// object's storage stays where it is until `render` returns, and so do pointers into it.
    /// Reading values in place copies none, so no reference count changes: copies did, for
    /// every name looked up, on values that pages rendered at once on several cores share (the
    /// site's block, the people's cards), and those counts were a tenth of the CPU time.
    typealias Frame = UnsafePointer<TemplateValue>

    fileprivate struct Renderer: ~Copyable {
        let library: TemplateLibrary
        var output = ByteSink(capacity: 16_384)
        /// Written before each line of a standalone partial's text (nested partials add up).
        var indentation: [UInt8] = []
        var pendingIndentation = false
        var depth = 0
        /// The blocks that the parents being rendered override (the outermost parent's win).
        var overrides: [String: Program.Override] = [:]

        init(library: TemplateLibrary) {
            self.library = library
        }

        /// The instructions `start..<end` of `program`.
        mutating func run(_ program: Program, _ start: Int, _ end: Int, _ stack: inout [Frame]) {
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
                    // Bytes found before anything is written: a value read across a write is copied.
                    if let bytes = value.pointee.longTextBytes {
                        startLine()
                        append(bytes, escaped: escaped)
                    } else {
                        value.pointee.write(into: &self, escaped: escaped)
                    }
                case .section(let name, let parts, let sectionEnd, let inverted):
                    let children = index + 1
                    index = Int(sectionEnd)
                    let value = Self.lookup(program.keys, Int(name), Int(parts), in: stack)
                    if inverted {
                        if value?.pointee.isFalsey ?? true { run(program, children, index, &stack) }
                        continue
                    }
                    guard let value, !value.pointee.isFalsey else { continue }
                    if let items = value.pointee.items {
                        for item in items.indices {
                            stack.append(items.baseAddress! + item)
                            run(program, children, index, &stack)
                            stack.removeLast()
                        }
                    } else if value.pointee.isFlag {
                        run(program, children, index, &stack)
                    } else {
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
                    let blockName = program.strings[Int(name)]
                    if let override = overrides[blockName] {
                        guard depth < TemplateLibrary.deepestInclude else { continue }
                        // While an override runs, blocks of its name inside it (and inside the
                        // overrides it leads to) show their own contents: it does not run again
                        // inside itself, which never ended. Its siblings' overrides still hold.
                        let outer = overrides
                        overrides[blockName] = nil
                        depth += 1
                        run(override.program, override.start, override.end, &stack)
                        depth -= 1
                        overrides = outer
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
            _ stack: inout [Frame]
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
            _ keys: UnsafeBufferPointer<TemplateKey>, _ start: Int, _ count: Int, in stack: [Frame]
        ) -> Frame? {
            guard count > 0 else { return stack.last }
            var index = stack.count - 1
            while index >= 0 {
                if var current = stack[index].pointee.field(at: keys[start]) {
                    var part = 1
                    while part < count {
                        guard let child = current.pointee.field(at: keys[start + part]) else { return nil }
                        current = child
                        part += 1
                    }
                    return current
                }
                index -= 1
            }
            return nil
        }

        fileprivate mutating func startLine() {
            if pendingIndentation {
                indentation.withUnsafeBufferPointer { output.append($0) }
                pendingIndentation = false
            }
        }

        private mutating func writeText(_ bytes: UnsafeBufferPointer<UInt8>) {
            if indentation.isEmpty {
                output.append(bytes)
                return
            }
            for byte in bytes {
                startLine()
                output.append(byte)
                if byte == UInt8(ascii: "\n") { pendingIndentation = true }
            }
        }

        /// A text as it is or escaped, from its bytes where the string keeps them.
        fileprivate mutating func append(_ text: String, escaped: Bool) {
            if text.utf8.withContiguousStorageIfAvailable({ append($0, escaped: escaped) }) == nil {
                Array(text.utf8).withUnsafeBufferPointer { append($0, escaped: escaped) }
            }
        }

        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, escaped: Bool) {
            if escaped { appendEscaped(bytes) } else { output.append(bytes) }
        }

        /// A number in decimal, as `String(number)` writes it, without making that string.
        fileprivate mutating func appendDecimal(_ number: Int) {
            // Room for 20 digits and a sign.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
                var magnitude = number.magnitude
                var start = buffer.count
                repeat {
                    start -= 1
                    buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                    magnitude /= 10
                } while magnitude > 0
                if number < 0 {
                    start -= 1
                    buffer[start] = UInt8(ascii: "-")
                }
                output.append(UnsafeBufferPointer(rebasing: buffer[start...]))
            }
        }

        /// `&`, `<`, `>`, `"` and `'` as entities, the rest as it is.
        private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
            var start = 0
            var index = 0
            while index < bytes.count {
                // Eight bytes without any of the five are passed over at once.
                if index + 8 <= bytes.count,
                    !TemplateLibrary.anyNeedsEscaping(
                        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                    continue
                }
                guard TemplateLibrary.needsEscaping(bytes[index]) else {
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
                output.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output.append(UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                index += 1
                start = index
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}

extension TemplateValue {
    /// `{{name}}`: text, a number or a flag written out (escaped or not); nothing for a list or object.
    fileprivate func write(into renderer: inout TemplateLibrary.Renderer, escaped: Bool) {
        switch self {
        case .text(let text):
            renderer.startLine()
            renderer.append(text, escaped: escaped)
        case .bytes(let bytes):
            renderer.startLine()
            bytes.withUnsafeBufferPointer { renderer.append($0, escaped: escaped) }
        case .number(let number):
            renderer.startLine()
            renderer.appendDecimal(number)
        case .bool(let flag):
            renderer.startLine()
            renderer.append(flag ? "true" : "false", escaped: false)
        case .list, .object: break
        }
    }
}
