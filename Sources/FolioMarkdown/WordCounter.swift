/// Counts words (runs of non-whitespace) for reading time. A word may span several text
/// nodes ("`code`." is one word); block boundaries and line breaks end a word.
struct WordCounter {
    private(set) var total = 0
    private var inWord = false

    /// Counts the words of a node's text as cmark holds it (no Swift string is made).
    mutating func count(_ text: UnsafePointer<CChar>?) {
        guard var byte = text else { return }
        while byte.pointee != 0 {
            let value = UInt8(bitPattern: byte.pointee)
            let isSpace = value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D
            if !isSpace && !inWord { total += 1 }
            inWord = !isSpace
            byte += 1
        }
    }

    mutating func endWord() {
        inWord = false
    }
}
