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
        // A name that only starts like the file's is no folder of it.
        #expect(plan([("old/jane", "a"), ("old/jane-2/index.html", "b"), ("old/janet", "c")]).isEmpty)
    }

    @Test func aPathLeavingTheOutputIsAnError() {
        #expect(
            plan([("../index.html", "alias of a.md")]) == [
                "'../index.html' (from alias of a.md) would be written outside the output folder"
            ])
    }
}
