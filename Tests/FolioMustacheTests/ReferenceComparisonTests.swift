import FolioMustache
import Foundation
import Mustache
import Testing

@testable import Folio

/// Folio's template engine against swift-mustache, the reference implementation: the built-in
/// templates and random templates, each with random values, must render to the same text.
@Suite struct ReferenceComparisonTests {
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The same values as swift-mustache takes them.
    static func reference(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        case .number(let number): number
        case .bool(let flag): flag
        case .list(let items): items.map(reference)
        case .object(let fields):
            Dictionary(fields.entries.map { ($0.key.name, reference($0.value)) }, uniquingKeysWith: { $1 })
        }
    }

    /// Names in the template's tags: those used as variables get text, numbers or flags; the
    /// others (sections only) may also get lists and objects.
    static func names(in source: String) -> (variables: Set<String>, sections: Set<String>) {
        var variables: Set<String> = []
        var sections: Set<String> = []
        let pattern = try! NSRegularExpression(pattern: #"\{\{([#^/&{]?)\s*([A-Za-z0-9_.]+)"#)
        let text = source as NSString
        for match in pattern.matches(in: source, range: NSRange(location: 0, length: text.length)) {
            let sigil = text.substring(with: match.range(at: 1))
            for part in text.substring(with: match.range(at: 2)).split(separator: ".") {
                if sigil == "#" || sigil == "^" || sigil == "/" {
                    sections.insert(String(part))
                } else {
                    variables.insert(String(part))
                }
            }
        }
        return (variables, sections.subtracting(variables))
    }

    static func randomText(_ random: inout SeededGenerator) -> String {
        let pieces = ["a", "Zoë", "<b>", "&", "\"q\"", "it's", " ", "\n", "é", "]]>", "{{x}}"]
        return (0..<Int.random(in: 1...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            .joined()
    }

    static func randomObject(
        _ names: (variables: Set<String>, sections: Set<String>), depth: Int, _ random: inout SeededGenerator
    ) -> TemplateValue {
        var fields = TemplateObject()
        // Deeper objects hold a few names each, so the values stay small.
        let chance = depth == 0 ? 4 : 10
        for name in names.variables.sorted() where Int.random(in: 0..<chance, using: &random) < 3 {
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                // Text as a string or as its bytes (as one template's output given to another).
                let text = randomText(&random)
                fields[TemplateKey(name)] = Bool.random(using: &random) ? .text(text) : .bytes(Array(text.utf8))
            case 1: fields[TemplateKey(name)] = .number(Int.random(in: -5...500, using: &random))
            default: fields[TemplateKey(name)] = .bool(Bool.random(using: &random))
            }
        }
        for name in names.sections.sorted() where Int.random(in: 0..<chance, using: &random) < 3 {
            switch depth > 1 ? 0 : Int.random(in: 0..<4, using: &random) {
            case 0: fields[TemplateKey(name)] = .bool(Bool.random(using: &random))
            case 1: fields[TemplateKey(name)] = .text(randomText(&random))
            case 2: fields[TemplateKey(name)] = randomObject(names, depth: depth + 1, &random)
            default:
                fields[TemplateKey(name)] = .list(
                    (0..<Int.random(in: 0...3, using: &random)).map { _ in
                        randomObject(names, depth: depth + 1, &random)
                    })
            }
        }
        return .object(fields)
    }

    /// - Parameter exactly: false compares with runs of whitespace made one space: swift-mustache
    ///   departs from the Mustache spec on some blank lines (it drops a template that is one space,
    ///   keeps `{{! x }}` lines ending in CRLF, indents the lines of values inside indented
    ///   partials), where Folio follows the spec, as TemplateTests checks.
    static func compare(_ sources: [String: String], main: String, seeds: ClosedRange<UInt64>, exactly: Bool = true)
        throws
    {
        var ours = TemplateLibrary()
        var theirs = MustacheLibrary()
        var allNames = (variables: Set<String>(), sections: Set<String>())
        for (name, source) in sources {
            ours[name] = try Template(source)
            theirs.register(try MustacheTemplate(string: source), named: name)
            let found = names(in: source)
            allNames.variables.formUnion(found.variables)
            allNames.sections.formUnion(found.sections)
        }
        allNames.sections.subtract(allNames.variables)
        for seed in seeds {
            var random = SeededGenerator(state: seed)
            let context = randomObject(allNames, depth: 0, &random)
            var expected = theirs.render(reference(context), withTemplate: main) ?? "(nothing)"
            var actual = ours.renderText(main, context)
            if !exactly {
                expected = expected.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                actual = actual.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            #expect(actual == expected, "template \(main), seed \(seed): \(sources[main]!.debugDescription)")
            if actual != expected { return }
        }
    }

    @Test(arguments: DefaultTemplates.all.keys.sorted())
    func builtInTemplatesRenderAsTheReferenceDoes(name: String) throws {
        try Self.compare(DefaultTemplates.all, main: name, seeds: 1...40)
    }

    /// Random templates from the pieces of the language, with random values.
    @Test(arguments: 1...300 as ClosedRange<UInt64>)
    func randomTemplatesRenderAsTheReferenceDoes(seed: UInt64) throws {
        var random = SeededGenerator(state: seed)
        // Not `{{.}}`: on a list or object swift-mustache prints Swift's description of it, Folio
        // nothing (TemplateTests checks `{{.}}` on text).
        let names = ["a", "b", "c", "a.b"]
        func piece(_ depth: Int) -> String {
            let name = names.randomElement(using: &random)!
            let blank = ["", " ", "  ", "\t"].randomElement(using: &random)!
            let newline = ["", "\n", "\n", "\r\n"].randomElement(using: &random)!
            switch Int.random(in: 0..<10, using: &random) {
            case 0: return ["text", " ", "\n", "<p>", "x\n  y"].randomElement(using: &random)!
            case 1: return "{{\(name)}}"
            case 2: return "{{{\(name)}}}" + newline
            case 3: return blank + "{{! comment }}" + newline
            case 4: return blank + "{{>part}}" + newline
            case 5:
                let inner = depth < 3 ? (0..<Int.random(in: 0...3, using: &random)).map { _ in piece(depth + 1) } : []
                let sigil = Bool.random(using: &random) ? "#" : "^"
                return blank + "{{\(sigil)\(name)}}" + newline + inner.joined() + blank + "{{/\(name)}}" + newline
            case 6 where depth == 0:
                // Not nested: a block override holding its parent again recurses for ever.
                return "{{<layout}}{{$slot}}" + piece(3) + "{{/slot}}{{/layout}}" + newline
            default: return newline.isEmpty ? "\n" : newline
            }
        }
        let main = (0..<Int.random(in: 1...8, using: &random)).map { _ in piece(0) }.joined()
        let sources = [
            "main": main, "part": "<i>{{a}}</i>\n{{#b}}[{{c}}]{{/b}}\n",
            "layout": "<l>\n{{$slot}}default {{c}}{{/slot}}\n</l>\n",
        ]
        try Self.compare(sources, main: "main", seeds: seed...seed + 4, exactly: false)
    }
}
