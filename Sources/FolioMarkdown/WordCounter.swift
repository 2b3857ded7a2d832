/// Counts words (runs of non-whitespace) for reading time. A word may span several text
/// nodes ("`code`." is one word); block boundaries and line breaks end a word.
struct WordCounter {
    private(set) var total = 0
    private var inWord = false

    mutating func count(_ text: String) {
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !isSpace && !inWord { total += 1 }
            inWord = !isSpace
        }
    }

    mutating func endWord() {
        inWord = false
    }
}
