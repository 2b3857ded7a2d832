import Testing

@testable import FolioMustache

/// The template engine's rules, one by one, on small templates.
@Suite struct TemplateTests {
    func render(_ source: String, _ context: TemplateValue, partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        library["main"] = try Template(source)
        for (name, text) in partials { library[name] = try Template(text) }
        return library.renderText("main", context)
    }

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let context: TemplateValue = ["x": "<a href=\"1\">Tom & Jerry's</a>"]
        #expect(try render("{{x}}", context) == "&lt;a href=&quot;1&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(
            try render("{{{x}}}|{{&x}}", context) == "<a href=\"1\">Tom & Jerry's</a>|<a href=\"1\">Tom & Jerry's</a>")
        #expect(try render("{{ n }} {{b}} {{missing}}.", ["n": 42, "b": true]) == "42 true .")
    }

    /// Numbers are written digit by digit as `String(number)` writes them, at both ends of `Int`.
    @Test func numbersAreWrittenAsSwiftWritesThem() throws {
        var numbers = [0, 7, -7, 10, -10, 99, 100, 1_000_000, Int.max, Int.min, Int.min + 1]
        var state: UInt64 = 5
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            numbers.append(Int(bitPattern: UInt(state)) >> Int(state % 64))
        }
        for number in numbers {
            #expect(try render("[{{n}}]", ["n": .number(number)]) == "[\(number)]")
        }
    }

    /// Values are read where they lie in the context: a dotted name through nested objects,
    /// lists inside lists, `{{.}}`, names found further out than the innermost value, and a
    /// name missing inside an object that stops the search there.
    @Test func valuesAreFoundThroughNestedObjectsAndLists() throws {
        let context: TemplateValue = [
            "site": ["title": "Series", "author": ["name": "Ann"]],
            "rows": [["cells": ["a", "b"]], ["cells": ["c"]]],
            "name": "outer",
            "card": ["number": 3],
        ]
        #expect(try render("{{site.author.name}} / {{site.title}}", context) == "Ann / Series")
        #expect(
            try render("{{#rows}}({{#cells}}{{.}}{{name}};{{/cells}}){{/rows}}", context) == "(aouter;bouter;)(couter;)"
        )
        #expect(try render("{{#card}}{{number}} {{site.title}} {{card.name}}{{/card}}", context) == "3 Series ")
        #expect(try render("{{site.missing.name}}|{{nothing.at.all}}", context) == "|")
    }

    /// Escaping agrees with replacing the five characters one by one, wherever they stand in
    /// texts of every length (the escaper passes over eight bytes at a time when it can).
    @Test func escapingAgreesWithReplacingEachCharacter() throws {
        var state: UInt64 = 12
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet: [Character] = ["a", "b", " ", "&", "<", ">", "\"", "'", "é", "%", "\u{7F}", "=", "?", "日"]
        let template = try Template("{{x}}")
        var library = TemplateLibrary()
        library["main"] = template
        for _ in 0..<3_000 {
            let text = String((0..<next(40)).map { _ in alphabet[next(alphabet.count)] })
            var expected = ""
            for character in text {
                switch character {
                case "&": expected += "&amp;"
                case "<": expected += "&lt;"
                case ">": expected += "&gt;"
                case "\"": expected += "&quot;"
                case "'": expected += "&#39;"
                default: expected.append(character)
                }
            }
            #expect(library.renderText("main", ["x": .text(text)]) == expected, "\(text.debugDescription)")
        }
    }

    /// Text given as bytes (one template's output for another) is written as text is.
    @Test func textAsBytesIsTextAndMayBeEmpty() throws {
        let context: TemplateValue = [
            "short": .bytes(Array("<b>".utf8)), "empty": .bytes([]),
            "long": .bytes(Array("Zoë & \"friends\" <em>all</em>".utf8)),
        ]
        #expect(
            try render("{{short}}|{{{short}}}|{{empty}}|{{#empty}}shown{{/empty}}", context) == "&lt;b&gt;|<b>||shown")
        #expect(
            try render("{{long}}|{{{long}}}", context)
                == "Zoë &amp; &quot;friends&quot; &lt;em&gt;all&lt;/em&gt;|Zoë & \"friends\" <em>all</em>")
    }

    @Test func dottedNamesAndTheCurrentValue() throws {
        let context: TemplateValue = ["a": ["b": ["c": "deep"]], "list": ["x", "y"], "c": "outer"]
        #expect(try render("{{a.b.c}}|{{a.b.nothing}}|{{#a.b}}{{c}}{{/a.b}}", context) == "deep||deep")
        #expect(try render("{{#list}}[{{.}}]{{/list}}", context) == "[x][y]")
        // A dotted name found at its first part does not look further out for the rest.
        #expect(try render("{{#a}}{{b.c}}{{/a}}", ["a": ["b": ["d": 1]], "b": ["c": "no"]]) == "")
    }

    @Test func sectionsAndInvertedSections() throws {
        let context: TemplateValue = [
            "yes": true, "no": false, "empty": [], "items": [["n": 1], ["n": 2]], "object": ["n": 9], "text": "t",
        ]
        #expect(
            try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}{{#missing}}M{{/missing}}", context) == "Y"
        )
        #expect(
            try render("{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^empty}}E{{/empty}}{{^missing}}M{{/missing}}", context)
                == "NEM")
        #expect(
            try render("{{#items}}{{n}},{{/items}}{{#object}}{{n}}{{/object}}{{#text}}{{.}}{{/text}}", context)
                == "1,2,9t")
        // Names not found inside are looked for outside.
        #expect(try render("{{#items}}{{text}}{{/items}}", context) == "tt")
    }

    @Test func standaloneTagsLeaveNoBlankLines() throws {
        let source = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n  {{! note }}\n</ul>\n"
        #expect(try render(source, ["items": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        // Not standalone: other text on the line.
        #expect(try render("a {{#t}}b{{/t}}\n", ["t": true]) == "a b\n")
        #expect(try render("{{#t}}\r\nx\r\n{{/t}}\r\n", ["t": true]) == "x\r\n")
    }

    @Test func partialsAreIndentedWhenStandalone() throws {
        let output = try render(
            "<div>\n  {{>item}}\n</div>\n", ["name": "N"], partials: ["item": "<p>{{name}}</p>\n<p>2</p>\n"])
        #expect(output == "<div>\n  <p>N</p>\n  <p>2</p>\n</div>\n")
        #expect(try render("[{{>missing}}]", [:]) == "[]")
        // Only the partial's own lines are indented, not line breaks in the values it shows.
        let values = try render("<div>\n  {{>raw}}\n</div>\n", ["x": "1\n2"], partials: ["raw": "{{{x}}}\nend\n"])
        #expect(values == "<div>\n  1\n2\n  end\n</div>\n")
    }

    @Test func inheritanceOverridesBlocks() throws {
        let partials = [
            "layout": "<title>{{$title}}Default{{/title}}</title>\n<main>{{$body}}{{/body}}</main>\n",
            "middle": "{{<layout}}{{$title}}Middle{{/title}}{{/layout}}",
        ]
        #expect(
            try render("{{<layout}}{{$body}}Hi {{name}}{{/body}}{{/layout}}", ["name": "Ann"], partials: partials)
                == "<title>Default</title>\n<main>Hi Ann</main>\n")
        // The most derived template wins over the templates between.
        #expect(
            try render("{{<middle}}{{$title}}Top{{/title}}{{/middle}}", [:], partials: partials)
                == "<title>Top</title>\n<main></main>\n")
        #expect(
            try render("{{<middle}}{{/middle}}", [:], partials: partials) == "<title>Middle</title>\n<main></main>\n")
    }

    /// An override's contents may hold a block that a template further out overrides: the
    /// outermost override wins there too, though its text lies in another template.
    @Test func blocksInsideOverridesTakeTheOutermostOverride() throws {
        let partials = [
            "layout": "<main>{{$body}}empty{{/body}}</main>\n",
            "middle": "{{<layout}}{{$body}}[{{$inner}}middle{{/inner}}]{{/body}}{{/layout}}",
        ]
        #expect(
            try render("{{<middle}}{{$inner}}top {{x}}{{/inner}}{{/middle}}", ["x": "1"], partials: partials)
                == "<main>[top 1]</main>\n")
        #expect(try render("{{<middle}}{{/middle}}", [:], partials: partials) == "<main>[middle]</main>\n")
    }

    /// A block inside an override of the same name shows its own contents (this recursed until
    /// the stack overflowed, and `folio build` crashed on such a template).
    @Test func aBlockInsideItsOwnOverrideShowsItsContents() throws {
        let partials = [
            "base": "<{{$b}}default{{/b}}>",
            "middle": "{{<base}}{{$b}}m[{{$b}}middle{{/b}}]{{/b}}{{/base}}",
        ]
        #expect(try render("{{<base}}{{$b}}[{{$b}}inner{{/b}}]{{/b}}{{/base}}", [:], partials: partials) == "<[inner]>")
        // Through a template between: the top's override wins in the base; inside it, the top's
        // own inner block shows its contents.
        #expect(
            try render("{{<middle}}{{$b}}t[{{$b}}top{{/b}}]{{/b}}{{/middle}}", [:], partials: partials) == "<t[top]>")
        // The middle's override, when the top gives none, holds a block the top does not
        // override: its own contents.
        #expect(try render("{{<middle}}{{/middle}}", [:], partials: partials) == "<m[middle]>")
    }

    /// A block inside an override takes the override of a sibling block (one given in the
    /// same parent tag, or by a template between), and two overrides that hold each other's
    /// blocks end: each shows its own contents inside itself.
    @Test func blocksInsideOverridesTakeTheirSiblingsOverrides() throws {
        let partials = [
            "layout": "<{{$content}}{{/content}}|{{$title}}{{/title}}>",
            "mid": "{{<layout}}{{$x}}MX{{/x}}{{/layout}}",
            "base": "<{{$a}}A{{/a}}>",
        ]
        #expect(
            try render(
                "{{<layout}}{{$content}}[{{$title}}T{{/title}}]{{/content}}{{$title}}X{{/title}}{{/layout}}", [:],
                partials: partials) == "<[X]|X>")
        #expect(
            try render("{{<mid}}{{$content}}[{{$x}}tx{{/x}}]{{/content}}{{/mid}}", [:], partials: partials) == "<[MX]|>"
        )
        #expect(
            try render(
                "{{<base}}{{$a}}1{{$b}}x{{/b}}{{/a}}{{$b}}2{{$a}}y{{/a}}{{/b}}{{/base}}", [:], partials: partials)
                == "<12y>")
    }

    /// Blocks that override each other through templates that include themselves end, as
    /// partials that include themselves do.
    @Test func overridesThatIncludeTheirParentsEnd() throws {
        let partials = ["loop": "x{{$b}}{{/b}}", "top": "{{<loop}}{{$b}}{{<top}}{{/top}}{{/b}}{{/loop}}"]
        let output = try render("{{<top}}{{/top}}", [:], partials: partials)
        #expect(!output.isEmpty && output.allSatisfy { $0 == "x" })
        #expect(output.count <= TemplateLibrary.deepestInclude)
    }

    /// A partial starts with no overrides (its blocks show their own contents), and the
    /// overrides hold again after it.
    @Test func overridesStopAtPartialsAndHoldAfterThem() throws {
        let partials = ["layout": "{{$a}}A{{/a}}|{{>p}}|{{$b}}B{{/b}}", "p": "{{$a}}pa{{/a}}"]
        #expect(try render("{{<layout}}{{$a}}x{{/a}}{{$b}}y{{/b}}{{/layout}}", [:], partials: partials) == "x|pa|y")
    }

    @Test func setDelimitersAndComments() throws {
        #expect(try render("{{=<% %>=}}<% x %> {{x}} <%={{ }}=%>{{x}}", ["x": "1"]) == "1 {{x}} 1")
        #expect(try render("a{{! a comment with }} inside? no }}b", [:]) == "a inside? no }}b")
    }

    @Test func aPartialThatIncludesItselfEnds() throws {
        let output = try render("{{>loop}}", [:], partials: ["loop": "x{{>loop}}"])
        #expect(output.count == TemplateLibrary.deepestInclude)
    }

    @Test(arguments: [
        ("{{#a}}x{{/b}}", "'{{/b}}' closes 'a', opened at 1:1", 1, 8),
        ("ok\n  {{#a}}x", "'a' is opened here but never closed ({{/a}})", 2, 3),
        ("{{/a}}", "'{{/a}}' closes no section", 1, 1),
        ("a\nb {{x", "a tag is not closed with '}}'", 2, 3),
        ("{{ }}", "a tag has no name", 1, 1),
        ("{{=x=}}", "a set-delimiter tag must look like {{=<% %>=}}", 1, 1),
        ("{{a..b}}", "'a..b' is not a valid name", 1, 1),
        ("{{>*dynamic}}", "dynamic partial names ({{>*dynamic}}) are not supported", 1, 1),
        (
            String(repeating: "{{#a}}", count: 20_000) + String(repeating: "{{/a}}", count: 20_000),
            "sections, blocks and parents are nested more than 100 deep", 1, 601
        ),
        (
            "{{$b}}" + String(repeating: "{{^a}}", count: 100) + "x",
            "sections, blocks and parents are nested more than 100 deep", 1, 601
        ),
    ])
    func syntaxErrorsAreLocated(source: String, message: String, line: Int, column: Int) {
        #expect(throws: TemplateError(message: message, line: line, column: column)) { try Template(source) }
    }

    /// As deep as the limit is fine.
    @Test func sectionsNestedAHundredDeepRender() throws {
        let source = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
        #expect(try render(source, ["a": true]) == "x")
    }

    @Test func includesAreListedWithTheirPlace() throws {
        let template = try Template("a\n {{>one}}\n{{#s}}{{<two}}{{$b}}{{>three}}{{/b}}{{/two}}{{/s}}")
        #expect(template.includes.map(\.name) == ["one", "two", "three"])
        #expect(template.includes.first.map { [$0.line, $0.column] } == [2, 2])
    }
}
