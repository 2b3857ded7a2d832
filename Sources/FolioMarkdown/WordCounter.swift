/// Counts words (runs of non-whitespace) across text fragments, for reading time.
struct WordCounter {
    private(set) var total = 0

    mutating func count(_ text: String) {
        var inWord = false
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !isSpace && !inWord { total += 1 }
            inWord = !isSpace
        }
    }
}
