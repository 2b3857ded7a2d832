import Folio
import Foundation

/// Printing only: diagnostics go to stderr, compiler style.
enum Console {
    static func print(_ log: DiagnosticLog) {
        for diagnostic in log.sorted { error(diagnostic.description) }
    }

    /// A line on stdout at once (not buffered), for the long-running `serve`.
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// The output folder as the user would name it: relative to the current folder when inside it.
    static func displayPath(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }
}
