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
        guard let data = FileBytes.readBytes(file.absolutePath) else {
            return (nil, [Diagnostic(.error, "cannot read file", file: file.sitePath)])
        }
        return decode(data, path: file.sitePath)
    }

    static func decode(_ data: [UInt8], path: String) -> (SourceText?, [Diagnostic]) {
        data.withUnsafeBufferPointer { whole in
            var bytes = whole
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
            // The standard library's check is the fast one; the located check runs only when it
            // (or the search for a NUL) has found a problem, to say where.
            let valid = Self.validated(bytes)
            let hasNUL = bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
            if valid == nil || hasNUL, var bad = UTF8Check.firstProblem(in: bytes) {
                // A NUL anywhere says more ("not a text file") than a bad sequence before it.
                if !bad.isNUL, let nul = bytes.firstIndex(of: 0) { bad = UTF8Check.Problem(offset: nul, isNUL: true) }
                let (line, column) = Self.position(of: bad.offset, in: bytes)
                let message =
                    bad.isNUL
                    ? "file contains a NUL byte; is it a text file?"
                    : "file is not valid UTF-8 (save it as UTF-8 text)"
                return (nil, [Diagnostic(.error, message, file: path, line: line, column: column)])
            }
            let text = valid ?? String(decoding: bytes, as: UTF8.self)
            let hasReturn = bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false
            return (SourceText(path: path, text: hasReturn ? normalizeLineEndings(text) : text), [])
        }
    }

    /// The text when `bytes` are valid UTF-8, else nil: the standard library's check where the
    /// system has it (Linux, macOS 15 and later), Folio's located check (`UTF8Check`) before.
    private static func validated(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if #available(macOS 15, *) { return String(validating: bytes, as: UTF8.self) }
        return UTF8Check.firstProblem(in: bytes) == nil ? String(decoding: bytes, as: UTF8.self) : nil
    }

    static func normalizeLineEndings(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// 1-based line and character column of a byte offset.
    static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
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
