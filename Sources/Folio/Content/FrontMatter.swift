#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A content file split into its YAML front matter and its Markdown body.
struct FrontMatter: Sendable {
    /// The YAML between the `---` lines.
    var yaml: String
    /// File line of the YAML's first line (2 when the file starts with `---`).
    var yamlFirstLine: Int
    /// The rest of the file, not copied out of it.
    var body: Substring
    /// File line on which the body starts.
    var bodyFirstLine: Int

    /// Splits `---\n<yaml>\n---\n<body>`. A file without front matter is all body;
    /// front matter that is opened but never closed is an error. Scans bytes once, line by
    /// line, and stops at the closing `---`: the body is never split into lines.
    static func split(_ source: SourceText) -> (FrontMatter, Diagnostic?) {
        var text = source.text
        let whole = text
        return text.withUTF8 { bytes in
            func string(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            var lineStart = 0
            var lineNumber = 1
            var yamlStart: Int?
            while lineStart < bytes.count {
                let lineEnd =
                    memchr(bytes.baseAddress! + lineStart, 0x0A, bytes.count - lineStart).map {
                        UnsafeRawPointer($0) - UnsafeRawPointer(bytes.baseAddress!)
                    } ?? bytes.count
                let isDelimiter = Self.isDelimiter(bytes[lineStart..<lineEnd])
                if lineNumber == 1 {
                    guard isDelimiter else {
                        return (FrontMatter(yaml: "", yamlFirstLine: 1, body: whole[...], bodyFirstLine: 1), nil)
                    }
                    yamlStart = min(lineEnd + 1, bytes.count)
                } else if isDelimiter, let yamlStart {
                    // The YAML without the line break before the closing `---`.
                    let yamlEnd = max(yamlStart, lineStart - 1)
                    return (
                        FrontMatter(
                            yaml: string(yamlStart..<yamlEnd), yamlFirstLine: 2,
                            body: whole[whole.utf8.index(whole.startIndex, offsetBy: min(lineEnd + 1, bytes.count))...],
                            bodyFirstLine: lineNumber + 1),
                        nil
                    )
                }
                if lineEnd == bytes.count { break }
                lineStart = lineEnd + 1
                lineNumber += 1
            }
            if yamlStart == nil {
                return (FrontMatter(yaml: "", yamlFirstLine: 1, body: whole[...], bodyFirstLine: 1), nil)
            }
            let diagnostic = Diagnostic(
                .error, "front matter opened with '---' is never closed; add a line '---' after it",
                file: source.path, line: 1, column: 1)
            return (FrontMatter(yaml: "", yamlFirstLine: 2, body: "", bodyFirstLine: lineNumber), diagnostic)
        }
    }

    /// `---`, optionally followed by spaces or tabs.
    private static func isDelimiter(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard line.count >= 3, line.prefix(3).allSatisfy({ $0 == UInt8(ascii: "-") }) else { return false }
        return line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
