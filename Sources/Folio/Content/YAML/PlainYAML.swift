#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the plain YAML that front matter is nearly always written in, many times faster than
/// building Yams' tree: block mappings and lists of `key: value` lines, one-line `[a, b]` lists,
/// and one-line plain, 'single-' or "double-quoted" values, with comments and blank lines.
/// Anything else (anchors, tags, `|` and `>` blocks, values over several lines, `{...}`,
/// escapes other than `\\ \" \/ \n \t \r`, empty values, duplicate keys, control characters,
/// or a line it does not expect) makes it return nil, and `YAMLFields` asks Yams, which also
/// words the errors. For what it does read, it returns the tree Yams would (a test compares
/// the two on generated documents).
enum PlainYAML {
    static func read(_ yaml: String) -> YAMLNode? {
        var text = yaml
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.document()
        }
    }
}

private struct Reader {
    /// A line that holds something: its first byte, the end (before `\n`), the number of leading
    /// spaces and the 1-based line number.
    struct Line {
        var start: Int
        var end: Int
        var indent: Int
        var number: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var lines: [Line] = []
    var index = 0
    var usable = true
    var hasDocumentMarker = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        lines.reserveCapacity(bytes.count / 16 + 1)
        var start = 0
        var number = 1
        while start <= bytes.count {
            var end = bytes.count
            if start < bytes.count, let newline = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) {
                end = UnsafeRawPointer(newline) - UnsafeRawPointer(bytes.baseAddress!)
            }
            var first = start
            while first < end, bytes[first] == 0x20 { first += 1 }
            if first < end, bytes[first] != UInt8(ascii: "#") {
                lines.append(Line(start: start, end: end, indent: first - start, number: number))
            }
            // `---` or `...` at the start of a line begins or ends a document: not for this reader.
            if end - start >= 3, bytes[start] == bytes[start + 1], bytes[start] == bytes[start + 2],
                bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: ".")
            {
                hasDocumentMarker = true
            }
            start = end + 1
            number += 1
        }
        usable = Self.hasOnlyPlainCharacters(bytes)
    }

    /// No control characters (tabs included), no byte-order mark, and none of the line breaks
    /// YAML knows besides `\n` (U+0085, U+2028, U+2029), which would change its line numbers.
    static func hasOnlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            // Eight bytes of printable ASCII are passed over at once (a word with a line feed or
            // anything else is read byte by byte).
            if offset + 8 <= bytes.count, isPrintableASCII(base, at: offset) {
                offset += 8
                continue
            }
            let byte = base[offset]
            defer { offset += 1 }
            if byte < 0x20 && byte != 0x0A || byte == 0x7F { return false }
            guard byte >= 0xC2, offset + 1 < bytes.count else { continue }
            let next = bytes[offset + 1]
            switch byte {
            case 0xC2 where next < 0xA0: return false  // C1 controls, U+0085
            case 0xE2 where next == 0x80 && offset + 2 < bytes.count && (bytes[offset + 2] & 0xFE) == 0xA8:
                return false  // U+2028, U+2029
            case 0xEF where next == 0xBB || next == 0xBF: return false  // U+FEFF, U+FFFE, U+FFFF
            default: continue
            }
        }
        return true
    }

    mutating func document() -> YAMLNode? {
        guard usable, !hasDocumentMarker, let first = lines.first, first.indent == 0 else { return nil }
        guard let root = mapping(indent: 0), index == lines.count else { return nil }
        return root
    }

    // MARK: - Blocks

    /// A block mapping whose keys start `indent` spaces in. `firstKey`: the first key starts
    /// there on the current line instead (after `- ` in a list).
    mutating func mapping(indent: Int, firstKey: Int? = nil) -> YAMLNode? {
        var pairs: [YAMLNode.Pair] = []
        pairs.reserveCapacity(firstKey == nil && indent == 0 ? 16 : 4)
        // Keys are compared as Yams does: as Swift strings (é written two ways is one key). A few
        // are compared one by one; a long mapping's go in a set.
        var keys: Set<String> = []
        var pending = firstKey
        while index < lines.count {
            let line = lines[index]
            let keyStart: Int
            if let start = pending {
                keyStart = start
                pending = nil
            } else {
                guard line.indent == indent, !isListItem(line) else { break }
                keyStart = line.start + indent
            }
            guard let colon = keyEnd(from: keyStart, in: line) else { return nil }
            var keyLast = colon
            while keyLast > keyStart, bytes[keyLast - 1] == 0x20 { keyLast -= 1 }
            // libyaml allows a key of up to 1,024 characters up to its `:`; bytes count more.
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[keyStart..<keyLast]), as: UTF8.self)
            guard colon - keyStart < 1000 else { return nil }
            if pairs.count < 16 {
                if pairs.contains(where: { if case .scalar(name, _, _) = $0.key { true } else { false } }) {
                    return nil
                }
            } else {
                if keys.isEmpty {
                    for pair in pairs { if case .scalar(let known, _, _) = pair.key { keys.insert(known) } }
                }
                guard keys.insert(name).inserted else { return nil }
            }
            let key = YAMLNode.scalar(name, plain: true, at: mark(keyStart, in: line))
            var valueStart = colon + 1
            while valueStart < line.end, bytes[valueStart] == 0x20 { valueStart += 1 }
            let value: YAMLNode
            if valueStart == line.end || bytes[valueStart] == UInt8(ascii: "#") {
                // The value is the block on the following lines.
                index += 1
                guard index < lines.count else { return nil }
                let next = lines[index]
                if next.indent > indent {
                    guard let block = isListItem(next) ? list(indent: next.indent) : mapping(indent: next.indent)
                    else { return nil }
                    value = block
                } else if next.indent == indent, isListItem(next) {
                    guard let block = list(indent: indent) else { return nil }
                    value = block
                } else {
                    return nil  // an empty value
                }
            } else {
                guard let inline = inlineValue(from: valueStart, in: line) else { return nil }
                value = inline
                index += 1
            }
            pairs.append(YAMLNode.Pair(key: key, value: value))
        }
        guard let first = pairs.first else { return nil }
        return .mapping(pairs, at: first.key.mark)
    }

    /// A block list whose `-` stand `indent` spaces in.
    mutating func list(indent: Int) -> YAMLNode? {
        var items: [YAMLNode] = []
        items.reserveCapacity(4)
        let firstLine = lines[index]
        while index < lines.count, lines[index].indent == indent, isListItem(lines[index]) {
            let line = lines[index]
            var itemStart = line.start + indent + 1
            while itemStart < line.end, bytes[itemStart] == 0x20 { itemStart += 1 }
            guard itemStart < line.end, bytes[itemStart] != UInt8(ascii: "#") else { return nil }
            if startsPlain(at: itemStart, in: line), keyEnd(from: itemStart, in: line) != nil {
                // `- key: value`: a mapping whose keys line up with this first one.
                guard let item = mapping(indent: itemStart - line.start, firstKey: itemStart) else { return nil }
                items.append(item)
            } else {
                guard let item = inlineValue(from: itemStart, in: line) else { return nil }
                items.append(item)
                index += 1
            }
        }
        return .sequence(items, at: mark(firstLine.start + indent, in: firstLine))
    }

    func isListItem(_ line: Line) -> Bool {
        let dash = line.start + line.indent
        return bytes[dash] == UInt8(ascii: "-") && (dash + 1 == line.end || bytes[dash + 1] == 0x20)
    }

    // MARK: - One-line values

    /// A value that ends on its line: quoted, a `[...]` list, or plain.
    func inlineValue(from start: Int, in line: Line) -> YAMLNode? {
        var end = start
        let value: YAMLNode
        switch bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard let (text, after) = quoted(from: start, limit: line.end) else { return nil }
            value = .scalar(text, plain: false, at: mark(start, in: line))
            end = after
        case UInt8(ascii: "["):
            guard let (items, after) = flowList(from: start, in: line) else { return nil }
            value = .sequence(items, at: mark(start, in: line))
            end = after
        default:
            guard startsPlain(at: start, in: line) else { return nil }
            while end < line.end, !(bytes[end] == UInt8(ascii: "#") && bytes[end - 1] == 0x20) {
                // `a: b` inside a value is not allowed in YAML; Yams says so.
                if bytes[end] == UInt8(ascii: ":"), end + 1 == line.end || bytes[end + 1] == 0x20 { return nil }
                end += 1
            }
            var last = end
            while last > start, bytes[last - 1] == 0x20 { last -= 1 }
            return .scalar(String(decoding: bytes[start..<last], as: UTF8.self), plain: true, at: mark(start, in: line))
        }
        return restIsComment(from: end, in: line) ? value : nil
    }

    /// `[a, "b", c]` on one line, of plain or quoted texts.
    func flowList(from open: Int, in line: Line) -> ([YAMLNode], Int)? {
        var items: [YAMLNode] = []
        items.reserveCapacity(8)
        var position = open + 1
        func skipSpaces() { while position < line.end, bytes[position] == 0x20 { position += 1 } }
        skipSpaces()
        if position < line.end, bytes[position] == UInt8(ascii: "]") { return ([], position + 1) }
        while position < line.end {
            let start = position
            let byte = bytes[start]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let (text, after) = quoted(from: start, limit: line.end) else { return nil }
                items.append(.scalar(text, plain: false, at: mark(start, in: line)))
                position = after
            } else {
                // In a `[...]` list `?` always starts a key (`?q` is the mapping {q: null}).
                guard startsPlain(at: start, in: line), byte != UInt8(ascii: "?") else { return nil }
                while position < line.end, !Self.endsFlowPlain(bytes[position]) { position += 1 }
                var last = position
                while last > start, bytes[last - 1] == 0x20 { last -= 1 }
                guard last > start, position < line.end else { return nil }
                let text = bytes[start..<last]
                guard !text.contains(UInt8(ascii: ":")), !text.contains(UInt8(ascii: "#")) else { return nil }
                items.append(.scalar(String(decoding: text, as: UTF8.self), plain: true, at: mark(start, in: line)))
            }
            skipSpaces()
            guard position < line.end else { return nil }
            if bytes[position] == UInt8(ascii: "]") { return (items, position + 1) }
            guard bytes[position] == UInt8(ascii: ",") else { return nil }
            position += 1
            skipSpaces()
            guard position < line.end, bytes[position] != UInt8(ascii: "]") else { return nil }
        }
        return nil
    }

    static func endsFlowPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): true
        default: false
        }
    }

    /// A quoted text that closes on its line, and the offset after the closing quote.
    func quoted(from open: Int, limit: Int) -> (String, Int)? {
        let quote = bytes[open]
        var position = open + 1
        // Most quoted texts hold no escape: taken as they stand, up to the closing quote.
        while position < limit, bytes[position] != quote, bytes[position] != UInt8(ascii: "\\") { position += 1 }
        if position < limit, bytes[position] == quote,
            quote == UInt8(ascii: "\"") || position + 1 == limit
                || bytes[position + 1] != quote
        {
            return (
                String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<position]), as: UTF8.self),
                position + 1
            )
        }
        var text: [UInt8] = []
        position = open + 1
        while position < limit {
            let byte = bytes[position]
            if quote == UInt8(ascii: "'") {
                if byte == quote {
                    guard position + 1 < limit, bytes[position + 1] == quote else {
                        return (String(decoding: text, as: UTF8.self), position + 1)
                    }
                    position += 1  // '' is one '
                }
            } else if byte == quote {
                return (String(decoding: text, as: UTF8.self), position + 1)
            } else if byte == UInt8(ascii: "\\") {
                guard position + 1 < limit else { return nil }
                position += 1
                switch bytes[position] {
                case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "/"): text.append(bytes[position])
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "r"): text.append(0x0D)
                default: return nil
                }
                position += 1
                continue
            }
            text.append(byte)
            position += 1
        }
        return nil
    }

    /// Whether a plain (unquoted) text may start here: not with a YAML indicator.
    func startsPlain(at offset: Int, in line: Line) -> Bool {
        switch bytes[offset] {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
            return offset + 1 < line.end && bytes[offset + 1] != 0x20
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
            UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
            UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
            UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    /// The `:` that ends a plain key starting here (followed by a space or the end of the line),
    /// or nil when the line holds no key there (or a comment comes first).
    func keyEnd(from start: Int, in line: Line) -> Int? {
        guard startsPlain(at: start, in: line) else { return nil }
        var position = start
        while position < line.end {
            let byte = bytes[position]
            if byte == UInt8(ascii: ":"), position + 1 == line.end || bytes[position + 1] == 0x20 {
                return position > start ? position : nil
            }
            if byte == UInt8(ascii: "#"), position > start, bytes[position - 1] == 0x20 { return nil }
            position += 1
        }
        return nil
    }

    /// Only spaces, then the end of the line or a comment.
    func restIsComment(from offset: Int, in line: Line) -> Bool {
        var position = offset
        while position < line.end, bytes[position] == 0x20 { position += 1 }
        return position == line.end || (position > offset && bytes[position] == UInt8(ascii: "#"))
    }

    /// Line and column (in Unicode scalars, from 1) of a byte offset on a line.
    func mark(_ offset: Int, in line: Line) -> YAMLNode.Mark {
        var column = 1
        for position in line.start..<offset where bytes[position] & 0xC0 != 0x80 { column += 1 }
        return YAMLNode.Mark(line: line.number, column: column)
    }
}
