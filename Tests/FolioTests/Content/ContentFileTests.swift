import Testing

@testable import Folio

@Suite struct ContentFileTests {
    private func file(_ contentPath: String) -> ContentFile {
        ContentFile(contentPath: contentPath, sitePath: "Content/" + contentPath, absolutePath: "/x/" + contentPath)
    }

    @Test(arguments: [
        ("people/jane-hart.md", "jane-hart", "md"), ("static/a.b/photo.JPG", "photo", "jpg"),
        ("static/archive.tar.gz", "archive.tar", "gz"), ("pages/notes", "notes", ""), ("site.yml", "site", "yml"),
        ("people/zoë-ünal.md", "zoë-ünal", "md"), ("static/.hidden", "", "hidden"),
        // A dot is found as the byte it is, even with a combining mark after it.
        ("people/a.\u{301}md", "a", "\u{301}md"),
    ])
    func stemAndExtension(path: String, stem: String, fileExtension: String) {
        #expect(file(path).stem == stem)
        #expect(file(path).fileExtension == fileExtension)
    }
}
