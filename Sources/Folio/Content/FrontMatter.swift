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
    /// front matter that is opened but never closed is an error.
    static func split(_ source: SourceText) -> (FrontMatter, Diagnostic?) {
        let text = source.text
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("--- \n") else {
            return (FrontMatter(yaml: "", yamlFirstLine: 1, body: text, bodyFirstLine: 1), nil)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        lines.removeFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.first {
            lines.removeFirst()
            lineNumber += 1
            if isDelimiter(line) {
                let body = lines.joined(separator: "\n")
                return (
                    FrontMatter(
                        yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2, body: body,
                        bodyFirstLine: lineNumber + 1),
                    nil
                )
            }
            yamlLines.append(line)
        }
        let diagnostic = Diagnostic(
            .error, "front matter opened with '---' is never closed; add a line '---' after it",
            file: source.path, line: 1, column: 1)
        return (FrontMatter(yaml: "", yamlFirstLine: 2, body: "", bodyFirstLine: lineNumber), diagnostic)
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
