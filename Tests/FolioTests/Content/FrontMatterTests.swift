import Testing

@testable import Folio

@Suite struct FrontMatterTests {
    func split(_ text: String) -> (yaml: String, yamlLine: Int, body: String, bodyLine: Int, error: Bool) {
        let (front, problem) = FrontMatter.split(SourceText(path: "Content/people/x.md", text: text))
        return (front.yaml, front.yamlFirstLine, String(front.body), front.bodyFirstLine, problem != nil)
    }

    @Test func splitsYAMLFromTheBody() {
        #expect(split("---\nname: A\nnumber: 1\n---\nBody\n") == ("name: A\nnumber: 1", 2, "Body\n", 5, false))
        #expect(split("---\n---\nBody") == ("", 2, "Body", 3, false))
        #expect(split("---  \na: 1\n---\t\n") == ("a: 1", 2, "", 4, false))
        #expect(split("---\na: 1\n---") == ("a: 1", 2, "", 4, false))
        #expect(split("---\na: 1\n\n---\n\nZoë\n") == ("a: 1\n", 2, "\nZoë\n", 5, false))
        #expect(split("--- \na: ---\n----\n---x\n---\nB") == ("a: ---\n----\n---x", 2, "B", 6, false))
    }

    @Test func withoutFrontMatterAllIsBody() {
        #expect(split("Just text\n---\n") == ("", 1, "Just text\n---\n", 1, false))
        #expect(split("") == ("", 1, "", 1, false))
        #expect(split("-- \n") == ("", 1, "-- \n", 1, false))
    }

    @Test func frontMatterNeverClosedIsAnError() {
        #expect(split("---\nname: A\n").error)
        #expect(split("---").error)
    }
}
