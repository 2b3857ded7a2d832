import Foundation
import Testing
import Yams

@testable import Folio

/// The plain reader must give exactly Yams' tree (texts, quoting, lines and columns) for every
/// document it reads, and leave every other document to Yams.
@Suite struct PlainYAMLTests {
    func yams(_ text: String) -> YAMLNode? {
        (try? Yams.compose(yaml: text, .basic, .default, .utf8)).flatMap { $0 }.map(YAMLNode.init)
    }

    /// Characters that change YAML's reading (controls, tabs, DEL, C1 controls, Unicode line
    /// breaks, byte-order marks, non-characters) send the document to Yams, wherever they stand
    /// in a block of eight bytes; other text is read here.
    @Test func refusedCharactersAnywhere() {
        let refused = [
            "\u{01}", "\t", "\u{7F}", "\u{85}", "\u{9F}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}",
        ]
        let accepted = ["é", "日本", "~", "\u{A0}", "\u{2027}", "\u{FFBF}"]
        for before in 0..<12 {
            let prefix = "key: " + String(repeating: "a", count: before)
            for text in refused {
                #expect(
                    PlainYAML.read(prefix + text + "bcdefghij\nnext: 1") == nil,
                    "\(text.debugDescription) after \(before)")
            }
            for text in accepted {
                #expect(
                    PlainYAML.read(prefix + text + "bcdefghij\nnext: 1") != nil,
                    "\(text.debugDescription) after \(before)")
            }
        }
    }

    @Test func readsTypicalFrontMatterAsYamsDoes() throws {
        let text = """
            name: "Pia Z. Novak"
            number: 1   # the first
            date: 2000-12-17
            topics: [Topic 12 Work, "Quoted, with comma", 'it''s']
            tagline: Zoë's work on C# and https://example.org/a:b
            # a comment line

            links:
              - label: Website
                url: https://example.org/p000001
            education:
            - school: University 24
              degree: "M\\"A\\\\"
              year: 2001
            aliases:
              - 2020/12/old/
            empty_list: []
            """
        let plain = try #require(PlainYAML.read(text))
        #expect(plain == yams(text))
    }

    /// Keys are compared one by one in a short mapping and through a set in a long one.
    @Test func aKeyGivenTwiceIsLeftToYamsInShortAndLongMappings() throws {
        let keys = (1...40).map { "key\($0)" }
        let short = keys.prefix(10).map { "\($0): x" }.joined(separator: "\n")
        #expect(try #require(PlainYAML.read(short)) == yams(short))
        for position in [0, 4, 9] {
            #expect(PlainYAML.read(short + "\n\(keys[position]): again") == nil, "\(position)")
        }
        let long = keys.map { "\($0): x" }.joined(separator: "\n")
        #expect(try #require(PlainYAML.read(long)) == yams(long))
        for position in [3, 15, 16, 17, 39] {
            #expect(PlainYAML.read(long + "\n\(keys[position]): again") == nil, "\(position)")
        }
        #expect(PlainYAML.read(long + "\ncaf\u{E9}: 1\ncafe\u{301}: 2") == nil)
    }

    @Test func leavesEverythingElseToYams() {
        let declined = [
            "a: &x 1\nb: *x", "a: !!str 1", "a: |\n  block", "a: >\n  folded", "a: b\n  continued",
            "a: {b: 1}", "a: \"line\n  two\"", "a: \"\\u00e9\"", "a:", "a: 1\na: 2", "- a\n- b", "a: b: c",
            "a:\tb", "a: [b, [c]]", "a: [b,]", "a: [b: c]", "? a\n: b", "---\na: 1", "a: \"x\" y", "a: `b`",
            "a: @b", "a: %b", "\"a\": 1", "  a: 1", "a: 1\n b: 2", "a: \u{85}b", "a: b\u{2028}c",
            "a:\n  - b\n   - c", "a: 1\n--- b: 2", "a: 1\n...", "caf\u{E9}: 1\ncafe\u{301}: 2",
            "title" + String(repeating: " ", count: 1_020) + ": x",
        ]
        for text in declined {
            #expect(PlainYAML.read(text) == nil, "\(text.debugDescription)")
        }
    }

    /// Random documents built from front-matter pieces, some of them awkward on purpose: each one
    /// the plain reader reads must match Yams, and most must be read.
    @Test func matchesYamsOnGeneratedDocuments() {
        var random = SeededGenerator(state: 42)
        let words = [
            "Ada", "Zoë Ünal", "C#", "a#b", "x: y", "x:y", "-5", "- x", "?q", ":c", "50%", "[x]", "{y}",
            "it's", "say \"hi\"", "~", "null", "yes", "2001", "a  b", "東京", "@at", "`tick`", "&amp", "*star",
            "!bang", "|pipe", ">gt", "a,b", "t\\n", "end:", "# not", "https://e.org/a?b=c#d",
        ]
        func scalar() -> String {
            let word = words.randomElement(using: &random)!
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                return "\""
                    + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\""
            case 1: return "'" + word.replacingOccurrences(of: "'", with: "''") + "'"
            default: return word
            }
        }
        func comment() -> String { Int.random(in: 0..<5, using: &random) == 0 ? "  # note" : "" }
        var read = 0
        let total = 3_000
        for _ in 0..<total {
            var lines: [String] = []
            var used = Set<String>()
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                var key = ["name", "topics", "links", "tagline", "sort name", "x", "über"].randomElement(
                    using: &random)!
                if !used.insert(key).inserted && Bool.random(using: &random) { key += "2" }
                switch Int.random(in: 0..<6, using: &random) {
                case 0:
                    let items = (0..<Int.random(in: 0...3, using: &random)).map { _ in scalar() }
                    lines.append("\(key): [\(items.joined(separator: ", "))]" + comment())
                case 1:
                    lines.append("\(key):")
                    let indent = String(repeating: " ", count: Int.random(in: 0...3, using: &random))
                    for _ in 0..<Int.random(in: 1...3, using: &random) {
                        lines.append("\(indent)- \(scalar())" + comment())
                    }
                case 2:
                    lines.append("\(key):")
                    let indent = String(repeating: " ", count: Int.random(in: 0...2, using: &random))
                    for _ in 0..<Int.random(in: 1...2, using: &random) {
                        lines.append("\(indent)- label: \(scalar())")
                        if Bool.random(using: &random) { lines.append("") }
                        lines.append("\(indent)  url: \(scalar())" + comment())
                    }
                case 3:
                    lines.append("# comment")
                    lines.append("\(key): \(scalar())")
                default:
                    lines.append("\(key): \(scalar())" + comment())
                }
            }
            let text = lines.joined(separator: "\n")
            guard let plain = PlainYAML.read(text) else { continue }
            read += 1
            #expect(plain == yams(text), "\(text.debugDescription)")
        }
        #expect(read > total / 4, "only \(read) of \(total) documents were read without Yams")
    }

    @Test func readsEveryFrontMatterOfTheSampleSeries() throws {
        let people = TestSite.repositoryRoot.appendingPathComponent("Content/people")
        let names = try FileManager.default.contentsOfDirectory(atPath: people.path).filter { $0.hasSuffix(".md") }
        #expect(names.count > 10)
        for name in names {
            let source = try String(contentsOf: people.appendingPathComponent(name), encoding: .utf8)
            let (front, _) = FrontMatter.split(SourceText(path: name, text: source))
            let plain = PlainYAML.read(front.yaml)
            #expect(plain != nil, "\(name)")
            #expect(plain == yams(front.yaml), "\(name)")
        }
    }

    /// The fuzzer's inputs are odd YAML of every kind: whatever the plain reader reads of them
    /// must match Yams too.
    @Test func matchesYamsOnTheFuzzCorpus() throws {
        for name in FuzzCorpusTests.inputs {
            let data = try Data(contentsOf: FuzzCorpusTests.corpus.appendingPathComponent(name))
            guard let text = String(data: data, encoding: .utf8) else { continue }
            let (front, _) = FrontMatter.split(SourceText(path: name, text: text))
            guard let plain = PlainYAML.read(front.yaml) else { continue }
            #expect(plain == yams(front.yaml), "\(name)")
        }
    }
}
