import Foundation
import Testing

@testable import Folio

@Suite struct ExcerptTests {
    @Test func shortTextIsKeptWithItsWhitespaceCollapsed() {
        #expect(excerpt("  One \n two\tthree  ") == "One two three")
        #expect(excerpt("") == "")
        #expect(excerpt(" ") == "")
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

    @Test func punctuationAtTheCutIsTrimmedAsFoundationWould() {
        // The cut text loses the punctuation at its ends, as `.punctuationCharacters` defines it
        // (Unicode's P* categories); symbols such as "$" or "+" stay.
        let texts = [
            "«Hello», she said — and (then) left… for good.", "‘Quoted’ words; “more” words: fin!",
            "¿Qué? ¡Sí! Señora Núñez, presidenta.", "$5 + 10% = price_tag, #1 rank @home",
            "a_b-c.d,e;f:g!h?i'j\"k(l)m[n]o{p}q", "Ölçek (1987), Şişli — İstanbul.",
        ]
        for text in texts {
            for limit in 2...text.unicodeScalars.count {
                let result = excerpt(text, limit: limit)
                guard result.hasSuffix("…") else { continue }
                let kept = String(result.dropLast())
                #expect(kept == kept.trimmingCharacters(in: .punctuationCharacters), "\(text) at \(limit)")
                #expect(text.contains(kept), "\(text) at \(limit)")
            }
        }
        #expect(excerpt("«Hello», she said to them", limit: 12) == "Hello…")
        #expect(excerpt("$5 + 10% of it", limit: 9) == "$5 + 10…")
    }

    /// ASCII text takes a byte path: it must give what the scalar path gives.
    @Test func asciiPathMatchesTheScalarPath() {
        var random = SeededGenerator(state: 31)
        let pieces = [
            "a", "bc", "defg", " ", "  ", "\t", "\n", ",", ".", "(", ")", "$", "+", "-", "\"", "!", "_",
            "longerwordsthanablock", "\u{01}", "\u{7F}", "\u{1F}", "~",
        ]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            let limit = Int.random(in: 1...40, using: &random)
            #expect(
                asciiExcerpt(text, limit: limit) == scalarExcerpt(text, limit: limit),
                "\(text.debugDescription) \(limit)")
        }
        // Words of printable ASCII with single spaces (the shortcut's text), cut near their end.
        let words = ["a", "bc", "defg", ",", "(x)", "$5", "well-known", "ok.", "longerwordsthanablock", "~"]
        for _ in 0..<5_000 {
            var text = (0..<Int.random(in: 1...8, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined(separator: " ")
            if Bool.random(using: &random) { text += " " }
            if Int.random(in: 0..<4, using: &random) == 0 { text += " ü" }
            let limit = Int.random(in: 1...(text.utf8.count + 2), using: &random)
            #expect(
                asciiExcerpt(text, limit: limit) ?? scalarExcerpt(text, limit: limit)
                    == scalarExcerpt(text, limit: limit),
                "\(text.debugDescription) \(limit)")
        }
        #expect(asciiExcerpt("naïve text", limit: 5) == nil)
        // ASCII up to the cut and not after it: the byte path answers, as the scalar path would.
        for limit in 1...12 {
            let text = "Plain words, then ünïcödé and 日本語 text"
            #expect(excerpt(text, limit: limit) == scalarExcerpt(text, limit: limit), "\(limit)")
        }
    }
}
