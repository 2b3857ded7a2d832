import FolioMarkdown
import Foundation

/// `folio new "Full Name"`: a new profile file with the next free number, today's date and
/// every optional field as a commented example.
public enum NewProfile {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Creates `Content/people/<slug>.md` and returns its path relative to the site folder.
    public static func create(name: String, topics: [String], siteRoot: URL, today: Date = Date()) throws -> String {
        let name = name.collapsingWhitespace
        let slug = Slug.make(name)
        guard !slug.isEmpty else {
            throw Failure(description: "'\(name)' has no letters or digits to make a file name from")
        }
        let folder = siteRoot.appendingPathComponent("Content/people")
        guard FileManager.default.fileExists(atPath: siteRoot.appendingPathComponent("Content").path) else {
            throw Failure(description: "no Content/ folder in \(siteRoot.path); run 'folio init' first or pass --site")
        }
        let relative = "Content/people/\(slug).md"
        let path = folder.appendingPathComponent("\(slug).md").path
        if FileManager.default.fileExists(atPath: path) {
            throw Failure(description: "\(relative) already exists; Folio will not overwrite it")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = template(name: name, number: nextNumber(in: folder), date: isoDay(today), topics: topics)
        // O_EXCL: never replace a file that appeared meanwhile.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot create \(relative): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else {
            throw Failure(description: "cannot write \(relative)")
        }
        return relative
    }

    /// One more than the highest `number:` among the existing profiles.
    static func nextNumber(in folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var highest = 0
        for name in names where name.hasSuffix(".md") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else {
                continue
            }
            for line in text.split(separator: "\n").prefix(60) where line.hasPrefix("number:") {
                if let value = Int(line.dropFirst("number:".count).trimmingCharacters(in: .whitespaces)) {
                    highest = max(highest, value)
                }
            }
        }
        return highest + 1
    }

    static func isoDay(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    static func template(name: String, number: Int, date: String, topics: [String]) -> String {
        let quotedName =
            "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let topicList = topics.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }.joined(
            separator: ", ")
        return """
            ---
            name: \(quotedName)
            number: \(number)
            date: \(date)
            topics: [\(topicList)]
            # Every field below is optional: remove the '# ' to use one.
            # title: "\(name): a page title other than the name"
            # sort_name: "Family, Given"
            # summary: "One or two sentences for the home page, topic pages and the feed."
            # tagline: "What they are known for, in a line"
            # location: "City, Country"
            # photo: \(Slug.make(name)).jpg
            # links:
            #   - label: Website
            #     url: https://example.org/
            # education:
            #   - school: Example University
            #     degree: PhD, Education
            #     year: 1999
            # awards:
            #   - name: Example Award
            #     by: Example Society
            #     year: 2015
            # books:
            #   - title: An Example Book
            #     year: 2012
            #     url: https://example.org/book
            # aliases: ["/old/address/"]
            # draft: true
            ---

            Write the profile here. Link to another profile by its file name, as in `[Jane Hart](jane-hart.md)`.

            ## Their ideas

            ## Articles by others

            """
    }
}
