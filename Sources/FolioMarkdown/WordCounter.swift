#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Counts words (runs of non-whitespace) for reading time. A word may span several text
/// nodes ("`code`." is one word); block boundaries and line breaks end a word.
struct WordCounter {
    private(set) var total = 0
    private var inWord = false

    /// Counts the words of a node's text as cmark holds it (no Swift string is made).
    mutating func count(_ text: UnsafePointer<CChar>?) {
        guard let text else { return }
        let length = strlen(text)
        var total = self.total
        var inWord = self.inWord
        // Bit n set: byte n is whitespace (tab, line feed, carriage return, space).
        let spaces: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20
        var byte = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        let end = byte + length
        while byte < end {
            let value = byte.pointee
            let isSpace = value < 64 && (spaces >> UInt64(value)) & 1 == 1
            total &+= (!isSpace && !inWord) ? 1 : 0
            inWord = !isSpace
            byte += 1
        }
        self.total = total
        self.inWord = inWord
    }

    mutating func endWord() {
        inWord = false
    }
}
