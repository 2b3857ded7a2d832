import CCmarkScan
import Testing

@testable import FolioMarkdown

/// The one C pass over a body's nodes: words, links, headings and the first paragraph.
@Suite struct BodyScanTests {
    /// The C count agrees with counting byte by byte in Swift, for texts of every length split
    /// over several calls, with and without word breaks between them.
    @Test func countsWordsAsByteByByteCountingDoes() {
        var state: UInt64 = 99
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        // Spaces, their neighbours in value ("!", 0x08, 0x0B, 0x0C) and bytes with the high bit set,
        // where an inexact byte comparison would give false matches.
        let alphabet: [UInt8] = Array(" \n\t\rab.é\u{0B}\u{0C}!".utf8) + [0x08, 0x1F, 0x89, 0x8A, 0x8D, 0xA0, 0xFF]
        for _ in 0..<3_000 {
            var total = 0
            var inWord: Int32 = 0
            var expected = 0
            var expectedInWord = false
            for _ in 0..<Int(next() % 4) + 1 {
                let text = (0..<Int(next() % 70)).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
                total += text.withUnsafeBufferPointer { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { folio_count_words($0.baseAddress, $0.count, &inWord) }
                }
                for byte in text {
                    let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                    if !isSpace && !expectedInWord { expected += 1 }
                    expectedInWord = !isSpace
                }
                if next() % 3 == 0 {
                    inWord = 0
                    expectedInWord = false
                }
            }
            #expect(total == expected)
        }
    }

    /// Counting up to the NUL agrees with counting a known length, from every alignment, for
    /// texts ending anywhere in a block of sixteen bytes.
    @Test func countsWordsOfNULTerminatedTextsAsWithALength() {
        var state: UInt64 = 5
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet: [UInt8] = Array(" \n\t\rab.é\u{0B}\u{0C}!".utf8) + [0x08, 0x1F, 0x89, 0x8A, 0xA0, 0xFF]
        // Bytes around the text (words and spaces) that would change the count if they were read.
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: 128)
        buffer.initialize(repeating: 0, count: 128)
        defer { buffer.deallocate() }
        for _ in 0..<20_000 {
            let offset = Int(next() % 32)
            let text = (0..<Int(next() % 80)).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
            for index in 0..<128 { buffer[index] = CChar(bitPattern: alphabet[Int(next() % UInt64(alphabet.count))]) }
            for (index, byte) in text.enumerated() { buffer[offset + index] = CChar(bitPattern: byte) }
            buffer[offset + text.count] = 0
            for startInWord: Int32 in [0, 1] {
                var withLength = startInWord
                var withNUL = startInWord
                let expected = folio_count_words(buffer + offset, text.count, &withLength)
                #expect(folio_count_words_cstr(buffer + offset, &withNUL) == expected, "\(text) at \(offset)")
                #expect(withNUL == withLength, "\(text) at \(offset)")
            }
        }
    }

    @Test(arguments: [
        ("One *two* `three`.\n\n- four five\n\n    six seven\n", 7),
        ("a*b*`c`d\n", 1),  // inline nodes inside one word
        ("one\ntwo\n", 2),  // a soft break ends a word
        ("one\\\ntwo  \nthree\n", 3),  // hard breaks
        ("# Head\nbody\n\n> quoted\n\n```\ncode  block\n```\nafter\n", 6),
        ("<div>\nnot counted\n</div>\n\nword\n", 1),
        ("", 0),
    ])
    func wordsOfARenderedBody(markdown: String, words: Int) {
        #expect(MarkdownRenderer.render(markdown).wordCount == words)
    }

    /// Lists of link and heading nodes grow past their first allocation and keep document order.
    @Test func manyLinksAndHeadingsInOrder() {
        let markdown = (0..<37).map { "## Part \($0)\n\n[l\($0)](p\($0).md) ![i\($0)](i\($0).png)\n" }.joined(
            separator: "\n")
        let rendered = MarkdownRenderer.render(markdown)
        #expect(rendered.links.map(\.destination) == (0..<37).flatMap { ["p\($0).md", "i\($0).png"] })
        #expect(rendered.links.map(\.kind) == (0..<37).flatMap { _ in [MarkdownLink.Kind.link, .image] })
        #expect(rendered.headings.map(\.text) == (0..<37).map { "Part \($0)" })
        #expect(rendered.firstParagraph == "l0 i0")
    }

    /// Every heading level gets its id in the tag cmark would write; the plain text of a long
    /// paragraph keeps code and turns line breaks into spaces.
    @Test func headingIDsAtEveryLevelAndLongPlainText() {
        let markdown = (1...6).map { "\(String(repeating: "#", count: $0)) Level \($0)\n" }.joined()
        let html = MarkdownRenderer.render(markdown).html
        for level in 1...6 { #expect(html.contains("<h\(level) id=\"level-\(level)\">Level \(level)</h\(level)>\n")) }
        let words = (0..<40).map { "word\($0)" }
        let paragraph =
            words[..<20].joined(separator: " ") + " `code`\n" + words[20...].joined(separator: " ") + "\\\nend"
        #expect(
            MarkdownRenderer.render(paragraph).firstParagraph
                == words[..<20].joined(separator: " ") + " code " + words[20...].joined(separator: " ") + " end")
    }

    @Test func firstParagraphIsTopLevel() {
        #expect(
            MarkdownRenderer.render("> quoted\n\n- item\n\nTop *level*.\n\nLater.\n").firstParagraph == "Top level.")
        #expect(MarkdownRenderer.render("# Only a heading\n").firstParagraph == "")
    }

    /// Each link's column is that of the first occurrence of its destination on its line,
    /// counted in Unicode scalars from 1: many links per line, text that is not ASCII.
    @Test func linkColumnsOnLinesWithManyLinks() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let words = ["plain", "é", "日本", "x", "**bold**", "`c`", "ü ü"]
        for _ in 0..<300 {
            var lines: [String] = []
            for _ in 0..<1 + next(4) {
                var line = ""
                for _ in 0..<1 + next(8) {
                    line += words[next(words.count)] + " "
                    // Destinations that are parts of others ("d1.md" in "xd1.md"): found at their first place.
                    if next(2) == 0 { line += "[t](\(next(2) == 0 ? "x" : "")d\(next(4)).md) " }
                }
                lines.append(line)
            }
            let rendered = MarkdownRenderer.render(lines.joined(separator: "\n\n"))
            for link in rendered.links {
                let line = lines[(link.line - 1) / 2]
                let start = line.range(of: link.destination)!.lowerBound
                #expect(link.column == line[..<start].unicodeScalars.count + 1, "\(line) \(link.destination)")
            }
        }
    }
}
