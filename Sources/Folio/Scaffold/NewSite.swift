import Foundation

/// `folio init DIR`: a new series that builds as it is.
public enum NewSite {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func create(at folder: URL, title: String? = nil, today: Date = Date()) throws -> [String] {
        let manager = FileManager.default
        let content = folder.appendingPathComponent("Content")
        if manager.fileExists(atPath: content.path) {
            throw Failure(description: "\(content.path) already exists; Folio will not overwrite a series")
        }
        let title = title ?? "Profiles"
        let day = NewProfile.isoDay(today)
        let files: [(String, String)] = [
            (
                "Content/site.yml",
                """
                title: "\(title)"
                description: "A series of profiles."
                base_url: "http://localhost:8000/"
                language: en
                author:
                  name: "Your Name"
                  url: "https://example.org/"
                  bio: "Writes this series."
                # unsafe_html: false       # true keeps raw HTML in Markdown bodies
                # smart_punctuation: true  # curly quotes and dashes

                """
            ),
            (
                "Content/people/first-person.md",
                NewProfile.template(name: "First Person", number: 1, date: day, topics: ["Example topic"])
                    .replacingOccurrences(
                        of: "## Their ideas", with: "See [the about page](../pages/about.md).\n\n## Their ideas")
            ),
            (
                "Content/topics/example-topic.md",
                """
                ---
                name: Example topic
                ---

                What this topic is about, shown on its page.

                """
            ),
            (
                "Content/pages/about.md",
                """
                ---
                title: About
                ---

                What this series is and who writes it.

                """
            ),
            ("Content/static/.keep", ""),
            ("Templates/.keep", ""),
            (".gitignore", "Output/\n"),
        ]
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        }
        return files.map(\.0)
    }
}
