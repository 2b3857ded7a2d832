/// Checks the files to be written before anything touches the disk: every path stays inside
/// the output folder, and no two files claim the same path.
enum OutputPlan {
    /// The last check's paths and verdict: the same paths and origins need no new check.
    final class Memo: @unchecked Sendable {
        var key: Int?
        var diagnostics: [Diagnostic] = []
    }

    static func check(_ files: [OutputFile], previous memo: Memo?) -> [Diagnostic] {
        guard let memo else { return check(files) }
        var hasher = Hasher()
        for file in files {
            hasher.combine(file.path)
            hasher.combine(file.origin)
        }
        let key = hasher.finalize()
        if memo.key == key { return memo.diagnostics }
        let diagnostics = check(files)
        memo.key = key
        memo.diagnostics = diagnostics
        return diagnostics
    }

    static func check(_ files: [OutputFile]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var owners: [String: String] = [:]
        owners.reserveCapacity(files.count)
        var lowercased: [String: String] = [:]
        lowercased.reserveCapacity(files.count)
        for file in files {
            if !isSafe(file.path) {
                diagnostics.append(
                    Diagnostic(
                        .error, "'\(file.path)' (from \(file.origin)) would be written outside the output folder"))
                continue
            }
            if let owner = owners[file.path] {
                diagnostics.append(
                    Diagnostic(
                        .error, "two files would be written to '\(file.path)': from \(owner) and from \(file.origin)"))
                continue
            }
            let lower = file.path.lowercasedIfNeeded
            if let other = lowercased[lower] {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "'\(file.path)' and '\(other)' differ only by case; on case-insensitive servers one hides the other"
                    ))
            }
            owners[file.path] = file.origin
            lowercased[lower] = file.path
        }
        // A file may not stand where another needs a folder (`a` and `a/index.html`). The paths
        // here are safe: no empty segment, so each `/` ends a folder.
        for path in owners.keys {
            let bytes = path.utf8
            var index = bytes.startIndex
            while let slash = bytes[index...].firstIndex(of: UInt8(ascii: "/")) {
                let prefix = String(path[..<slash])
                if let owner = owners[prefix] {
                    diagnostics.append(
                        Diagnostic(
                            .error,
                            "'\(prefix)' (from \(owner)) is a file, but '\(path)' (from \(owners[path]!)) needs it to be a folder"
                        ))
                }
                index = bytes.index(after: slash)
            }
        }
        return diagnostics
    }

    /// Relative, no empty, `.` or `..` segment, no backslash or NUL: one pass over the bytes.
    static func isSafe(_ path: String) -> Bool {
        var segmentLength = 0
        var dots = 0
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                if segmentLength == 0 || dots == segmentLength && dots <= 2 { return false }
                segmentLength = 0
                dots = 0
            case UInt8(ascii: "\\"), 0:
                return false
            default:
                segmentLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return segmentLength > 0 && !(dots == segmentLength && dots <= 2)
    }
}
