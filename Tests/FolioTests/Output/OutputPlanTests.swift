import Testing

@testable import Folio

/// The check of the files to be written, before anything touches the disk.
@Suite struct OutputPlanTests {
    private func plan(_ paths: [(String, String)]) -> [String] {
        OutputPlan.check(paths.map { OutputFile.text($0.0, "", origin: $0.1) }).map(\.message)
    }

    @Test func aPlanWithoutClashesPasses() {
        #expect(
            plan([("index.html", "home"), ("people/a/index.html", "a.md"), ("people/b/index.html", "b.md")]).isEmpty)
    }

    @Test func twoFilesOnOnePathAreAnError() {
        #expect(
            plan([("people/a/index.html", "a.md"), ("people/a/index.html", "alias of b.md")]) == [
                "two files would be written to 'people/a/index.html': from a.md and from alias of b.md"
            ])
    }

    @Test func pathsDifferingOnlyByCaseAreAWarning() {
        #expect(
            plan([("old/Jane.html", "alias of a.md"), ("old/jane.html", "alias of b.md")]) == [
                "'old/jane.html' and 'old/Jane.html' differ only by case; on case-insensitive servers one hides the other"
            ])
        // Letters outside ASCII have cases too.
        #expect(
            plan([("old/émile.html", "alias of a.md"), ("old/ÉMILE.html", "alias of b.md")]) == [
                "'old/ÉMILE.html' and 'old/émile.html' differ only by case; on case-insensitive servers one hides the other"
            ])
        #expect(plan([("old/jane-1.html", "a"), ("old/jane_1.html", "b")]).isEmpty)
        // Each is named with the last before it.
        #expect(
            plan([("old/Jane.html", "a"), ("old/jane.html", "b"), ("old/JANE.html", "c")]) == [
                "'old/jane.html' and 'old/Jane.html' differ only by case; on case-insensitive servers one hides the other",
                "'old/JANE.html' and 'old/jane.html' differ only by case; on case-insensitive servers one hides the other",
            ])
    }

    @Test func aFileWhereAFolderIsNeededIsAnError() {
        #expect(
            plan([("old/jane", "alias of a.md"), ("old/jane/x/index.html", "alias of b.md")]) == [
                "'old/jane' (from alias of a.md) is a file, but 'old/jane/x/index.html' (from alias of b.md) needs it to be a folder"
            ])
        #expect(
            plan([("old", "alias of a.md"), ("old/jane/index.html", "alias of b.md")]) == [
                "'old' (from alias of a.md) is a file, but 'old/jane/index.html' (from alias of b.md) needs it to be a folder"
            ])
        // One error for a file in the way of many, with the count and the first of them.
        #expect(
            plan([
                ("people/a/index.html", "a.md"), ("people", "Content/static/people"), ("people/b/index.html", "b.md"),
                ("people/index.html", "people index"),
            ]) == [
                "'people' (from Content/static/people) is a file, but 3 files need it to be a folder, such as 'people/a/index.html' (from a.md)"
            ])
        // A name that only starts like the file's is no folder of it.
        #expect(plan([("old/jane", "a"), ("old/jane-2/index.html", "b"), ("old/janet", "c")]).isEmpty)
    }

    /// Each problem is reported at the site file whose output is in the way, when it has one.
    @Test func problemsAreLocatedAtTheSiteFileInTheWay() {
        func file(_ path: String, _ origin: String, _ location: Folio.SourceLocation?) -> OutputFile {
            OutputFile(path: path, contents: .bytes([]), origin: origin, location: location)
        }
        let alias = Folio.SourceLocation(file: "Content/people/b.md", line: 4, column: 3)
        let page = Folio.SourceLocation(file: "Content/pages/people.md")
        let lines = OutputPlan.check([
            file("people/index.html", "people index", nil), file("people/index.html", "Content/pages/people.md", page),
            file("people/a/index.html", "Content/people/a.md", Folio.SourceLocation(file: "Content/people/a.md")),
            file("people/a/index.html", "alias", alias), file("index.html", "home page", nil),
            file("index.html", "home page again", nil),
            file("x", "Content/static/x", Folio.SourceLocation(file: "Content/static/x")),
            file("x/index.html", "alias", alias), file("../y.html", "alias", alias),
        ]).map(\.description)
        #expect(
            lines == [
                "Content/pages/people.md: error: two files would be written to 'people/index.html': from people index and from Content/pages/people.md",
                "Content/people/b.md:4:3: error: two files would be written to 'people/a/index.html': from Content/people/a.md and from alias",
                "folio: error: two files would be written to 'index.html': from home page and from home page again",
                "Content/people/b.md:4:3: error: '../y.html' (from alias) would be written outside the output folder",
                "Content/static/x: error: 'x' (from Content/static/x) is a file, but 'x/index.html' (from alias) needs it to be a folder",
            ])
    }

    @Test func aPathLeavingTheOutputIsAnError() {
        #expect(
            plan([("../index.html", "alias of a.md")]) == [
                "'../index.html' (from alias of a.md) would be written outside the output folder"
            ])
    }

    /// The check on hashed bytes finds what a check with dictionaries of strings finds, on random
    /// sets of paths full of clashes (same path, case only, file against folder, unsafe), with
    /// paths that are one path to Swift but not byte for byte (`é` composed or not, `K` and the
    /// Kelvin sign).
    @Test func theCheckAgreesWithAPlainCheckOnRandomPaths() {
        var random = SeededGenerator(state: 7)
        let segments = ["a", "A", "b", "é", "É", "e\u{301}", "E\u{301}", "K", "\u{212A}", "x.html", "..", "p", "P"]
        for _ in 0..<300 {
            let paths: [String] = (0..<Int.random(in: 1...20, using: &random)).map { _ in
                (0..<Int.random(in: 1...3, using: &random)).map { _ in segments.randomElement(using: &random)! }
                    .joined(separator: "/")
            }
            let files = paths.enumerated().map { OutputFile.text($0.element, "", origin: "file \($0.offset)") }
            let found = OutputPlan.check(files).map { "\($0.severity) \($0.message)" }
            #expect(found.sorted() == Self.plainCheck(files).sorted(), "\(paths)")
        }
    }

    /// The same rules with a dictionary per question (how the check was first written).
    private static func plainCheck(_ files: [OutputFile]) -> [String] {
        var messages: [String] = []
        var owners: [String: String] = [:]
        var lowercased: [String: String] = [:]
        for file in files {
            if !OutputPlan.isSafe(file.path) {
                messages.append("error '\(file.path)' (from \(file.origin)) would be written outside the output folder")
                continue
            }
            if let owner = owners[file.path] {
                messages.append(
                    "error two files would be written to '\(file.path)': from \(owner) and from \(file.origin)")
                continue
            }
            if let other = lowercased[file.path.lowercased()] {
                messages.append(
                    "warning '\(file.path)' and '\(other)' differ only by case; on case-insensitive servers one hides the other"
                )
            }
            owners[file.path] = file.origin
            lowercased[file.path.lowercased()] = file.path
        }
        // Files in the way, each with the files needing it as a folder, in the order given.
        var needing: [String: [(path: String, origin: String)]] = [:]
        for file in files where owners[file.path] == file.origin && OutputPlan.isSafe(file.path) {
            var prefix = ""
            for segment in file.path.split(separator: "/").dropLast() {
                prefix += prefix.isEmpty ? String(segment) : "/" + segment
                if owners[prefix] != nil { needing[prefix, default: []].append((file.path, file.origin)) }
            }
        }
        for (prefix, list) in needing {
            let first = list[0]
            let what =
                list.count == 1
                ? "'\(first.path)' (from \(first.origin)) needs it to be a folder"
                : "\(list.count) files need it to be a folder, such as '\(first.path)' (from \(first.origin))"
            messages.append("error '\(prefix)' (from \(owners[prefix]!)) is a file, but \(what)")
        }
        return messages
    }
}
