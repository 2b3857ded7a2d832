import Foundation

/// The normalization the CommonMark spec's test runner applies before comparing HTML:
/// whitespace around block-level tags dropped, runs of whitespace collapsed outside `<pre>`,
/// attributes sorted, self-closing slashes and character references made uniform. Applied
/// to both sides, so it can hide no difference in content.
enum HTMLNormalizer {
    static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button",
        "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div",
        "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption",
        "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video",
        "script", "style",
    ]

    static func normalize(_ html: String) -> String {
        var output = ""
        var index = html.startIndex
        var inPre = false
        var lastWasBlockTag = true
        while index < html.endIndex {
            if html[index] == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = String(html[index...close])
                let (name, isClosing, normalizedTag) = normalizeTag(tag)
                if blockTags.contains(name) {
                    while output.last?.isWhitespace == true, !inPre { output.removeLast() }
                    lastWasBlockTag = true
                } else {
                    lastWasBlockTag = false
                }
                if name == "pre" { inPre = !isClosing }
                output += normalizedTag
                index = html.index(after: close)
                continue
            }
            let next = html[html.index(after: index)...].firstIndex(of: "<") ?? html.endIndex
            var text = String(html[index..<next])
            text = decodeReferences(text)
            if !inPre {
                text = text.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
                if lastWasBlockTag { text = String(text.drop { $0 == " " }) }
            }
            output += escape(text)
            if !text.isEmpty { lastWasBlockTag = false }
            index = next
        }
        while output.last?.isWhitespace == true { output.removeLast() }
        return output
    }

    private static func normalizeTag(_ tag: String) -> (name: String, closing: Bool, text: String) {
        if tag.hasPrefix("<!") || tag.hasPrefix("<?") { return ("", false, tag) }
        var inner = tag.dropFirst().dropLast()
        let closing = inner.hasPrefix("/")
        if closing { inner = inner.dropFirst() }
        if inner.hasSuffix("/") { inner = inner.dropLast() }
        let parts = splitAttributes(String(inner))
        guard let first = parts.first else { return ("", closing, tag) }
        let name = first.lowercased()
        let attributes = parts.dropFirst().map { attribute -> String in
            guard let equals = attribute.firstIndex(of: "=") else { return attribute.lowercased() }
            let key = attribute[..<equals].lowercased()
            var value = String(attribute[attribute.index(after: equals)...])
            if value.hasPrefix("\"") || value.hasPrefix("'") { value = String(value.dropFirst().dropLast()) }
            return "\(key)=\"\(escape(decodeReferences(value)))\""
        }.sorted()
        let text = "<" + (closing ? "/" : "") + ([name] + attributes).joined(separator: " ") + ">"
        return (name, closing, text)
    }

    private static func splitAttributes(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
                current.append(character)
            } else if character.isWhitespace {
                if !current.isEmpty { parts.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    private static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, value) in [("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&lt;", "<"), ("&gt;", ">")] {
            result = result.replacingOccurrences(of: entity, with: value)
        }
        return result.replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
