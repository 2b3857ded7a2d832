import Testing

@testable import FolioMarkdown

/// What a link's destination says about itself.
@Suite struct MarkdownLinkTests {
    /// A scheme is a letter, then letters, digits, `+`, `-` or `.`, up to the first `:`.
    @Test func schemesAreRecognized() {
        for yes in ["https://e.org", "mailto:a@b.org", "HTTPS://e.org", "a:", "x+y-z.1:rest", "tel:+1"] {
            #expect(MarkdownLink.hasScheme(yes), "\(yes)")
        }
        for no in ["", ":x", "1a:b", "a b:c", "a_b:c", "no-colon", "é:x", "a/b:c", "jane-hart.md"] {
            #expect(!MarkdownLink.hasScheme(no), "\(no)")
        }
    }

    /// Absolute: a scheme, or a path from the root; anything else is relative to the file.
    @Test func absoluteDestinations() {
        for yes in ["/c/", "//host/x", "mailto:a@b.org", "https://e.org/p"] {
            #expect(MarkdownLink.isAbsolute(yes), "\(yes)")
        }
        for no in ["", "a.md", "#x", "../d.md#x", "people/a.md", "a b:c"] {
            #expect(!MarkdownLink.isAbsolute(no), "\(no)")
        }
    }

    /// The check on a C string (as cmark keeps a destination) agrees with the one on a String.
    @Test func cStringsAgreeWithStrings() {
        let pieces = ["a", "Z", "1", ":", "/", ".", "+", "-", " ", "é", "#", "mailto", "http", "s"]
        var state: UInt64 = 3
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(state % 6) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            #expect(
                text.withCString { MarkdownLink.isAbsolute(cString: $0) } == MarkdownLink.isAbsolute(text), "\(text)")
        }
    }
}
