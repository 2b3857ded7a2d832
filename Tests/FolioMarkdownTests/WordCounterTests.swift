import Testing

@testable import FolioMarkdown

@Suite struct WordCounterTests {
    /// The vector count agrees with counting byte by byte, for texts of every length split over
    /// several nodes, with and without word breaks between them.
    @Test func countsAsByteByByteCountingDoes() {
        var state: UInt64 = 99
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet: [UInt8] = Array(" \n\t\rab.é".utf8)
        for _ in 0..<3_000 {
            var counter = WordCounter()
            var expected = 0
            var inWord = false
            for _ in 0..<Int(next() % 4) + 1 {
                let text = (0..<Int(next() % 70)).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
                text.withUnsafeBufferPointer { counter.count($0) }
                for byte in text {
                    let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                    if !isSpace && !inWord { expected += 1 }
                    inWord = !isSpace
                }
                if next() % 3 == 0 {
                    counter.endWord()
                    inWord = false
                }
            }
            #expect(counter.total == expected)
        }
    }

    @Test func readingWordsOfARenderedBody() {
        #expect(MarkdownRenderer.render("One *two* `three`.\n\n- four five\n\n    six seven\n").wordCount == 7)
    }
}
