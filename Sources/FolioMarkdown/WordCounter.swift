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
        count(
            UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text)))
    }

    /// A word starts at each non-space byte that follows a space (or a word break). (Swift's
    /// SIMD types were tried here: without specialization they ran many times slower.)
    mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Bit n set: byte n is whitespace (tab, line feed, carriage return, space).
        let spaces: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20
        var total = self.total
        var inWord = self.inWord
        for byte in bytes {
            let isSpace = byte < 64 && (spaces >> UInt64(byte)) & 1 == 1
            total &+= (!isSpace && !inWord) ? 1 : 0
            inWord = !isSpace
        }
        self.total = total
        self.inWord = inWord
    }

    mutating func endWord() {
        inWord = false
    }
}
