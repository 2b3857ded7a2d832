import Foundation
import Testing

@testable import Folio

@Suite struct SiteBuilderTests {
    @Test func duplicateNumbersNameBothFiles() {
        let site = TestSite([
            "Content/people/a-one.md": TestSite.profile("A One", number: 7),
            "Content/people/b-two.md": TestSite.profile("B Two", number: 7),
        ])
        #expect(
            site.build().lines == [
                "Content/people/a-one.md:3:9: error: number 7 is also used by Content/people/b-two.md; each profile needs its own number",
                "Content/people/b-two.md:3:9: error: number 7 is also used by Content/people/a-one.md; each profile needs its own number",
            ])
        #expect(!site.exists("index.html"))
    }

    @Test func topicNameIsTheMostCommonSpellingUnlessItsFileNamesIt() throws {
        let site = TestSite([
            "Content/people/a-one.md": TestSite.profile("A One", number: 1, extra: "topics: [Social Learning, KM]"),
            "Content/people/b-two.md": TestSite.profile("B Two", number: 2, extra: "topics: [social learning]"),
            "Content/people/c-three.md": TestSite.profile(
                "C Three", number: 3, extra: "topics: [social  learning, km]"),
            "Content/topics/km.md": "---\nname: Knowledge Management\n---\nAbout KM.\n",
        ])
        #expect(site.build().lines == [])
        let index = try #require(site.read("topics/index.html"))
        #expect(index.contains(">social learning</a> <span class=\"count\">3</span>"))
        #expect(index.contains(">Knowledge Management</a> <span class=\"count\">2</span>"))
    }

    /// Backlinks on random series against a plain reading: each person's mentioners are the
    /// series positions of the profiles that link to them, each once, in series order.
    @Test func backlinksAreEachMentionerOnceInSeriesOrder() {
        var random = SeededGenerator(state: 5)
        for _ in 0..<200 {
            let count = Int.random(in: 1...12, using: &random)
            let people = (0..<count).map { TopicIndexTests.person($0, []) }
            var site = Site(
                config: SiteConfig.parse(nil, baseURLOverride: nil).0, people: people, topics: [], pages: [],
                staticFiles: [],
                photoFiles: [:])
            // Profiles in content order, which differs from series order.
            let positions = (0..<count).shuffled(using: &random)
            let mentions = (0..<Int.random(in: 0...30, using: &random)).map { _ in
                LinkChecker.Mention(
                    target: Int.random(in: 0..<count, using: &random), source: Int.random(in: 0..<count, using: &random)
                )
            }
            SiteBuilder.addBacklinks(mentions, positions: positions, to: &site)
            for position in 0..<count {
                let expected = Set(mentions.filter { positions[$0.target] == position }.map { positions[$0.source] })
                #expect(site.people[position].mentionedIn == expected.sorted())
            }
        }
    }

    @Test func sortNamesAndInitials() {
        #expect(ProfileParser.defaultSortName("Jane Hart") == "Hart, Jane")
        #expect(ProfileParser.defaultSortName("Anna Maria de Souza") == "Souza, Anna Maria de")
        #expect(ProfileParser.defaultSortName("Plato") == "Plato")
        // Two spaces in a row: the words are found by splitting, in ASCII and in other text.
        #expect(ProfileParser.defaultSortName("Jane  Hart") == "Hart, Jane")
        #expect(ProfileParser.defaultSortName("Selin  Öztürk") == "Öztürk, Selin")
        #expect(ProfileParser.defaultSortName("Selin Öztürk") == "Öztürk, Selin")
        #expect(AlphabeticalIndex.initial(AlphabeticalIndex.foldedKey("Öztürk, Selin")) == "O")
        #expect(AlphabeticalIndex.initial(AlphabeticalIndex.foldedKey("Ávila, Rosa")) == "A")
        #expect(AlphabeticalIndex.initial(AlphabeticalIndex.foldedKey("3M Person")) == "#")
    }

    /// ASCII names take a shortcut (lowercasing); it must give Foundation's folding's key.
    @Test func asciiSortKeysAreFoundationsFolding() {
        var random = SeededGenerator(state: 11)
        let characters = Array("AaZz Mm-'.,0#~ßİ\t") + (32...126).map { Character(Unicode.Scalar(UInt8($0))) }
        for _ in 0..<2_000 {
            let name = String(
                (0..<Int.random(in: 0...12, using: &random)).map { _ in characters.randomElement(using: &random)! })
            let folded = name.folding(
                options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil
            )
            .replacingOccurrences(of: "ß", with: "ss")
            #expect(AlphabeticalIndex.foldedKey(name) == folded, "\(name.debugDescription)")
        }
    }

    @Test func caseOnlyDifferenceInFileNamesIsAnError() {
        let site = TestSite([
            "Content/people/jane-hart.md": TestSite.profile("Jane Hart", number: 1),
            "Content/people/Jane-Hart.md": TestSite.profile("Jane Hart", number: 2),
        ])
        let lines = site.build().lines
        #expect(
            lines.contains(
                "Content/people/jane-hart.md: error: 'people/jane-hart.md' and 'people/Jane-Hart.md' differ only by upper/lower case and would be the same page on many systems; rename one"
            ))
    }
}
