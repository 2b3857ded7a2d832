import Testing

@testable import Folio

@Suite struct ExcerptTests {
    @Test func shortTextIsKeptWithItsWhitespaceCollapsed() {
        #expect(excerpt("  One \n two\tthree  ") == "One two three")
    }

    @Test func longTextIsCutAtAWordBoundary() {
        #expect(excerpt("alpha beta gamma", limit: 12) == "alpha beta…")
        // The character after the limit is a space: the last word is whole but still dropped.
        #expect(excerpt("alpha beta gamma", limit: 10) == "alpha…")
        // The limit falls on a space: the word before it stays.
        #expect(excerpt("alpha beta gamma", limit: 11) == "alpha beta…")
        #expect(excerpt("alpha, beta gamma", limit: 8) == "alpha…")
        #expect(excerpt("Zoë   Ünal über alles", limit: 11) == "Zoë Ünal…")
    }
}
