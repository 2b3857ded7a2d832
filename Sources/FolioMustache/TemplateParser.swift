/// Turns a template's bytes into nodes, in three passes: tags and text; the standalone-line rule
/// (trimming the whitespace and line break around tags that stand alone on their line); the
/// tree of sections, parents and blocks.
struct TemplateParser {
    private let source: [UInt8]
    /// Offsets where lines start, for locating errors.
    private let lineStarts: [Int]

    init(_ source: [UInt8]) {
        self.source = source
        var starts = [0]
        for (offset, byte) in source.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, partial, parent, block, comment, delimiters

        /// Tags that may stand alone on a line (and then leave no trace of it).
        var canStandAlone: Bool { self != .variable && self != .unescaped }
    }

    struct Tag {
        var kind: Kind
        var name: String
        var start: Int
        var end: Int
        var indentation: [UInt8] = []
    }

    enum Token {
        /// Text between tags; `from`/`to` narrow it when a standalone tag trims it.
        case text(from: Int, to: Int)
        case tag(Tag)
    }

    func parse() throws(TemplateError) -> [Node] {
        var tokens = try tokenize()
        applyStandaloneRule(&tokens)
        var index = 0
        let nodes = try tree(tokens, &index, closing: nil)
        return nodes
    }

    // MARK: Tags and text

    private func tokenize() throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var position = 0
        while position < source.count {
            guard let tagStart = find(open, from: position) else {
                tokens.append(.text(from: position, to: source.count))
                break
            }
            if tagStart > position { tokens.append(.text(from: position, to: tagStart)) }
            var cursor = tagStart + open.count
            var kind = Kind.variable
            var closer = close
            if cursor < source.count {
                switch source[cursor] {
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .inverted
                case UInt8(ascii: "/"): kind = .close
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "<"): kind = .parent
                case UInt8(ascii: "$"): kind = .block
                case UInt8(ascii: "!"): kind = .comment
                case UInt8(ascii: "&"): kind = .unescaped
                case UInt8(ascii: "="): kind = .delimiters
                case UInt8(ascii: "{"):
                    kind = .unescaped
                    closer = [UInt8(ascii: "}")] + close
                default: break
                }
                if kind != .variable { cursor += 1 }
            }
            guard let tagEnd = find(closer, from: cursor) else {
                throw error("a tag is not closed with '\(String(decoding: close, as: UTF8.self))'", at: tagStart)
            }
            let inner = String(decoding: source[cursor..<tagEnd], as: UTF8.self)
            position = tagEnd + closer.count
            switch kind {
            case .comment:
                tokens.append(.tag(Tag(kind: .comment, name: "", start: tagStart, end: position)))
            case .delimiters:
                let parts = inner.hasSuffix("=") ? inner.dropLast().split(whereSeparator: \.isWhitespace) : []
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw error("a set-delimiter tag must look like {{=<% %>=}}", at: tagStart)
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
                tokens.append(.tag(Tag(kind: .delimiters, name: "", start: tagStart, end: position)))
            default:
                let name = inner.trimmingWhitespace
                guard !name.isEmpty else { throw error("a tag has no name", at: tagStart) }
                if kind == .partial || kind == .parent, name.hasPrefix("*") {
                    throw error("dynamic partial names ({{>*\(name.dropFirst())}}) are not supported", at: tagStart)
                }
                if kind == .variable || kind == .unescaped || kind == .section || kind == .inverted
                    || kind == .close,
                    name != ".", name.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty)
                {
                    throw error("'\(name)' is not a valid name", at: tagStart)
                }
                tokens.append(.tag(Tag(kind: kind, name: name, start: tagStart, end: position)))
            }
        }
        return tokens
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, source.count >= needle.count else { return nil }
        var index = start
        let last = source.count - needle.count
        while index <= last {
            if source[index] == first {
                var match = true
                for offset in 1..<needle.count where source[index + offset] != needle[offset] {
                    match = false
                    break
                }
                if match { return index }
            }
            index += 1
        }
        return nil
    }

    // MARK: Standalone lines

    /// A tag that is the only thing on its line, but for spaces and tabs, takes the whole line
    /// with it: the indentation before it and the line break after it.
    private func applyStandaloneRule(_ tokens: inout [Token]) {
        let original = tokens
        for index in original.indices {
            guard case .tag(var tag) = original[index], tag.kind.canStandAlone else { continue }
            // Before: the line's start, then only blanks.
            var lineStart = tag.start
            while lineStart > 0, isBlank(source[lineStart - 1]) { lineStart -= 1 }
            guard lineStart == 0 || source[lineStart - 1] == UInt8(ascii: "\n") else { continue }
            if index > 0, case .tag = original[index - 1] { continue }
            if index > 0, case .text(let from, _) = original[index - 1], from > lineStart { continue }
            if index == 0, lineStart != 0 { continue }
            // After: only blanks, then a line break or the end.
            var lineEnd = tag.end
            while lineEnd < source.count, isBlank(source[lineEnd]) { lineEnd += 1 }
            if lineEnd < source.count, source[lineEnd] == UInt8(ascii: "\r"), lineEnd + 1 < source.count,
                source[lineEnd + 1] == UInt8(ascii: "\n")
            {
                lineEnd += 1
            }
            guard lineEnd == source.count || source[lineEnd] == UInt8(ascii: "\n") else { continue }
            if index + 1 < original.count, case .tag = original[index + 1], tag.end != source.count { continue }
            if index + 1 < original.count, case .text(_, let to) = original[index + 1], to < lineEnd { continue }
            let afterBreak = min(lineEnd + 1, source.count)
            // Trim the neighbours; a text between two standalone tags is trimmed from both sides.
            if index > 0, case .text(let from, let to) = tokens[index - 1] {
                tokens[index - 1] = .text(from: from, to: min(to, lineStart))
            }
            if index + 1 < tokens.count, case .text(let from, let to) = tokens[index + 1] {
                tokens[index + 1] = .text(from: max(from, afterBreak), to: to)
            }
            tag.indentation = Array(source[lineStart..<tag.start])
            tokens[index] = .tag(tag)
        }
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    // MARK: The tree

    /// Sections, blocks and parents nested deeper than this are an error: the tree is built,
    /// compiled and rendered by recursion, and a template nesting thousands (no one writes that
    /// by hand) overflowed the stack.
    static let deepestNesting = 100

    private func tree(_ tokens: [Token], _ index: inout Int, closing: Tag?, depth: Int = 0) throws(TemplateError)
        -> [Node]
    {
        if let closing, depth > Self.deepestNesting {
            throw error(
                "sections, blocks and parents are nested more than \(Self.deepestNesting) deep", at: closing.start)
        }
        var nodes: [Node] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .text(let from, let to):
                if from < to { nodes.append(.text(Array(source[from..<to]))) }
            case .tag(let tag):
                switch tag.kind {
                case .comment, .delimiters: break
                case .variable: nodes.append(.variable(Name(tag.name), escaped: true))
                case .unescaped: nodes.append(.variable(Name(tag.name), escaped: false))
                case .partial:
                    let (line, column) = location(tag.start)
                    nodes.append(.partial(tag.name, indentation: tag.indentation, line: line, column: column))
                case .section, .inverted:
                    let children = try tree(tokens, &index, closing: tag, depth: depth + 1)
                    nodes.append(.section(Name(tag.name), children, inverted: tag.kind == .inverted))
                case .block:
                    nodes.append(.block(tag.name, try tree(tokens, &index, closing: tag, depth: depth + 1)))
                case .parent:
                    // Inside a parent tag only the blocks count: they override the parent's.
                    var blocks: [String: [Node]] = [:]
                    for child in try tree(tokens, &index, closing: tag, depth: depth + 1) {
                        if case .block(let name, let content) = child { blocks[name] = content }
                    }
                    let (line, column) = location(tag.start)
                    nodes.append(
                        .parent(tag.name, blocks: blocks, indentation: tag.indentation, line: line, column: column))
                case .close:
                    guard let closing else {
                        throw error("'{{/\(tag.name)}}' closes no section", at: tag.start)
                    }
                    guard closing.name == tag.name else {
                        let (line, column) = location(closing.start)
                        throw error(
                            "'{{/\(tag.name)}}' closes '\(closing.name)', opened at \(line):\(column)", at: tag.start)
                    }
                    return nodes
                }
            }
        }
        if let closing {
            throw error("'\(closing.name)' is opened here but never closed ({{/\(closing.name)}})", at: closing.start)
        }
        return nodes
    }

    private func location(_ offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = String(decoding: source[lineStarts[low]..<offset], as: UTF8.self).count + 1
        return (low + 1, column)
    }

    private func error(_ message: String, at offset: Int) -> TemplateError {
        let (line, column) = location(offset)
        return TemplateError(message: message, line: line, column: column)
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
