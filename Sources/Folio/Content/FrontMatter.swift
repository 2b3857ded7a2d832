/// A content file split into its YAML front matter and its Markdown body.
struct FrontMatter: Sendable {
    /// The YAML between the `---` lines.
    var yaml: String
    /// File line of the YAML's first line (2 when the file starts with `---`).
    var yamlFirstLine: Int
    var body: String
    /// File line on which the body starts.
    var bodyFirstLine: Int

    /// Splits `---\n<yaml>\n---\n<body>`. A file without front matter is all body;
    /// front matter that is opened but never closed is an error. Scans bytes once, line by
    /// line, and stops at the closing `---`: the body is never split into lines.
    static func split(_ source: SourceText) -> (FrontMatter, Diagnostic?) {
        let text = source.text
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let isDelimiter = Self.isDelimiter(bytes[lineStart..<lineEnd])
            if lineNumber == 1 {
                guard isDelimiter else {
                    return (FrontMatter(yaml: "", yamlFirstLine: 1, body: text, bodyFirstLine: 1), nil)
                }
                yamlStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            } else if isDelimiter, let yamlStart {
                let yaml = String(text[yamlStart..<lineStart])
                let bodyStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
                return (
                    FrontMatter(
                        yaml: yaml.hasSuffix("\n") ? String(yaml.dropLast()) : yaml, yamlFirstLine: 2,
                        body: String(text[bodyStart...]), bodyFirstLine: lineNumber + 1),
                    nil
                )
            }
            if lineEnd == bytes.endIndex { break }
            lineStart = bytes.index(after: lineEnd)
            lineNumber += 1
        }
        if yamlStart == nil {
            return (FrontMatter(yaml: "", yamlFirstLine: 1, body: text, bodyFirstLine: 1), nil)
        }
        let diagnostic = Diagnostic(
            .error, "front matter opened with '---' is never closed; add a line '---' after it",
            file: source.path, line: 1, column: 1)
        return (FrontMatter(yaml: "", yamlFirstLine: 2, body: "", bodyFirstLine: lineNumber), diagnostic)
    }

    /// `---`, optionally followed by spaces or tabs.
    private static func isDelimiter(_ line: String.UTF8View.SubSequence) -> Bool {
        guard line.count >= 3, line.prefix(3).allSatisfy({ $0 == UInt8(ascii: "-") }) else { return false }
        return line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
