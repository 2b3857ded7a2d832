import Foundation

/// A text file of the site, read and normalized: UTF-8, no byte-order mark, `\n` line endings.
public struct SourceText: Sendable {
    /// Path relative to the site folder, as diagnostics print it.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Reads and decodes a file. Invalid UTF-8 and NUL bytes are errors located at the first bad byte.
    static func read(_ file: ContentFile) -> (SourceText?, [Diagnostic]) {
        guard let data = FileBytes.read(file.absolutePath) else {
            return (nil, [Diagnostic(.error, "cannot read file", file: file.sitePath)])
        }
        return decode(data, path: file.sitePath)
    }

    static func decode(_ data: Data, path: String) -> (SourceText?, [Diagnostic]) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = Self.position(of: nul, in: bytes)
            return (
                nil,
                [
                    Diagnostic(
                        .error, "file contains a NUL byte; is it a text file?", file: path, line: line,
                        column: column)
                ]
            )
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = Self.firstInvalidUTF8(bytes)
            let (line, column) = Self.position(of: bad, in: bytes)
            return (
                nil,
                [
                    Diagnostic(
                        .error, "file is not valid UTF-8 (save it as UTF-8 text)", file: path, line: line,
                        column: column)
                ]
            )
        }
        return (SourceText(path: path, text: normalizeLineEndings(text)), [])
    }

    static func normalizeLineEndings(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > bytes.count { return index }
            let chunk = Array(bytes[index..<(index + length)])
            if String(validating: chunk, as: UTF8.self) == nil { return index }
            index += length
        }
        return bytes.count
    }

    /// 1-based line and character column of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
