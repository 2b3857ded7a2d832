import Testing

@testable import FolioMarkdown

@Suite struct SlugTests {
    @Test(arguments: [
        ("Social learning", "social-learning"), ("Social  Learning ", "social-learning"),
        ("Ölçek & Co.", "olcek-co"), ("O'Neil", "oneil"), ("--x--", "x"), ("...", ""), ("C++ / C#", "c-c"),
        ("Zoë Ávila", "zoe-avila"), ("O'Neil’s Notes", "oneils-notes"), ("", ""),
    ])
    func slugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func validity() {
        #expect(Slug.isValid("jane-hart"))
        #expect(!Slug.isValid("Jane-Hart"))
        #expect(!Slug.isValid("jane--hart"))
        #expect(!Slug.isValid(""))
    }

    /// ASCII text (read on its bytes) gets the slug the rule gives, on random texts of letters,
    /// digits, apostrophes, punctuation and spaces.
    @Test func asciiSlugsFollowTheRule() {
        var state: UInt64 = 41
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("aZ09 -'._/!Mq\t")
        for _ in 0..<5_000 {
            let text = String((0..<next(30)).map { _ in alphabet[next(alphabet.count)] })
            // The rule: words of letters and digits, lowercased, joined by one dash; apostrophes vanish.
            let words = text.filter { $0 != "'" }.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            #expect(Slug.make(text) == words.map { $0.lowercased() }.joined(separator: "-"), "\(text)")
        }
    }
}
