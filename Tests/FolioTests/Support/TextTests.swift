import Foundation
import Testing

@testable import Folio

@Suite struct TextTests {
    static let pieces = [
        "a", "B", " ", "  ", "\t", "\n", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "é", "-", "\u{1}", "x y",
        "\u{2028}", "\u{200B}",
    ]

    static func randomTexts(_ count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    /// Every space separator lies below U+3100; U+FE00–U+FFFF holds the byte-order mark and other
    /// specials. (All of U+0000–U+10FFFF agreed when this was written; that takes minutes under
    /// ThreadSanitizer, so the test keeps to these ranges.)
    @Test func spaceOrTabIsFoundationsWhitespaceSet() {
        for value in Array(UInt32(0)...0x30FF) + Array(UInt32(0xFE00)...0xFFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isSpaceOrTab == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    /// The control characters go, scalar by scalar, whether the rest is ASCII or not.
    @Test func controlCharactersAreRemoved() {
        #expect("Ann\u{FFFF}".withoutControlCharacters == "Ann")
        #expect("Ann\u{FFFE} Lee".withoutControlCharacters == "Ann Lee")
        #expect("a\u{7}b\u{7F}c".withoutControlCharacters == "abc")
        #expect("Zoë\u{85}\u{9F}".withoutControlCharacters == "Zoë")
        #expect("tab\tnew\nline\r".withoutControlCharacters == "tab\tnew\nline\r")
        #expect("ï¿½ plain €".withoutControlCharacters == "ï¿½ plain €")
        for text in Self.randomTexts(2_000, seed: 33) + Self.randomTexts(200, seed: 34).map({ $0 + "\u{FFFF}" }) {
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.isDisallowedControl }))
            #expect(text.withoutControlCharacters == expected, "\(text.debugDescription)")
        }
    }

    /// The byte check agrees with the scalar rule for every scalar near the refused ones, at
    /// every place in a block of eight bytes and after it.
    @Test func disallowedControlsAreFoundOnTheBytes() {
        let scalars =
            (0..<0x300).compactMap(Unicode.Scalar.init)
            + (0xFEF0...0xFFFF).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{10FFFF}"]
        for scalar in scalars {
            for before in 0..<12 {
                var text = String(repeating: "a", count: before) + String(scalar) + "bcdefghijk"
                let found = text.withUTF8 { String.hasDisallowedControl($0) }
                #expect(found == scalar.isDisallowedControl, "U+\(String(scalar.value, radix: 16)) after \(before)")
            }
        }
    }

    /// Text said to have no capitals is its own lower case (the case-clash check skips it).
    @Test func textWithoutCapitalsIsItsOwnLowerCase() {
        var withoutCapitals = 0
        for text in Self.randomTexts(2_000, seed: 35) + ["people/Ann-Lee.md", "ÉMILE", "already/lower.html", "İ"] {
            if text.mayHaveCapitals { continue }
            withoutCapitals += 1
            #expect(text.lowercased() == text, "\(text.debugDescription)")
        }
        #expect(withoutCapitals > 0)
        #expect("people/Ann-Lee.md".mayHaveCapitals && "İ".mayHaveCapitals && !"already/lower.html".mayHaveCapitals)
    }

    @Test func trimmingSpacesIsFoundationsTrimming() {
        for text in Self.randomTexts(5_000, seed: 21) {
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    /// The shortcut for text that needs no change gives what the general path gives.
    @Test func collapsingWhitespaceMatchesTheScalarRule() {
        for text in Self.randomTexts(5_000, seed: 22) + ["Ada Quist", "Ada  Quist", " Ada", "Ada "] {
            var expected = ""
            var pending = false
            for scalar in text.unicodeScalars {
                if scalar.properties.isWhitespace {
                    pending = !expected.isEmpty
                } else {
                    if pending { expected += " " }
                    pending = false
                    expected.unicodeScalars.append(scalar)
                }
            }
            #expect(text.collapsingWhitespace == expected, "\(text.debugDescription)")
        }
    }

    /// Web addresses with whitespace are refused; the byte check for ASCII must agree with
    /// `Character.isWhitespace` on any text.
    @Test func whitespaceInAddressesAsCharacterSeesIt() {
        var random = SeededGenerator(state: 23)
        let pieces: [Character] = [
            "a", "/", ":", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2003}", "\u{3000}", "é",
            "\r\n", "x",
        ]
        for _ in 0..<3_000 {
            let text = String(
                (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! })
            #expect(
                text.containsWhitespace == text.contains { $0.isWhitespace }, "\(text.debugDescription)")
        }
    }
}
