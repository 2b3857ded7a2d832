import FolioMarkdown
import Testing

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
}
