import Foundation
import Yams

/// Reads typed fields out of one YAML mapping (front matter, `site.yml`, or an item of a
/// list), turning every problem into a located diagnostic instead of throwing.
struct YAMLFields {
    let file: String
    /// Added to YAML's own line numbers to get lines of the file.
    let lineShift: Int
    /// Where the mapping is (for "missing key" errors).
    let origin: SourceLocation
    private(set) var diagnostics: [Diagnostic] = []
    /// The mapping's entries in order. A mapping in front matter has a few keys, so looking one
    /// up by comparing names costs less than hashing them into a dictionary.
    private var entries: [(name: String, key: YAMLNode, value: YAMLNode)] = []
    /// The YAML could not be read at all; "missing key" errors would only repeat that.
    private(set) var unreadable = false

    /// Parses `yaml`, whose first line is line `firstLine` of `file`. Empty YAML is an empty mapping.
    static func parse(_ yaml: String, file: String, firstLine: Int, origin: SourceLocation) -> YAMLFields {
        var fields = YAMLFields(file: file, lineShift: firstLine - 1, origin: origin)
        var yaml = yaml
        let (blank, hasTab) = yaml.withUTF8 { bytes in
            (
                bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 },
                !bytes.isEmpty && memchr(bytes.baseAddress!, 0x09, bytes.count) != nil
            )
        }
        if blank { return fields }
        if hasTab, let tab = Self.leadingTab(in: yaml) {
            fields.report(
                "YAML does not allow tabs for indentation; use spaces",
                at: SourceLocation(file: file, line: tab + firstLine - 1, column: 1))
            fields.unreadable = true
            return fields
        }
        // Most front matter is plain YAML, read without building Yams' tree; the rest goes to Yams.
        if case .mapping(let pairs, _)? = PlainYAML.read(yaml) {
            fields.load(pairs)
            return fields
        }
        do {
            // The basic resolver: every scalar stays text (Folio reads types itself), which spares
            // libyaml's regular-expression matching of each value against int, float, bool, date.
            guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return fields }
            guard case .mapping = root else {
                fields.report("expected 'key: value' lines here", at: fields.location(YAMLNode(root)))
                fields.unreadable = true
                return fields
            }
            // Yams puts the anchored value in place of each alias: a few lines of aliases of
            // aliases ("billion laughs") stand for billions of values. Every value written out
            // takes at least one byte, so more values than bytes means such an expansion.
            if !hasAtMost(yaml.utf8.count, valuesIn: root) {
                fields.report(
                    "YAML aliases (*name) here stand for more values than the text holds; write the values out",
                    at: origin)
                fields.unreadable = true
                return fields
            }
            if case .mapping(let pairs, _) = YAMLNode(root) { fields.load(pairs) }
        } catch let error as YamlError {
            fields.diagnostics.append(fields.diagnostic(for: error))
            fields.unreadable = true
        } catch {
            fields.report("cannot read YAML: \(error)", at: origin)
            fields.unreadable = true
        }
        return fields
    }

    /// Whether the document holds at most `limit` values (counting stops there).
    private static func hasAtMost(_ limit: Int, valuesIn root: Node) -> Bool {
        var pending = [root]
        var count = 0
        while let node = pending.popLast() {
            count += 1
            if count > limit { return false }
            switch node {
            case .alias, .scalar: continue
            case .sequence(let items): pending.append(contentsOf: items)
            case .mapping(let mapping):
                for (key, value) in mapping { pending.append(contentsOf: [key, value]) }
            }
        }
        return true
    }

    init(file: String, lineShift: Int, origin: SourceLocation) {
        self.file = file
        self.lineShift = lineShift
        self.origin = origin
    }

    /// A reader over a nested mapping (an item of `links`, `education`, ...).
    func nested(_ pairs: [YAMLNode.Pair], at node: YAMLNode) -> YAMLFields {
        var fields = YAMLFields(file: file, lineShift: lineShift, origin: location(node))
        fields.load(pairs)
        return fields
    }

    private mutating func load(_ pairs: [YAMLNode.Pair]) {
        entries.reserveCapacity(entries.count + pairs.count)
        for pair in pairs {
            guard case .scalar(let name, _, _) = pair.key else {
                report("a key must be plain text", at: location(pair.key))
                continue
            }
            entries.append((name, pair.key, pair.value))
        }
    }

    /// Where the entry of `key` is; the last one when a key is written twice (which the YAML
    /// readers refuse before this). Names of another length are passed over without comparing.
    private func index(of key: String) -> Int? {
        let length = key.utf8.count
        return entries.lastIndex { $0.name.utf8.count == length && $0.name == key }
    }

    private func entry(_ key: String) -> (key: YAMLNode, value: YAMLNode)? {
        guard let index = index(of: key) else { return nil }
        return (entries[index].key, entries[index].value)
    }

    /// The value of `key` (without its key's node).
    private func value(_ key: String) -> YAMLNode? {
        index(of: key).map { entries[$0].value }
    }

    func has(_ key: String) -> Bool { index(of: key) != nil }

    func location(_ node: YAMLNode) -> SourceLocation {
        guard let mark = node.mark else { return origin }
        return SourceLocation(file: file, line: mark.line + lineShift, column: mark.column)
    }

    func location(ofKey key: String) -> SourceLocation {
        entry(key).map { location($0.key) } ?? origin
    }

    func location(ofValue key: String) -> SourceLocation {
        value(key).map { location($0) } ?? origin
    }

    mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    mutating func warn(_ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(message, at: location))
    }

    mutating func absorb(_ other: YAMLFields) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    /// Warns about every key not in `known`, suggesting the nearest known key.
    mutating func warnAboutUnknownKeys(known: [String], aliases: [String] = []) {
        for key in entries.lazy.map(\.name) where !Self.isListed(key, in: known) && !Self.isListed(key, in: aliases) {
            var message = "unknown key '\(key)'"
            if let suggestion = KeySuggestion.nearest(to: key, in: known) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; known keys: \(known.joined(separator: ", "))"
            }
            warn(message, at: location(ofKey: key))
        }
    }

    /// Whether `key` is in `names`; names of another length are passed over without comparing
    /// (exact for the lists here, lowercase ASCII and `_`: no text is canonically equal to one of
    /// them at another length, as the Kelvin sign is to `K`).
    private static func isListed(_ key: String, in names: [String]) -> Bool {
        let length = key.utf8.count
        return names.contains { $0.utf8.count == length && $0 == key }
    }

    mutating func requireKey(_ key: String, what: String) -> Bool {
        if has(key) { return true }
        if unreadable { return false }
        report("missing required key '\(key)' (\(what))", at: origin)
        return false
    }

    // MARK: - Typed values

    /// A text value. Numbers and dates are taken as written.
    mutating func string(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        return text(value, key: key)
    }

    mutating func text(_ value: YAMLNode, key: String) -> String? {
        switch value {
        case .scalar(let string, let plain, _):
            if plain, string.utf8.count <= 4, Self.nulls.contains(string) { return nil }
            return string.withoutControlCharacters
        case .alias:
            report("'\(key)': YAML aliases (*name) are not supported in Folio files", at: location(value))
        default:
            report("'\(key)' must be text, not a \(Self.kind(of: value))", at: location(value))
        }
        return nil
    }

    /// The plain values YAML reads as null.
    private static let nulls = ["", "~", "null", "Null", "NULL"]

    /// A link: an absolute http(s) or mailto URL, or a relative one. `javascript:` and the like are refused.
    mutating func webAddress(_ key: String) -> String? {
        guard let raw = string(key)?.trimmingSpaces else { return nil }
        if Self.isPlainWebAddress(raw) { return raw }
        let lowered = raw.lowercased()
        let allowed = ["https://", "http://", "mailto:"].contains { lowered.hasPrefix($0) }
        let relative =
            !lowered.contains(":") || (lowered.firstIndex(of: "/").map { $0 < lowered.firstIndex(of: ":")! } ?? false)
        if allowed || relative, !raw.containsWhitespace { return raw }
        report(
            "'\(key)' must be a web address starting with https:// or http:// (or mailto:), not '\(raw)'",
            at: location(ofValue: key))
        return nil
    }

    /// The common case of `webAddress`, decided on bytes: printable ASCII without spaces,
    /// starting with http://, https:// or mailto: in any case, or holding no `:` before its first
    /// `/`. Anything else takes the general path, which words the refusal.
    private static func isPlainWebAddress(_ raw: String) -> Bool {
        var raw = raw
        return raw.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return false }
            func hasPrefix(_ prefix: StaticString) -> Bool {
                guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
                for offset in 0..<prefix.utf8CodeUnitCount {
                    // ASCII letters lowercased by setting one bit; the prefixes' other bytes (`:`, `/`) have it set.
                    if bytes[offset] | 0x20 != prefix.utf8Start[offset] { return false }
                }
                return true
            }
            if hasPrefix("https://") || hasPrefix("http://") || hasPrefix("mailto:") { return true }
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return true }
            return bytes[..<colon].contains(UInt8(ascii: "/"))
        }
    }

    mutating func positiveInteger(_ key: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard let raw = text(value, key: key) else { return nil }
        guard let number = Int(raw.trimmingSpaces), number > 0 else {
            report("'\(key)' must be a whole number greater than 0, not '\(raw)'", at: location(value))
            return nil
        }
        return number
    }

    mutating func year(_ key: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard let raw = text(value, key: key) else { return nil }
        guard let year = Int(raw), (0...9999).contains(year) else {
            report("'\(key)' must be a year such as 2020, not '\(raw)'", at: location(value))
            return nil
        }
        return year
    }

    mutating func date(_ key: String) -> SeriesDate? {
        guard let value = value(key) else { return nil }
        guard let raw = text(value, key: key) else { return nil }
        guard let date = SeriesDate(raw) else {
            report("'\(key)' must be a date written YYYY-MM-DD, such as 2020-12-12, not '\(raw)'", at: location(value))
            return nil
        }
        return date
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let raw = text(value, key: key) else { return nil }
        switch raw.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report("'\(key)' must be true or false, not '\(raw)'", at: location(value))
            return nil
        }
    }

    /// A list of texts; a single text with commas ("A, B") is accepted as a list too.
    mutating func stringList(_ key: String) -> [(String, SourceLocation)] {
        guard let value = value(key) else { return [] }
        switch value {
        case .sequence(let sequence, _):
            var texts: [(String, SourceLocation)] = []
            texts.reserveCapacity(sequence.count)
            for item in sequence {
                if let text = text(item, key: key) { texts.append((text, location(item))) }
            }
            return texts
        case .scalar:
            guard let raw = text(value, key: key) else { return [] }
            return raw.split(separator: ",").map { (String($0).trimmingSpaces, location(value)) }
                .filter { !$0.0.isEmpty }
        default:
            report("'\(key)' must be a list, such as [A, B]", at: location(value))
            return []
        }
    }

    /// A list of mappings, each read by `read`.
    mutating func records<T>(_ key: String, _ read: (inout YAMLFields) -> T?) -> [T] {
        guard let value = value(key) else { return [] }
        guard case .sequence(let sequence, _) = value else {
            report("'\(key)' must be a list of entries, each starting with '- '", at: location(value))
            return []
        }
        var result: [T] = []
        for item in sequence {
            guard case .mapping(let pairs, _) = item else {
                report("each entry of '\(key)' must be 'key: value' lines", at: location(item))
                continue
            }
            var fields = nested(pairs, at: item)
            if let record = read(&fields) { result.append(record) }
            absorb(fields)
        }
        return result
    }

    /// A nested mapping (such as `author` in `site.yml`).
    mutating func record<T>(_ key: String, _ read: (inout YAMLFields) -> T?) -> T? {
        guard let value = value(key) else { return nil }
        guard case .mapping(let pairs, _) = value else {
            report("'\(key)' must be 'key: value' lines", at: location(value))
            return nil
        }
        var fields = nested(pairs, at: value)
        let record = read(&fields)
        absorb(fields)
        return record
    }

    // MARK: - Errors from the YAML parser

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return .error(
                "invalid YAML: \(problem)",
                at: SourceLocation(file: file, line: mark.line + lineShift, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                "key '\(duplicates.joined(separator: "', '"))' appears more than once",
                at: SourceLocation(file: file, line: context.mark.line + lineShift, column: context.mark.column))
        default:
            return .error("invalid YAML: \(error)", at: origin)
        }
    }

    private static func kind(of node: YAMLNode) -> String {
        switch node {
        case .mapping: return "set of 'key: value' lines"
        case .sequence: return "list"
        case .scalar: return "text"
        case .alias: return "alias"
        }
    }

    private static func leadingTab(in yaml: String) -> Int? {
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") { return index + 1 }
        }
        return nil
    }
}
