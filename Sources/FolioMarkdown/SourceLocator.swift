import CCmarkScan

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds columns in the source text. cmark's inline columns are offsets into a paragraph's
/// stripped content, so a link's column is found again in its source line: the column of
/// the destination as written, counted in characters from 1. Works on the source's bytes as
/// they are (no copy); links come in document order, so line starts are found going forward.
struct SourceLocator {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offset of the start of each line found so far; index 0 is line 1.
    private var lineStarts = [0]
    /// The last column worked out: its byte offset and column (links come in order, several
    /// on a line: counting goes on from there instead of from the line's start).
    private var counted: (offset: Int, column: Int)?
    /// The last line whose bytes were checked, and whether they are all ASCII (then a column is
    /// the byte offset from the line's start, with nothing to count).
    private var checkedLine: (line: Int, isASCII: Bool)?

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func column(of destination: String, line: Int, near cmarkColumn: Int) -> Int {
        guard let range = lineRange(line) else { return max(cmarkColumn, 1) }
        var needle = destination
        let offset: Int? = needle.withUTF8 { needle in
            guard !needle.isEmpty, let base = bytes.baseAddress, range.count >= needle.count else { return nil }
            // The first place in the line that holds the whole destination.
            guard let hit = folio_find_bytes(base + range.lowerBound, range.count, needle.baseAddress!, needle.count)
            else {
                return nil
            }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        guard let offset else { return max(cmarkColumn, 1) }
        if checkedLine?.line != line { checkedLine = (line, allASCII(UnsafeBufferPointer(rebasing: bytes[range]))) }
        if checkedLine?.isASCII == true { return offset - range.lowerBound + 1 }
        var column = 1  // one per character start: every byte but UTF-8 continuation bytes
        var index = range.lowerBound
        if let counted, counted.offset >= range.lowerBound, counted.offset <= offset {
            (index, column) = counted
        }
        // Eight bytes at a time: each adds one, less its continuation bytes (high bits `10`).
        let base = bytes.baseAddress!
        while index + 8 <= offset {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
            column &+= 8 &- continuations.nonzeroBitCount
            index &+= 8
        }
        while index < offset {
            column &+= bytes[index] & 0xC0 != 0x80 ? 1 : 0
            index &+= 1
        }
        counted = (offset, column)
        return column
    }

    private mutating func lineRange(_ line: Int) -> Range<Int>? {
        guard line >= 1, let base = bytes.baseAddress else { return nil }
        // Room for the lines of a body of long paragraphs, at once rather than by doubling.
        if lineStarts.count == 1 { lineStarts.reserveCapacity(bytes.count / 64 + 8) }
        while lineStarts.count <= line, let last = lineStarts.last, last <= bytes.count {
            // The start of the next line, or one past the end when there is none.
            let newline = last < bytes.count ? memchr(base + last, 0x0A, bytes.count - last) : nil
            lineStarts.append(newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) + 1 } ?? bytes.count + 1)
        }
        guard line < lineStarts.count, lineStarts[line - 1] <= bytes.count else { return nil }
        return lineStarts[line - 1]..<(lineStarts[line] - 1)
    }
}
