/// Finds columns in the source text. cmark's inline columns are offsets into a paragraph's
/// stripped content, so a link's column is found again in its source line: the column of
/// the destination as written, counted in characters from 1.
struct SourceLocator {
    private let bytes: [UInt8]
    /// Byte offset of the start of each line; index 0 is line 1.
    private let lineStarts: [Int]

    init(source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    func column(of destination: String, line: Int, near cmarkColumn: Int) -> Int {
        guard let range = lineRange(line) else { return max(cmarkColumn, 1) }
        let needle = Array(destination.utf8)
        if !needle.isEmpty, let offset = find(needle, in: range) {
            return characterColumn(lineStart: range.lowerBound, offset: offset)
        }
        return max(cmarkColumn, 1)
    }

    private func lineRange(_ line: Int) -> Range<Int>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return start..<end
    }

    private func find(_ needle: [UInt8], in range: Range<Int>) -> Int? {
        guard range.count >= needle.count else { return nil }
        var index = range.lowerBound
        while index + needle.count <= range.upperBound {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    private func characterColumn(lineStart: Int, offset: Int) -> Int {
        var column = 1
        for byte in bytes[lineStart..<offset] where byte & 0xC0 != 0x80 {
            column += 1
        }
        return column
    }
}
